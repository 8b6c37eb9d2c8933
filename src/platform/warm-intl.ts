import { DATE_LOCALE, INTL_LOCALE, type Language } from "../domain/locales";

/**
 * Loads the browser's number and date formatting data for `language` by formatting once with each kind of
 * formatter the explorer's first render uses. The first use of Intl in a page costs 30–60 ms (the locale
 * data is read then); run while the page waits for the network, that time is off the way to the first
 * cards and the timeline. Returns what was formatted, so a test can see each formatter worked.
 */
export function warmIntl(language: Language): string[] {
  return [
    new Intl.NumberFormat(INTL_LOCALE[language]).format(1),
    new Intl.DateTimeFormat(DATE_LOCALE[language], { timeZone: "UTC", year: "numeric" }).format(0),
    new Intl.PluralRules(INTL_LOCALE[language]).select(1),
  ];
}
