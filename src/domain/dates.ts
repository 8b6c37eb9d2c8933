/**
 * Partial calendar dates ("YYYY-MM-DD", "YYYY-MM", "YYYY") as the dataset format writes them.
 * Everything here works in UTC so a date never shifts by a day with the reader's time zone.
 */

export type Precision = "day" | "month" | "year";

export interface PartialDate {
  year: number;
  month?: number; // 1–12
  day?: number; // 1–31
}

export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a dataset date; null when it is not a real calendar date in one of the three forms. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isDateText(text: string): boolean {
  return DATE_PATTERN.test(text);
}

/** Date.UTC with full years: Date.UTC itself reads 0–99 as 1900–1999 (and is quick otherwise). */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The precision a date is written in: "2021-08" is a month. */
export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return "day";
  if (date.month !== undefined) return "month";
  return "year";
}

/** The first millisecond the date covers, in UTC. */
export function startOf(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first millisecond after the date: "2021-08" ends where September begins. */
export function endOf(date: PartialDate): number {
  if (date.day !== undefined) return utc(date.year, (date.month ?? 1) - 1, date.day + 1);
  if (date.month !== undefined) return utc(date.year, date.month, 1);
  return utc(date.year + 1, 0, 1);
}

/** Start and end (exclusive) in UTC milliseconds of a date or a range written as text. */
export function spanOf(start: string, end?: string): { start: number; end: number } | null {
  const from = parsePartialDate(start);
  const to = end === undefined ? from : parsePartialDate(end);
  if (!from || !to) return null;
  return { start: startOf(from), end: endOf(to) };
}

/** Negative when a is earlier, by the first moment each date covers. */
export function compareDateText(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return startOf(pa) - startOf(pb);
}
