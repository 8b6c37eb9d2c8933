/**
 * Sorting names in the reader's alphabetical order without paying for the page's first Intl.Collator: the
 * browser loads its collation tables for it (10–20 ms on a slow laptop), and the actor list, on the
 * explorer's first render, was the only thing that needed one before the timeline was drawn. Names in
 * plain ASCII, in a language that orders ASCII as the Unicode default does (Unicode's root collation:
 * spaces, then punctuation and symbols, digits, then letters without regard to case, lowercase first on a
 * tie), are compared by a table of that order; any other pair goes to an Intl.Collator, made the first
 * time one is needed. The two agree on every pair of ASCII names (collate.test.ts checks this against
 * Intl.Collator), so one sort may use both.
 */

export interface TextComparer {
  compare(a: string, b: string): number;
}

/** The printable ASCII characters in Unicode's root collation order, a letter standing for both its cases. */
const ROOT_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/** Languages whose collation orders ASCII as the root collation does (checked in collate.test.ts). */
export const ROOT_ASCII_LANGUAGES: readonly string[] = ["en", "es", "fr", "de", "it", "pt", "nl", "fa", "ps"];

const PRIMARY = new Uint8Array(128);
for (const [index, character] of [...ROOT_ORDER].entries()) {
  PRIMARY[character.charCodeAt(0)] = index + 1;
  PRIMARY[character.toUpperCase().charCodeAt(0)] = index + 1;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** ASCII names in root collation order: by letter and sign first, then lowercase before uppercase. */
function compareAscii(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let index = 0; index < shorter; index++) {
    const difference = PRIMARY[a.charCodeAt(index)]! - PRIMARY[b.charCodeAt(index)]!;
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let index = 0; index < shorter; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    // Letters of the same name differing in case: the lowercase one (the higher code) first.
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/** Compares names as `language` sorts them. */
export function textComparer(language: string): TextComparer {
  const base = language.toLowerCase().split("-")[0] ?? "";
  const plain = ROOT_ASCII_LANGUAGES.includes(base);
  let collator: Intl.Collator | null = null;
  return {
    compare(a, b) {
      if (plain && PLAIN_ASCII.test(a) && PLAIN_ASCII.test(b)) return compareAscii(a, b);
      collator ??= new Intl.Collator(language);
      return collator.compare(a, b);
    },
  };
}
