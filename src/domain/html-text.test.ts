import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "./html-text";

describe("decodeEntities", () => {
  it.each([
    ["Kabul &amp; Doha", "Kabul & Doha"],
    ["&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>"],
    ["&ldquo;exploratory&rdquo; talks", "“exploratory” talks"],
    ["Guant&aacute;namo", "Guantánamo"],
    ["M&Uuml;LLER &ccedil;a", "MÜLLER ça"],
    ["&#8217; &#x2014; &#128512;", "’ — 😀"],
    ["&#0; &#xD800; &#1114112;", "\ufffd \ufffd \ufffd"],
    ["&unknown; & alone", "&unknown; & alone"],
  ])("%j reads %j", (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });
});

describe("htmlToText", () => {
  it("drops tags, keeps paragraphs apart and line breaks as breaks", () => {
    expect(htmlToText("<p>First <b>bold</b> line.</p><p>Second<br>line</p>").text).toBe(
      "First bold line.\n\nSecond\nline",
    );
  });

  it("drops scripts, styles and comments with their content", () => {
    expect(
      htmlToText('a<script>alert(1)</script>b<style>p{}</style>c<!-- hidden -->d<svg onload="x()"><circle/></svg>e')
        .text,
    ).toBe("abcde");
  });

  it("shows escaped markup as the text it is, never as markup", () => {
    expect(htmlToText("&lt;img src=x onerror=alert(1)&gt;").text).toBe("<img src=x onerror=alert(1)>");
  });

  it("collects links with their text", () => {
    const result = htmlToText(
      `See <a href="https://example.org/a?x=1&amp;y=2" target="_blank">the <i>report</i></a> and <a href='javascript:alert(1)'>this</a>.`,
    );
    expect(result.text).toBe("See the report and this.");
    expect(result.links).toEqual([
      { href: "https://example.org/a?x=1&y=2", text: "the report" },
      { href: "javascript:alert(1)", text: "this" },
    ]);
  });

  it("copes with broken markup and nothing at all", () => {
    expect(htmlToText("unclosed <b>bold <i>and <a href=x>link").text).toBe("unclosed bold and link");
    expect(htmlToText("a < b and c > d").text).toBe("a < b and c > d");
    expect(htmlToText("trailing <img src=")).toEqual({ text: "trailing", links: [] });
    expect(htmlToText(undefined)).toEqual({ text: "", links: [] });
  });
});
