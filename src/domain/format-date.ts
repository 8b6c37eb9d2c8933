/**
 * Dates as a reader sees them, honest about precision: "Aug 26, 2021" for a day, "Aug 2021" for a
 * month, "2021" for a year; ranges collapse what they share ("Aug 14–30, 2021").
 */
import { parsePartialDate, startOf, type PartialDate, type Precision } from "./dates";
import { formatPashto, isPashto, pashtoSolarParts } from "./pashto-dates";

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
  if (locale === "en" || locale === "en-US") {
    const end = event.end === undefined ? null : parsePartialDate(event.end);
    return formatEnglish(start, end, event.precision, long);
  }
  if (isPashto(locale)) {
    const end = event.end === undefined ? null : parsePartialDate(event.end);
    return formatPashto(start, end, event.precision);
  }
  // Dari and Pashto do not abbreviate months (Intl's short form is the English pattern, "اگست ۱۵, ۲۰۲۱").
  const format = formatter(locale, event.precision, long || /^(fa|ps)\b/i.test(locale));
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

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * What Intl writes for English (the default dataset's language), written directly: formatting
 * thousands of dates through Intl is a measurable part of opening a large dataset. The tests hold
 * this to Intl's output, character for character, across generated dates and ranges.
 */
function formatEnglish(start: PartialDate, end: PartialDate | null, precision: Precision, long: boolean): string {
  const months = long ? LONG_MONTHS : SHORT_MONTHS;
  const month = (date: PartialDate) => months[(date.month ?? 1) - 1]!;
  const day = (date: PartialDate) => date.day ?? 1;
  const single = (date: PartialDate) =>
    precision === "year"
      ? `${date.year}`
      : precision === "month"
        ? `${month(date)} ${date.year}`
        : `${month(date)} ${day(date)}, ${date.year}`;
  if (!end || startOf(end) === startOf(start)) return single(start);
  if (start.year !== end.year) return `${single(start)} – ${single(end)}`;
  if (precision === "year") return single(start);
  if (precision === "month") return `${month(start)}–${month(end)} ${start.year}`;
  if (start.month === end.month) return `${month(start)} ${day(start)}–${day(end)}, ${start.year}`;
  return `${month(start)} ${day(start)}–${month(end)} ${day(end)}, ${start.year}`;
}

/** A date given in a filter or preset, in its own precision. */
export function formatDateText(text: string, options: DateLabelOptions = {}): string {
  const parsed = parsePartialDate(text);
  if (!parsed) return text;
  const precision: Precision = parsed.day !== undefined ? "day" : parsed.month !== undefined ? "month" : "year";
  return formatEventDate({ start: text, precision }, options);
}

const solarFormatters = new Map<string, Intl.DateTimeFormat>();

/** One Solar Hijri date's parts, in the language's own month names and digits. */
function solarParts(locale: string, date: Date): { day: string; month: string; year: string } {
  if (isPashto(locale)) return pashtoSolarParts(date);
  let format = solarFormatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    solarFormatters.set(locale, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  // Intl writes a Dari month as it reads inside its own date pattern, with the ezafe's hamza ("سنبلهٔ"):
  // on its own, or before a year as here, the name is written plain.
  return { day: parts.day ?? "", month: (parts.month ?? "").replace(/\u0654$/, ""), year: parts.year ?? "" };
}

/**
 * The date in the Solar Hijri calendar Afghanistan uses, in Dari ("fa-AF") or Pashto ("ps-AF"), beside the
 * Gregorian one on cards and handouts: 15 August 2021 is "۲۴ اسد ۱۴۰۰". Written day, month, year, as Afghan
 * outlets write it (without the era Intl adds in Pashto). A month-precision date stays a month, and a
 * year a year: since the calendars' months and years do not line up, they are the Solar Hijri months or
 * years the Gregorian one spans ("اسد–سنبله ۱۴۰۰", "۱۳۹۹–۱۴۰۰"); a range joins its two ends.
 */
export function formatSolarHijri(
  event: { start: string; end?: string | undefined; precision: Precision },
  locale: string,
): string | null {
  const start = parsePartialDate(event.start);
  if (!start) return null;
  const end = event.end === undefined ? null : parsePartialDate(event.end);
  const first = describeSolar(locale, start, event.precision);
  const last = end ? describeSolar(locale, end, event.precision) : null;
  return last && last !== first ? `${first} – ${last}` : first;
}

function describeSolar(locale: string, date: PartialDate, precision: Precision): string {
  const from = solarParts(locale, new Date(startOf(date)));
  if (precision === "day") return `${from.day} ${from.month} ${from.year}`;
  // The last day the Gregorian month or year covers.
  const lastDay =
    precision === "month"
      ? new Date(Date.UTC(date.year, (date.month ?? 1) - 1 + 1, 0))
      : new Date(Date.UTC(date.year, 12, 0));
  const to = solarParts(locale, lastDay);
  if (precision === "year") return from.year === to.year ? from.year : `${from.year}–${to.year}`;
  if (from.year === to.year)
    return from.month === to.month ? `${from.month} ${from.year}` : `${from.month}–${to.month} ${from.year}`;
  return `${from.month} ${from.year} – ${to.month} ${to.year}`;
}
