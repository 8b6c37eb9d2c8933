/**
 * Dates in Pashto, written here rather than by Intl: Chromium's ICU carries no Pashto (Intl quietly falls
 * back to American English, "August 15, 2021", and Western digits), and Node's writes year first. So every
 * browser writes what Afghan Pashto readers read, as Dari is written: day, month, year, the months by
 * CLDR's Pashto names, the digits Extended Arabic-Indic. The Solar Hijri date's numbers come from Intl's
 * Persian calendar, which every browser has (it is Dari's too); only the names are Pashto.
 */
import type { PartialDate, Precision } from "./dates";

/** The Gregorian months in Pashto (CLDR). */
export const PASHTO_MONTHS = [
  "جنوري",
  "فېبروري",
  "مارچ",
  "اپریل",
  "مۍ",
  "جون",
  "جولای",
  "اګست",
  "سپتمبر",
  "اکتوبر",
  "نومبر",
  "دسمبر",
] as const;

/** The Solar Hijri months in Pashto (CLDR), from the first (Hamal in Dari) to the twelfth. */
export const PASHTO_SOLAR_MONTHS = [
  "وری",
  "غویی",
  "غبرگولی",
  "چنگاښ",
  "زمری",
  "وږی",
  "تله",
  "لړم",
  "لیندۍ",
  "مرغومی",
  "سلواغه",
  "کب",
] as const;

/** Whether a locale is Pashto's (ps, ps-AF, ps-AF-u-ca-gregory, …). */
export const isPashto = (locale: string) => /^ps(-|$)/i.test(locale);

/** Western digits as Extended Arabic-Indic ones: "2021" → "۲۰۲۱". */
export const easternDigits = (text: string | number) =>
  String(text).replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

const day = (date: PartialDate) => easternDigits(date.day ?? 1);
const month = (date: PartialDate) => PASHTO_MONTHS[(date.month ?? 1) - 1]!;
const year = (date: PartialDate) => easternDigits(date.year);

function single(date: PartialDate, precision: Precision): string {
  if (precision === "year") return year(date);
  if (precision === "month") return `${month(date)} ${year(date)}`;
  return `${day(date)} ${month(date)} ${year(date)}`;
}

/**
 * An event's date or range in Pashto: "۱۵ اګست ۲۰۲۱", "اګست ۲۰۲۱", "۲۰۲۱"; a range collapses what its
 * ends share ("۱۴–۳۰ اګست ۲۰۲۱", "۱۵ اګست – ۳ سپتمبر ۲۰۲۱") and spaces the dash between two full dates.
 */
export function formatPashto(start: PartialDate, end: PartialDate | null, precision: Precision): string {
  const first = single(start, precision);
  if (!end) return first;
  const last = single(end, precision);
  if (first === last) return first;
  if (start.year !== end.year) return `${first} – ${last}`;
  if (precision === "year") return first;
  if (precision === "month") return `${month(start)}–${month(end)} ${year(start)}`;
  if (start.month === end.month) return `${day(start)}–${day(end)} ${month(start)} ${year(start)}`;
  return `${day(start)} ${month(start)} – ${day(end)} ${month(end)} ${year(start)}`;
}

let persian: Intl.DateTimeFormat | null = null;

/** A Solar Hijri date's day, month and year in Pashto ("۲۴", "زمری", "۱۴۰۰"). */
export function pashtoSolarParts(date: Date): { day: string; month: string; year: string } {
  persian ??= new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    timeZone: "UTC",
  });
  const parts = Object.fromEntries(persian.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    day: easternDigits(Number(parts.day)),
    month: PASHTO_SOLAR_MONTHS[Number(parts.month) - 1] ?? "",
    year: easternDigits(Number.parseInt(parts.year ?? "", 10)),
  };
}
