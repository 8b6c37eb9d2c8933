/**
 * Dates in a teacher's sheet (explorer-sheet-read.ts), read into the dataset's form (2021-08-26, 2021-08
 * or 2021): as typed; as spreadsheet programs rewrite them (2021-08-26 00:00:00, 2021/08/26, 8/26/2021,
 * 26.08.2021, 26-Aug-2021); and in English words (Aug 26, 2021; 26 August 2021; Aug 2021), as the
 * explorer's download writes its `date` column, which may also hold a span (Aug 14–30, 2021). A date that
 * could be read two ways (3/4/2021) is asked about, never guessed; a year in two digits (8/26/21) is not read.
 */
import { compareDateText, daysInMonth, parsePartialDate } from "./dates";
import { say } from "./say";

/** A date read from a cell: its dataset form, or the two it could be, or null when it is no date this reads. */
export type CellDate = { date: string } | { ambiguous: string; readings: string[] } | null;

/** What a `date` cell says: a date or a span, or the readings it could have, or null. */
export type ColumnDate = Span | { ambiguous: string; readings: Span[] } | null;
export interface Span {
  start: string;
  end?: string;
}

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const pad = (value: number) => String(value).padStart(2, "0");
const iso = ({ year, month, day }: Parts) =>
  `${year}${month === undefined ? "" : `-${pad(month)}`}${day === undefined ? "" : `-${pad(day)}`}`;

/**
 * One date, as start, end and date cells hold it. A year-first date is given back as written, checked or
 * not (the format's checks name 2021-02-30); any other is read only where it is a real date.
 */
export function cellDate(input: string): CellDate {
  const text = input.trim().replace(/\s+/g, " ");
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, , month, day] = yearFirst;
    return { date: `${year}${month ? `-${month.padStart(2, "0")}` : ""}${day ? `-${day.padStart(2, "0")}` : ""}` };
  }
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const [, first, , second, year] = yearLast.map(Number) as [number, number, number, number, number];
    const dayFirst = real({ year, month: second, day: first });
    const monthFirst = real({ year, month: first, day: second });
    if (dayFirst && monthFirst && dayFirst !== monthFirst)
      return { ambiguous: SAY.ambiguous(text, first, second, year), readings: [dayFirst, monthFirst] };
    const date = dayFirst ?? monthFirst;
    return date ? { date } : null;
  }
  const parts = wordParts(text);
  if (!parts || parts.month === undefined || parts.year === undefined) return null;
  const date = real(parts);
  return date ? { date } : null;
}

/**
 * The `date` column: a date as cellDate reads it (a real one), or a span as the download writes one:
 * Aug 14–30, 2021; Jul 30–Aug 2, 2021; Nov 14, 2024 – Jan 12, 2025; Jan–Apr 2025; 2020 – 2021; or two
 * dates with "to" between them.
 */
export function columnDate(input: string): ColumnDate {
  const text = input.trim().replace(/\s+/g, " ");
  const single = cellDate(text);
  if (single && "ambiguous" in single)
    return { ambiguous: single.ambiguous, readings: single.readings.map((start) => ({ start })) };
  if (single) return parsePartialDate(single.date) ? { start: single.date } : null;
  for (const [at, length] of separators(text)) {
    const span = spanOf(text.slice(0, at).trim(), text.slice(at + length).trim());
    if (span) return span;
  }
  return null;
}

/** Whether two dates in the dataset's form are the same at the coarser one's precision (2021-08 and 2021-08-26 are). */
export function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether what a date cell says agrees with the row's start and end; true where it cannot tell. */
export function agrees(read: ColumnDate, start: string, end: string): boolean {
  const spans = read === null ? [] : "ambiguous" in read ? read.readings : [read];
  if (spans.length === 0 || !parsePartialDate(start) || (end !== "" && !parsePartialDate(end))) return true;
  return spans.some((span) => sameDate(span.start, start) && (!span.end || sameDate(span.end, end || start)));
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

function real(parts: Parts): string | undefined {
  const { year, month, day } = parts;
  if (year === undefined || (month === undefined && day !== undefined)) return undefined;
  if (month !== undefined && !(month >= 1 && month <= 12)) return undefined;
  if (month !== undefined && day !== undefined && !(day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return iso(parts);
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
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i;
// The orders in which a day (d), a month's name (m) and a four-digit year (y) may come.
const ORDERS = new Set(["mdy", "dmy", "my", "md", "dm", "m", "d", "dy", "y"]);

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const at = MONTHS.findIndex((month) => lower === month || lower === month.slice(0, 3));
  return at >= 0 ? at + 1 : lower === "sept" ? 9 : undefined;
}

/**
 * The parts a date in words gives, some perhaps missing (a span's "Aug 14" lends its month to "30, 2021"):
 * a month's name or its first three letters, a day (26 or 26th), a four-digit year, a weekday in front.
 */
function wordParts(text: string): Parts | null {
  if (!/^[\p{L}\d\s,.-]+$/u.test(text)) return null;
  const tokens = text.split(/[\s,.-]+/).filter((token) => token !== "");
  if (tokens.length > 0 && WEEKDAY.test(tokens[0]!)) tokens.shift();
  const parts: Parts = {};
  let order = "";
  for (const token of tokens) {
    const month = monthOf(token);
    const number = /^(\d{1,4})(st|nd|rd|th)?$/i.exec(token);
    if (month !== undefined) [parts.month, order] = [month, `${order}m`];
    else if (number?.[1]!.length === 4 && !number[2]) [parts.year, order] = [Number(number[1]), `${order}y`];
    else if (number && number[1]!.length <= 2) [parts.day, order] = [Number(number[1]), `${order}d`];
    else return null;
  }
  return ORDERS.has(order) ? parts : null;
}

/** Where a span may be cut in two: at a dash, at "to", or at a hyphen; the likeliest first. */
function separators(text: string): [number, number][] {
  const found = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((match): [number, number] => [match.index, match[0].length]);
  return [...found(/[–—]/g), ...found(/ to /gi), ...found(/-/g)];
}

/** Two halves of a span, each lending the other what it leaves out: "Aug 14" and "30, 2021". */
function spanOf(left: string, right: string): Span | null {
  const from = half(left);
  const to = half(right);
  if (!from || !to || to.year === undefined) return null;
  from.year ??= to.year;
  if (from.day !== undefined) from.month ??= to.month;
  if (to.day !== undefined) to.month ??= from.month;
  const start = real(from);
  const end = real(to);
  return start && end && compareDateText(start, end) <= 0 ? { start, end } : null;
}

function half(text: string): Parts | null {
  const read = cellDate(text);
  if (read && "date" in read) {
    const parsed = parsePartialDate(read.date);
    return parsed ? { ...parsed } : null;
  }
  return read ? null : wordParts(text);
}

const SAY = {
  ambiguous: (text: string, first: number, second: number, year: number) =>
    say(
      /*i18n*/ "“{value}” could be {first} {secondMonth} or {second} {firstMonth} {year}: write it as {dayFirst} or {monthFirst}",
      {
        value: text,
        first,
        second,
        year,
        firstMonth: MONTH_NAMES[first - 1]!(),
        secondMonth: MONTH_NAMES[second - 1]!(),
        dayFirst: `${year}-${pad(second)}-${pad(first)}`,
        monthFirst: `${year}-${pad(first)}-${pad(second)}`,
      },
    ),
};

/** The months' names in the page's language, for a date that could be read two ways. */
const MONTH_NAMES = [
  () => say(/*i18n*/ "January"),
  () => say(/*i18n*/ "February"),
  () => say(/*i18n*/ "March"),
  () => say(/*i18n*/ "April"),
  () => say(/*i18n*/ "May"),
  () => say(/*i18n*/ "June"),
  () => say(/*i18n*/ "July"),
  () => say(/*i18n*/ "August"),
  () => say(/*i18n*/ "September"),
  () => say(/*i18n*/ "October"),
  () => say(/*i18n*/ "November"),
  () => say(/*i18n*/ "December"),
];
