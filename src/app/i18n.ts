import { i18n, type Messages } from "@lingui/core";
import { useLingui } from "@lingui/react";
import { useEffect } from "react";
import { messages as english } from "../locales/en/messages";
import { DIRECTION, INTL_LOCALE, browserLanguage, isLanguage, type Language } from "../domain/locales";

/**
 * The interface's language: English comes with the page (the first load); Spanish, Dari and Pashto each
 * load only when chosen, compiled from their PO catalogues (src/locales/, npm run i18n). The page's
 * `<html lang dir>` follow the language, so screen readers speak it and the layout mirrors for Dari and
 * Pashto.
 */
i18n.load("en", english);
i18n.activate("en");

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
