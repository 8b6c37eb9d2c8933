/**
 * The evidence behind every quotation of a side (`perspectives[].words`): the sentence or two of the
 * report in which the words appear, as that report prints them, and the address where it was read. Kept
 * beside the events for review and tests; never shipped to readers (nothing in the app imports it).
 * us-taliban-relations.test.ts checks that every quoted `words` is found in its evidence (quote marks and
 * spaces normalised; "…" in `words` marks a cut, each part found in order) and that every entry here
 * belongs to a quote.
 */
export interface QuoteEvidence {
  /** The event whose perspective quotes the words. */
  event: string;
  /** The perspective's actor. */
  actor: string;
  /** The sentence (or two) of the report, as printed there. */
  excerpt: string;
  /** Where the excerpt was read: the perspective's source `url` when it has one. */
  url: string;
}
