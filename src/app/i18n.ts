import { i18n, type MessageDescriptor, type MessageOptions, type Messages } from "@lingui/core";
import { useLingui } from "@lingui/react";
import { useEffect } from "react";
import { messages as english } from "../locales/en/first-load";
import { DIRECTION, INTL_LOCALE, browserLanguage, isLanguage, type Language } from "../domain/locales";
import { withLocalNumbers } from "../domain/message-numbers";

/**
 * The interface's language: English comes with the page (the first load: the messages its first paint
 * shows here, the rest with the explorer's chunk, see english-later.ts); Spanish, Dari and Pashto each
 * load only when chosen, compiled from their PO catalogues (src/locales/, npm run i18n). The page's
 * `<html lang dir>` follow the language, so screen readers speak it and the layout mirrors for Dari and
 * Pashto.
 */
i18n.load("en", english);
i18n.activate("en");

/** Languages whose digits are not the Western ones a message's plain placeholder would write. */
const OWN_DIGITS = new Set(["fa", "ps"]);

// Every message, the macros' and <Trans>'s alike, goes through i18n._: there its numbers are written in the
// page's digits ("گام ۱ از ۷", not "گام 1 از 7"), but for those a plural chooses its form by (see
// domain/message-numbers.ts), and without grouping, as a year ("۲۰۲۱", never "۲٬۰۲۱") may be one. English and
// Spanish pass through untouched.
const translate = i18n._.bind(i18n) as (id: string | MessageDescriptor, values?: object, options?: object) => string;
const localized = (id: string, values: Record<string, unknown> | undefined, source: string | undefined) =>
  values && OWN_DIGITS.has(i18n.locale)
    ? withLocalNumbers(values, i18n.messages[id] ?? source, (value) => i18n.number(value, { useGrouping: false }))
    : values;
i18n._ = ((id: string | MessageDescriptor, values?: Record<string, unknown>, options?: MessageOptions) =>
  typeof id === "string"
    ? translate(id, localized(id, values, options?.message), options)
    : translate({ ...id, values: localized(id.id, id.values, id.message) })) as typeof i18n._;
// i18n.t is the original _ bound when i18n was made (what useLingui's _ calls): the same, made anew.
i18n.t = i18n._;

const catalogues: Record<Exclude<Language, "en">, () => Promise<{ messages: Messages }>> = {
  es: () => import("../locales/es/messages"),
  fa: () => import("../locales/fa/messages"),
  ps: () => import("../locales/ps/messages"),
};

/** The language a link asks for, else the reader's browser's when it is one of the four, else English. */
export function languageOf(linked: Language | null): Language {
  return linked ?? browserLanguage(navigator.languages ?? [navigator.language]);
}

const loaded = new Set<Language>(["en"]);

/** Loads a language's catalogue, once. */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  i18n.load(language, (await catalogues[language as Exclude<Language, "en">]()).messages);
  loaded.add(language);
}

/** Shows the page in a language whose catalogue is loaded: its messages, its direction, its lang. */
export function activateLanguage(language: Language): void {
  document.documentElement.lang = INTL_LOCALE[language];
  document.documentElement.dir = DIRECTION[language];
  // Numbers in Pashto are written with Dari's Intl data where the browser has none of Pashto's (Chromium):
  // the same Extended Arabic-Indic digits, rather than American English's.
  i18n.activate(language, language === "ps" ? ["ps-AF", "fa-AF"] : undefined);
}

/** The language the page shows now. */
export function activeLanguage(): Language {
  return isLanguage(i18n.locale) ? i18n.locale : "en";
}

/**
 * Keeps the page in the language its address asks for (or the browser's), loading a catalogue when it is
 * first needed; the last asked for wins when a slow catalogue is overtaken. Returns the language shown,
 * which re-renders what reads it when the catalogue arrives and the language switches.
 */
export function useInterfaceLanguage(linked: Language | null): Language {
  const { i18n: active } = useLingui();
  const wanted = languageOf(linked);
  useEffect(() => {
    let current = true;
    void loadLanguage(wanted)
      .then(() => {
        if (current) activateLanguage(wanted);
      })
      .catch(() => {
        // The catalogue did not arrive (offline): the page stays readable in the language it shows.
      });
    return () => {
      current = false;
    };
  }, [wanted]);
  return isLanguage(active.locale) ? active.locale : "en";
}

export { i18n };
