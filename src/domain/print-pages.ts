/**
 * How many pages a printed handout takes, from where its unbreakable blocks fall when it is laid out at
 * the width of a printed page. The browser's own pagination cannot be asked; this follows its rule: a
 * block that does not fit in what is left of a page starts the next one, and a block taller than a page
 * is split across as many as it needs.
 */

export type Paper = "a4" | "letter";

/** The page's margins, as index.css gives them to @page, in millimetres. */
export const PAGE_MARGIN_MM = { top: 18, right: 16, bottom: 18, left: 16 } as const;

const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** CSS pixels per millimetre: printing lays out 96 CSS pixels to the inch. */
const PX_PER_MM = 96 / 25.4;

/** The printed area of a page in CSS pixels: what the handout is laid out in. */
export function printableArea(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return {
    width: (width - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right) * PX_PER_MM,
    height: (height - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) * PX_PER_MM,
  };
}

// Where printers are loaded with US Letter rather than A4.
const LETTER_REGIONS = new Set(["US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "CR", "GT", "SV", "PA", "DO"]);

/** The paper the reader most likely prints on, from their browser's language (en-US: Letter). */
export function paperFor(locale: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return "a4";
  }
  return region && LETTER_REGIONS.has(region) ? "letter" : "a4";
}

/** A block's top and bottom, in CSS pixels from the top of the handout, in the order printed. */
export interface Block {
  top: number;
  bottom: number;
}

/** The pages the blocks fill, each page `pageHeight` tall. An empty handout is one page. */
export function countPages(blocks: readonly Block[], pageHeight: number): number {
  if (!(pageHeight > 0)) return 1;
  let start = 0;
  let pages = 1;
  for (const { top, bottom } of blocks) {
    if (bottom - start <= pageHeight) continue;
    // It does not fit in what is left of this page: it starts the next one.
    if (top > start) {
      pages++;
      start = top;
    }
    // Taller than a page: split wherever it must be.
    while (bottom - start > pageHeight) {
      pages++;
      start += pageHeight;
    }
  }
  return pages;
}

/** Past this many pages, printing the handout asks first. */
export const PAGES_WITHOUT_ASKING = 20;

/**
 * The pages of a handout of `total` events from the pages its first `measured` events took: a long
 * handout is measured in part and the rest estimated at the same rate.
 */
export function scalePages(pages: number, measured: number, total: number): number {
  if (measured >= total || measured === 0) return pages;
  return Math.max(pages, Math.round((pages * total) / measured));
}
