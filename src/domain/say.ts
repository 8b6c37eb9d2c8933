import { i18n } from "@lingui/core";

/**
 * A message of the catalogue, for the modules that must stay free of Lingui's macros: the e2e tests and
 * the scripts load them in plain Node (view-state.ts, packed-parameters.ts). The English is the message's
 * id, marked for `lingui extract` where it is written: `say(/*i18n*\/ "there is no “{value}”", { value })`.
 * In the page and the unit tests (a catalogue active) it is the message in the page's language; in plain
 * Node, and in English where its catalogue leaves the message out (scripts/english-first-load.ts), the
 * English with its placeholders filled.
 */
export function say(id: string, values: Record<string, string | number> = {}): string {
  if (i18n.locale && i18n.messages[id] !== undefined) return i18n._(id, values);
  return id.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
