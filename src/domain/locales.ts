/**
 * The interface's languages: English, Spanish, Dari and Pashto. Dari is `fa` in links and files (the
 * ISO 639-1 code for Persian, which browsers and translators use for it), shown with Afghan conventions:
 * `fa-AF` for dates (the Solar Hijri calendar with Afghan month names) and numbers.
 */
export const LANGUAGES = ["en", "es", "fa", "ps"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own name, as the language menu lists it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español", fa: "دری", ps: "پښتو" };

export const DIRECTION: Record<Language, "ltr" | "rtl"> = { en: "ltr", es: "ltr", fa: "rtl", ps: "rtl" };

/** The locale Intl formats dates and numbers with, for each language. */
export const INTL_LOCALE: Record<Language, string> = { en: "en", es: "es", fa: "fa-AF", ps: "ps-AF" };

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * The reader's language from the browser's list (navigator.languages), when it is one of the four: "es-MX"
 * is Spanish; "fa", "fa-AF" and "prs" (Dari's own code) are Dari; "ps", "pbt" and "pbu" (Pashto's
 * varieties) are Pashto. Else English.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]!;
    if (base === "prs") return "fa";
    if (base === "pbt" || base === "pbu") return "ps";
    if (isLanguage(base)) return base;
  }
  return "en";
}

/**
 * The locale dates are written in: the Gregorian calendar in every language (the events' own dates), with
 * Afghan month names (اگست, اګست) and digits in Dari and Pashto, whose Intl default is the Solar Hijri.
 */
export const DATE_LOCALE: Record<Language, string> = {
  en: "en",
  es: "es",
  fa: "fa-AF-u-ca-gregory",
  ps: "ps-AF-u-ca-gregory",
};

/** Languages whose readers also get the Solar Hijri date, the calendar Afghanistan uses. */
export const SOLAR_HIJRI: Record<Language, boolean> = { en: false, es: false, fa: true, ps: true };

/** The `lang` attribute a text needs on a page in `page`: its own language where it differs, else none. */
export function langAttribute(text: string, page: string): string | undefined {
  return text.toLowerCase().split("-")[0] === page.toLowerCase().split("-")[0] ? undefined : text;
}
