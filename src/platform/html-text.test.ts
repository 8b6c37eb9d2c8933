// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-text";

const text = (html: string) => htmlToText(html).text;

describe("htmlToText", () => {
  it("drops tags, keeps paragraphs apart and line breaks as breaks", () => {
    expect(text("<p>First <b>bold</b> line.</p><p>Second<br>line</p>")).toBe("First bold line.\n\nSecond\nline");
  });

  it.each([
    ["Kabul &amp; Doha", "Kabul & Doha"],
    ["&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>"],
    ["&ldquo;exploratory&rdquo; talks", "“exploratory” talks"],
    ["Guant&aacute;namo", "Guantánamo"],
    ["M&Uuml;LLER &ccedil;a", "MÜLLER ça"],
    // Every named entity of HTML, not only a list someone wrote down.
    ["&ccaron;evap&ccaron;i&cacute;i, &scaron;ahovnica &Zcaron;", "čevapčići, šahovnica Ž"],
    ["&#8217; &#x2014; &#128512;", "’ — 😀"],
    ["&unknown; & alone", "&unknown; & alone"],
  ])("decodes %j as %j", (html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it("keeps an attribute holding > inside its tag", () => {
    expect(text('<span title="a > b">Kabul</span> <abbr title=">">U.N.</abbr>')).toBe("Kabul U.N.");
    expect(text("<img alt='1 > 0' src=x>after")).toBe("after");
  });

  it("writes list items one to a line, nested ones indented under their parent", () => {
    expect(
      text("<p>Events:</p><ul><li>Doha<ul><li>signing</li><li>terms</li></ul></li><li>Kabul</li></ul><p>End</p>"),
    ).toBe("Events:\n\n• Doha\n  • signing\n  • terms\n• Kabul\n\nEnd");
    expect(text("<ol><li>one</li><li>two</li></ol>")).toBe("• one\n• two");
  });

  it("drops scripts, styles and comments with their content, and runs nothing", () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    expect(
      text(
        'a<script>window.__pwned=1</script>b<style>p{}</style>c<!-- hidden -->d<svg onload="window.__pwned=2"><circle/></svg>e<img src=x onerror="window.__pwned=3">',
      ),
    ).toBe("abcde");
    expect((window as unknown as { __pwned?: number }).__pwned).toBe(0);
  });

  it("shows escaped markup as the text it is, never as markup", () => {
    expect(text("&lt;img src=x onerror=alert(1)&gt;")).toBe("<img src=x onerror=alert(1)>");
  });

  it("collects links with their text, entities in the address decoded", () => {
    const result = htmlToText(
      `See <a href="https://example.org/a?x=1&amp;y=2" target="_blank" title="go > there">the <i>report</i></a> and <a href='javascript:alert(1)'>this</a>.<a name="anchor">no link</a>`,
    );
    expect(result.text).toBe("See the report and this.no link");
    expect(result.links).toEqual([
      { href: "https://example.org/a?x=1&y=2", text: "the report" },
      { href: "javascript:alert(1)", text: "this" },
    ]);
  });

  it("copes with broken markup and nothing at all", () => {
    expect(text("unclosed <b>bold <i>and <a href=x>link")).toBe("unclosed bold and link");
    expect(text("a < b and c > d")).toBe("a < b and c > d");
    expect(text("")).toBe("");
    expect(htmlToText(undefined)).toEqual({ text: "", links: [] });
    expect(text("  lots   of\n\n\n\nspace  ")).toBe("lots of\n\nspace");
  });
});
