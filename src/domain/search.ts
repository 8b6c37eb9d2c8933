/**
 * What a typed search means, before any index is asked: words that forgive case and diacritics
 * ("kabul" finds "Kābul"), the small words of a question left out ("Why did the Taliban free
 * Glezmann?" searches for taliban, free, glezmann), and dates typed as words ("August 2021", "2022",
 * "26 August 2021") read as a time span rather than as words to find in the text.
 */
import { endOf, parsePartialDate, startOf } from "./dates";

/**
 * Dari and Pashto are typed on keyboards that give different code points for the same letter: Arabic yeh
 * and alef maksura for Persian yeh (ي ى → ی), Arabic kaf for keheh (ك → ک), ae for heh (ە → ه). Tatweel
 * (a stretch, ـ) and the zero-width joiners are spelling, not letters. Digits come Western (2021),
 * Eastern Arabic-Indic (۲۰۲۱) or Arabic-Indic (٢٠٢١): all are read as digits.
 */
export function foldScripts(text: string): string {
  return text
    .replace(/[\u064A\u0649]/g, "\u06CC")
    .replace(/\u0643/g, "\u06A9")
    .replace(/\u06D5/g, "\u0647")
    .replace(/[\u0640\u200C\u200D]/g, "")
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

/** Lower case, without diacritics, with any run of whitespace or punctuation as one space. */
export function normaliseForSearch(text: string): string {
  return (
    foldScripts(text)
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[’'`´]/g, "")
      // Initialisms read as one word: "U.S." and "US" are both "us", "U.N." is "un".
      .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, "$1")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** The words of a query, normalised; an empty list matches everything. */
export function queryTerms(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === "" ? [] : [...new Set(normalised.split(" "))];
}

/**
 * Words a question is made of that say nothing about which event is meant, in each language the page
 * speaks (a student asks in their own). Kept short on purpose: a word a student might search for (no,
 * not, after, before, war; "son" is Spanish "are" but English too) stays, and a question's verbs
 * (happened, explain) and helping verbs go ("آزاد کردند", freed, is found by آزاد). Written as typed and
 * read as search reads text, so accents and letter forms fold alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    "a an and are as at be been by can could did do does for from had has have how i in into is it its " +
      "me my of on or so than that the their them then there these they this those to was were what " +
      "when where which who whom whose why will with would you your about " +
      // A question's verbs: "What happened at Kabul airport?" asks about Kabul airport.
      "happen happened happens tell explain describe mean meant",
    // Spanish: "¿Por qué los talibanes liberaron a George Glezmann?"
    "por qué que cómo cuándo dónde quién quiénes cuál cuáles el la los las un una unos unas de del al en " +
      "y o e es fue fueron ser está están estaba ha hay hubo para con se su sus lo le les",
    // Dari: "چرا طالبان جورج گلزمن را آزاد کردند؟" (why, what, who, where, how, whether; the object mark,
    // in, from, to, with, and, that, this; is, was, became, did).
    "چرا چه چی کی کجا چطور چگونه آیا کدام را در از به با و که این آن برای یک " +
      "است هست بود بودند شد شدند شده کرد کردند کرده",
    // Pashto: why, what, who, where, when, how, whether; of, in, from, to, and, that, this, with, for;
    // is, was, did, became.
    "ولې څه څوک چېرته کله څنګه آیا د په له ته او چې دا سره لپاره دی ده وو وه کړ کړل کړه شو شول",
  ]
    .join(" ")
    .split(" ")
    .map((word) => normaliseForSearch(word)),
);

/** The words worth searching for: normalised, distinct, without the small words of a question. */
export function contentTerms(query: string): string[] {
  return queryTerms(query).filter((term) => !STOP_WORDS.has(term));
}

/** True when every term occurs in the (already normalised) haystack, so each word narrows the result. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "aug", "sept" and "august" are all August; 0-based, or -1. "may" is only the month beside a year. */
function monthOf(word: string): number {
  if (word.length < 3) return -1;
  return MONTHS.findIndex((month) => month.startsWith(word));
}

const isYear = (word: string) => /^(1[5-9]|20)\d\d$/.test(word);
const isDay = (word: string) => /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(word);

export interface SearchPeriod {
  start: number;
  end: number;
  /** As the reader typed it, tidied: "August 2021", "2022", "26 August 2021". */
  label: string;
}

export interface ParsedQuery {
  /** The time the query names (several dates: from the first to the last); null when it names none. */
  period: SearchPeriod | null;
  /** The rest of the query, to find in the events' text. */
  words: string;
}

/**
 * Finds the dates in a query: a year ("2022"), a month and year ("August 2021", "aug 2021"), or a day
 * ("26 August 2021", "August 26, 2021"). A month alone stays a word: "May" is also a verb.
 */
export function parseQueryDates(query: string): ParsedQuery {
  const words = normaliseForSearch(query).split(" ").filter(Boolean);
  const rest: string[] = [];
  const labels: string[] = [];
  let start = Infinity;
  let end = -Infinity;
  const take = (date: string, label: string) => {
    const parsed = parsePartialDate(date);
    if (!parsed) return false;
    start = Math.min(start, startOf(parsed));
    end = Math.max(end, endOf(parsed));
    labels.push(label);
    return true;
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  const title = (month: number) => MONTHS[month]![0]!.toUpperCase() + MONTHS[month]!.slice(1);
  for (let i = 0; i < words.length; i++) {
    const [a = "", b = "", c = ""] = words.slice(i, i + 3);
    const day = (word: string) => parseInt(word, 10);
    // 26 August 2021
    if (isDay(a) && monthOf(b) >= 0 && isYear(c)) {
      const m = monthOf(b);
      if (take(`${c}-${pad(m + 1)}-${pad(day(a))}`, `${day(a)} ${title(m)} ${c}`)) {
        i += 2;
        continue;
      }
    }
    // August 26 2021
    if (monthOf(a) >= 0 && isDay(b) && isYear(c)) {
      const m = monthOf(a);
      if (take(`${c}-${pad(m + 1)}-${pad(day(b))}`, `${day(b)} ${title(m)} ${c}`)) {
        i += 2;
        continue;
      }
    }
    // August 2021
    if (monthOf(a) >= 0 && isYear(b)) {
      const m = monthOf(a);
      take(`${b}-${pad(m + 1)}`, `${title(m)} ${b}`);
      i += 1;
      continue;
    }
    if (isYear(a)) {
      take(a, a);
      continue;
    }
    rest.push(a);
  }
  return {
    period: labels.length > 0 ? { start, end, label: labels.join(" – ") } : null,
    words: rest.join(" "),
  };
}

/** Whether a span (UTC ms, end exclusive) overlaps the period at all. */
export function inPeriod(period: SearchPeriod | null, span: { start: number; end: number }): boolean {
  return period === null || (span.end > period.start && span.start < period.end);
}

/**
 * What a search found, from the search index (text-search.ts, loaded when first needed):
 * - "all": events with every word (in the period the query names): the view shows them in date order;
 * - "some": no event has every word; these have some, best first, and the reader is told so;
 * - "none": nothing has any of them; `nearest` offers the closest events by spelling or by date.
 */
export interface TextMatch {
  /** The query this answers (the view's `q`), so a stale answer is never applied to a newer query. */
  query: string;
  kind: "all" | "some" | "none";
  /** Matching event ids with their relevance. */
  scores: ReadonlyMap<string, number>;
  /** Words of the query no event (in the period) contains, as the reader typed them. */
  unmatched: readonly string[];
  period: SearchPeriod | null;
  /** With nothing found: the closest events, best first (a few). */
  nearest: readonly string[];
}
