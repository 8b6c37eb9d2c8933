import { describe, expect, it } from "vitest";
import {
  clampHeight,
  embedSnippet,
  embedUrl,
  escapeHtmlAttribute,
  fitsInLink,
  fullExplorerUrl,
  viewUrl,
} from "./embed";
import { MAX_LINK_LENGTH } from "./limits";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

const base = "https://school.example/timeline/";
const view: ViewState = { ...DEFAULT_VIEW, tracks: ["military"], event: "abbey-gate-bombing" };

describe("links for sharing and embedding", () => {
  it("writes a view's link in the codec's canonical form", () => {
    expect(viewUrl(base, view)).toBe("https://school.example/timeline/?tracks=military&event=abbey-gate-bombing");
    expect(viewUrl(base, DEFAULT_VIEW)).toBe(base);
  });

  it("embeds with embed=1 and the chosen theme and panel, and opens the full explorer without them", () => {
    const url = embedUrl(base, view, { height: 600, theme: "dark", showFilters: true });
    expect(url).toBe(`${base}?tracks=military&event=abbey-gate-bombing&embed=1&filters=1&theme=dark`);
    const embedded = { ...view, embed: true, filters: true };
    expect(fullExplorerUrl(base, embedded)).toBe(`${base}?tracks=military&event=abbey-gate-bombing`);
    expect(embedUrl(base, { ...view, theme: "light" }, { height: 600, theme: null, showFilters: false })).toBe(
      `${base}?tracks=military&event=abbey-gate-bombing&embed=1`,
    );
  });
});

describe("a link that carries a timeline", () => {
  it("carries the pack in the shared link, the embed and the full explorer's link", () => {
    const packed = { ...view, pack: "1ZJBa_-9" };
    expect(fullExplorerUrl(base, packed)).toBe(`${base}?tracks=military&event=abbey-gate-bombing&pack=1ZJBa_-9`);
    expect(embedUrl(base, packed, { height: 600, theme: null, showFilters: false })).toBe(
      `${base}?tracks=military&event=abbey-gate-bombing&embed=1&pack=1ZJBa_-9`,
    );
  });

  it("fits in a link of 8,000 characters or fewer", () => {
    expect(MAX_LINK_LENGTH).toBe(8000);
    const url = (length: number) => `${base}?pack=${"a".repeat(length - base.length - 6)}`;
    expect(url(8000)).toHaveLength(8000);
    expect(fitsInLink(url(8000))).toBe(true);
    expect(fitsInLink(url(8001))).toBe(false);
  });
});

describe("embedSnippet", () => {
  it("builds a lazy, sandboxed, titled iframe", () => {
    expect(embedSnippet(`${base}?q=a&embed=1`, "Timeline: U.S.–Taliban relations", 600)).toBe(
      '<iframe src="https://school.example/timeline/?q=a&amp;embed=1" title="Timeline: U.S.–Taliban relations" width="100%" height="600" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>',
    );
  });

  it("escapes every value: a title can never close the attribute or open a tag", () => {
    const snippet = embedSnippet(base, `"><script>alert(1)</script><iframe x="`, 600);
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;iframe x=&quot;"');
    expect(snippet.match(/</g)).toHaveLength(2); // <iframe and </iframe>
  });

  it("keeps the height within sensible bounds", () => {
    expect(clampHeight(10)).toBe(320);
    expect(clampHeight(99_999)).toBe(2000);
    expect(clampHeight(Number.NaN)).toBe(640);
    expect(clampHeight(640.4)).toBe(640);
  });

  it("escapes the four characters that matter in an attribute", () => {
    expect(escapeHtmlAttribute(`a&b"c<d>e'f`)).toBe("a&amp;b&quot;c&lt;d&gt;e'f");
  });
});
