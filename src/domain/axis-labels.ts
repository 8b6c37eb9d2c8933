/**
 * The timeline's axis labels in the reader's language, written by Intl: vis-timeline names months through
 * moment, in English, and its digits are Western; a Dari or Pashto reader reads "اگست" and "۲۰۲۱". vis asks
 * for a label for a moment in time at a scale (the unit of the axis's steps).
 */
import { PASHTO_MONTHS, easternDigits, isPashto } from "./pashto-dates";

export type AxisScale = "millisecond" | "second" | "minute" | "hour" | "weekday" | "day" | "week" | "month" | "year";

const cache = new Map<string, Intl.DateTimeFormat>();
const format = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })));
  return found;
};

/** The small labels under each step: a year, a month, a day or an hour. */
export function minorLabel(time: number, scale: AxisScale, locale: string): string {
  const date = new Date(time);
  if (isPashto(locale)) return pashtoMinor(date, scale);
  switch (scale) {
    case "year":
      return format(locale, { year: "numeric" }).format(date);
    case "month":
      return format(locale, { month: /^(fa|ps)\b/i.test(locale) ? "long" : "short" }).format(date);
    case "week":
    case "day":
    case "weekday":
      return format(locale, { day: "numeric" }).format(date);
    default:
      return format(locale, { hour: "numeric", minute: "2-digit" }).format(date);
  }
}

/** The larger labels above them, naming what the small ones are in: the year of months, the month of days. */
export function majorLabel(time: number, scale: AxisScale, locale: string): string {
  const date = new Date(time);
  if (isPashto(locale)) return pashtoMajor(date, scale);
  switch (scale) {
    case "year":
      return "";
    case "month":
      return format(locale, { year: "numeric" }).format(date);
    case "week":
    case "day":
    case "weekday":
      return format(locale, { month: "long", year: "numeric" }).format(date);
    default:
      return format(locale, { day: "numeric", month: "long", year: "numeric" }).format(date);
  }
}

// Pashto by hand (pashto-dates.ts: Chromium's Intl has no Pashto).
const pashtoMonth = (date: Date) => PASHTO_MONTHS[date.getUTCMonth()]!;
const pashtoTime = (date: Date) =>
  easternDigits(`${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, "0")}`);

function pashtoMinor(date: Date, scale: AxisScale): string {
  switch (scale) {
    case "year":
      return easternDigits(date.getUTCFullYear());
    case "month":
      return pashtoMonth(date);
    case "week":
    case "day":
    case "weekday":
      return easternDigits(date.getUTCDate());
    default:
      return pashtoTime(date);
  }
}

function pashtoMajor(date: Date, scale: AxisScale): string {
  const year = easternDigits(date.getUTCFullYear());
  switch (scale) {
    case "year":
      return "";
    case "month":
      return year;
    case "week":
    case "day":
    case "weekday":
      return `${pashtoMonth(date)} ${year}`;
    default:
      return `${easternDigits(date.getUTCDate())} ${pashtoMonth(date)} ${year}`;
  }
}
