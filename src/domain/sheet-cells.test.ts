import { describe, expect, it } from "vitest";
import { paragraphs, precisionFor, provenanceOf, readCell, slug, splitLines, splitList } from "./sheet-cells";

describe("the explorer sheet's cells", () => {
  it("take the precision the date allows, or a coarser one written", () => {
    expect(precisionFor("", "1892")).toBe("year");
    expect(precisionFor("day", "1892")).toBe("year");
    expect(precisionFor("day", "1892-05")).toBe("month");
    expect(precisionFor("year", "1892-05-01")).toBe("year");
    expect(precisionFor("Month", "1892-05-01")).toBe("month");
    expect(precisionFor("days", "1892-05-01")).toBe("days");
  });

  it("split lists at semicolons, or commas where there is none, or read them as JSON", () => {
    const problems: string[] = [];
    const note = (message: string) => problems.push(message);
    expect(splitList("A, B; C", note)).toEqual(["A, B", "C"]);
    expect(splitList("A, B", note)).toEqual(["A", "B"]);
    expect(splitList('["A; B"]', note)).toEqual(["A; B"]);
    expect(splitList("[broken", note)).toEqual([]);
    expect(splitLines("T | P | https://x.test\n\nU | Q", note)).toEqual([
      ["T", "P", "https://x.test"],
      ["U", "Q"],
    ]);
    expect(paragraphs("P3 p5, 7", note)).toEqual([3, 5, 7]);
    expect(paragraphs("P3 x", note)).toEqual([3]);
    expect(problems).toEqual([
      "starts with [ but is not a list of texts in JSON",
      "“x” is not a paragraph number such as P3",
    ]);
  });

  it("take off the formula guard, give provenance by label or code, and make link ids", () => {
    expect(readCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(readCell("'quoted")).toBe("'quoted");
    expect(provenanceOf("In the article")).toBe("article");
    expect(provenanceOf("after-article")).toBe("after-article");
    expect(provenanceOf("")).toBe("context");
    expect(slug("Café opens — 1892!")).toBe("cafe-opens-1892");
  });
});
