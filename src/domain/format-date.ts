/**
 * Dates as a reader sees them, honest about precision: "Aug 26, 2021" for a day, "Aug 2021" for a
 * month, "2021" for a year; ranges collapse what they share ("Aug 14–30, 2021").
 */
import { parsePartialDate, startOf, type Precision } from "./dates";

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "short", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

const LONG_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision, long: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${long}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(safeLocale(locale), (long ? LONG_OPTIONS : OPTIONS)[precision]);
    formatters.set(key, found);
  }
  return found;
}

/** A dataset's language tag may be one Intl does not know; fall back rather than throw. */
function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en";
  } catch {
    return "en";
  }
}

export interface DateLabelOptions {
  locale?: string;
  /** "August 26, 2021" instead of "Aug 26, 2021", for sentences and screen readers. */
  long?: boolean;
}

/** The label of a dated event or range, in the event's precision. Unparseable text is shown as written. */
export function formatEventDate(
  event: { start: string; end?: string | undefined; precision: Precision },
  { locale = "en", long = false }: DateLabelOptions = {},
): string {
  const start = parsePartialDate(event.start);
  if (!start) return event.start;
  const format = formatter(locale, event.precision, long);
  const from = new Date(startOf(start));
  const end = event.end === undefined ? null : parsePartialDate(event.end);
  if (!end) return format.format(from);
  const to = new Date(startOf(end));
  if (to.getTime() === from.getTime()) return format.format(from);
  const range = format.formatRange(from, to);
  // Within one year the shared parts collapse ("Aug 14–30, 2021") and the spaced dash reads as a gap;
  // across years the spaces keep two full dates apart ("Nov 14, 2024 – Jan 12, 2025").
  // (Intl's spaces are thin spaces; plain ones are what a reader copies into a handout.)
  return range.replace(/\s–\s/, start.year === end.year ? "–" : " – ");
}

/** A date given in a filter or preset, in its own precision. */
export function formatDateText(text: string, options: DateLabelOptions = {}): string {
  const parsed = parsePartialDate(text);
  if (!parsed) return text;
  const precision: Precision = parsed.day !== undefined ? "day" : parsed.month !== undefined ? "month" : "year";
  return formatEventDate({ start: text, precision }, options);
}
