import { describe, expect, it } from "vitest";
import { PAGE_MARGIN_MM, countPages, paperFor, printableArea, scalePages } from "./print-pages";

const blocks = (...heights: number[]) => {
  let top = 0;
  return heights.map((height) => {
    const block = { top, bottom: top + height };
    top += height;
    return block;
  });
};

describe("counting a handout's pages", () => {
  it("lays out A4 and Letter at 96 CSS pixels to the inch, inside the page's margins", () => {
    expect(PAGE_MARGIN_MM).toEqual({ top: 18, right: 16, bottom: 18, left: 16 });
    const a4 = printableArea("a4");
    expect(a4.width).toBeCloseTo(672.76, 1); // 178 mm
    expect(a4.height).toBeCloseTo(986.46, 1); // 261 mm
    const letter = printableArea("letter");
    expect(letter.width).toBeCloseTo(695.06, 1); // 8.5 in less 32 mm
    expect(letter.height).toBeCloseTo(919.94, 1); // 11 in less 36 mm
  });

  it("fills a page before starting the next", () => {
    expect(countPages([], 100)).toBe(1);
    expect(countPages(blocks(50, 50), 100)).toBe(1);
    expect(countPages(blocks(50, 50, 1), 100)).toBe(2);
    expect(countPages(blocks(...Array<number>(10).fill(30)), 100)).toBe(4);
  });

  it("moves a block that does not fit to the next page, leaving the rest of this one empty", () => {
    // 60 + 60: the second block starts page 2; 60 + 60 + 60: page 3.
    expect(countPages(blocks(60, 60, 60), 100)).toBe(3);
  });

  it("splits a block taller than a page across as many pages as it needs", () => {
    expect(countPages(blocks(250), 100)).toBe(3);
    expect(countPages(blocks(10, 250), 100)).toBe(4);
    expect(countPages(blocks(10, 200), 100)).toBe(3);
  });

  it("counts gaps between blocks where they fall, and drops them at a break", () => {
    expect(
      countPages(
        [
          { top: 0, bottom: 40 },
          { top: 60, bottom: 100 },
          { top: 120, bottom: 150 },
        ],
        100,
      ),
    ).toBe(2);
  });

  it("reads the paper from the reader's language", () => {
    expect(paperFor("en-US")).toBe("letter");
    expect(paperFor("en")).toBe("letter"); // English alone is read as the United States
    expect(paperFor("es-MX")).toBe("letter");
    expect(paperFor("en-GB")).toBe("a4");
    expect(paperFor("fa")).toBe("a4");
    expect(paperFor("de-DE")).toBe("a4");
    expect(paperFor("not a locale")).toBe("a4");
  });

  it("estimates a long handout from the part measured", () => {
    expect(scalePages(10, 400, 400)).toBe(10);
    expect(scalePages(10, 400, 4000)).toBe(100);
    expect(scalePages(3, 0, 10)).toBe(3);
  });
});

describe("the page's margins", () => {
  it("are the ones the stylesheet gives @page", async () => {
    const { readFileSync } = await import("node:fs");
    const css = readFileSync(new URL("../index.css", import.meta.url), "utf8");
    expect(/@page\s*{\s*margin:\s*([\d.]+)mm ([\d.]+)mm;/.exec(css)?.slice(1).map(Number)).toEqual([
      PAGE_MARGIN_MM.top,
      PAGE_MARGIN_MM.left,
    ]);
  });
});
