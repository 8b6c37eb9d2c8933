import type { ProvenanceValue } from "./view-state";

/**
 * The same labels in English, as the dataset's files write them: the explorer's spreadsheet (its
 * provenance column, read back by sheet-cells.ts; its template names them too), so a sheet opens the same
 * whatever the page's language. The filters in words (active-filters.ts: the chips, and the sentence a
 * download's description gives) use them too, in English like the rest of their words for now.
 */
// No message macros here: the spreadsheet code and the e2e tests (plain Node) read these words.
export const PROVENANCE_ENGLISH: Record<ProvenanceValue, string> = {
  article: "In the article",
  context: "Not in the article",
  "after-article": "After the article",
};
