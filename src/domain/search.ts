/**
 * Search that forgives case and diacritics: "kabul" finds "Kābul", "muttaqi" finds "MUTTAQI".
 */

/** Lower case, without diacritics, with any run of whitespace or punctuation as one space. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, normalised; an empty list matches everything. */
export function queryTerms(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === "" ? [] : [...new Set(normalised.split(" "))];
}

/** True when every term occurs in the (already normalised) haystack, so each word narrows the result. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
