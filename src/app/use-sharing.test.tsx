// @vitest-environment jsdom
import { renderHook, waitFor } from "../test-render";
import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { fullExplorerUrl } from "../domain/embed";
import { testDataset } from "../domain/test-dataset";
import { DEFAULT_VIEW, type ViewState } from "../domain/view-state";
import type { LoadedDataset } from "./use-dataset-source";
import { useSharing } from "./use-sharing";

const base = "https://school.example/timeline/";
const toUrl = (view: ViewState) => fullExplorerUrl(base, view);
const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, tracks: ["military"], ...patch });
const render = (loaded: LoadedDataset) => renderHook(() => useSharing(loaded)).result;

describe("useSharing: links that open the timeline shown, for anyone", () => {
  it("gives the view's own link for the default timeline and one from a link", async () => {
    const shared = render({ dataset: testDataset(), origin: { kind: "default" }, notes: [] });
    expect(await shared.current.link(view(), toUrl)).toEqual({ ok: true, url: `${base}?tracks=military` });
    expect(shared.current.linkNow(view(), toUrl)).toBe(`${base}?tracks=military`);
    expect(await shared.current.carry(view())).toEqual(view());
    expect(shared.current.fileName).toBeNull();

    const fromUrl = render({
      dataset: testDataset(),
      origin: { kind: "url", url: "./a.json", host: "school.example", foreign: false },
      notes: [],
    });
    const data = view({ data: "./a.json" });
    expect(await fromUrl.current.link(data, toUrl)).toEqual({ ok: true, url: `${base}?tracks=military&data=./a.json` });
  });

  it("carries a small file in the link (pack=), in place of any other dataset", async () => {
    const shared = render({ dataset: testDataset(), origin: { kind: "file", name: "mine.json" }, notes: [] });
    expect(shared.current.fileName).toBe("mine.json");
    const link = await shared.current.link(view({ event: "first" }), toUrl);
    expect(link.ok && link.url).toMatch(
      /^https:\/\/school\.example\/timeline\/\?tracks=military&event=first&pack=[\w-]+$/,
    );
    // Printing cannot wait: once packed, the same link is there at once.
    await waitFor(() => expect(shared.current.linkNow(view({ event: "first" }), toUrl)).toBe(link.ok && link.url));
    expect((await shared.current.carry(view({ data: "./old.json" })))?.data).toBeNull();
  });

  it("gives no link for a file too large to carry: never one that opens another timeline", async () => {
    const shared = render({ dataset: usTalibanRelations, origin: { kind: "file", name: "big.json" }, notes: [] });
    expect(await shared.current.link(view(), toUrl)).toEqual({ ok: false });
    expect(await shared.current.carry(view())).toBeNull();
    expect(shared.current.linkNow(view(), toUrl)).toBeNull();
  });

  it("gives no link when a timeline carried in a link would grow past 8,000 characters with the view", async () => {
    const shared = render({ dataset: testDataset(), origin: { kind: "pack", pack: "a".repeat(7900) }, notes: [] });
    const packed = view({ pack: "a".repeat(7900) });
    expect((await shared.current.link(packed, toUrl)).ok).toBe(true);
    expect(await shared.current.link({ ...packed, path: "b".repeat(200) }, toUrl)).toEqual({ ok: false });
    expect(shared.current.linkNow({ ...packed, path: "b".repeat(200) }, toUrl)).toBeNull();
  });
});
