import { parse, type Token } from "@messageformat/parser";
import { readFileSync } from "node:fs";
import PO from "pofile";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../domain/locales";

/**
 * The message catalogues are complete in every language: each English message has a translation, with the
 * same placeholders ({name}, plural and select arguments) and the same numbered tags (<0>…</0>) as the
 * English, so no reader meets an English word or a broken sentence in another language.
 */
const catalogue = (language: string) =>
  PO.parse(readFileSync(new URL(`../locales/${language}/messages.po`, import.meta.url), "utf8"));

/** The argument names and tags a message uses, sorted: what a translation must keep. */
function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "content") continue;
      if (token.type === "octothorpe") continue;
      found.add(`{${token.arg}}`);
      if ("cases" in token) for (const branch of token.cases) visit(branch.tokens);
    }
  };
  visit(parse(message, { strict: false }));
  for (const tag of message.matchAll(/<\/?(\d+)\/?>/g)) found.add(tag[0]);
  return [...found].sort();
}

const english = catalogue("en").items.filter((item) => item.msgid !== "");

describe("the message catalogues", () => {
  it("hold the interface's words in English", () => {
    expect(english.length).toBeGreaterThan(150);
  });

  for (const language of LANGUAGES.filter((tag) => tag !== "en")) {
    it(`has every message in ${language}, with the English placeholders and tags`, () => {
      const translated = new Map(catalogue(language).items.map((item) => [item.msgid, item.msgstr[0] ?? ""]));
      const missing = english
        .filter((item) => (translated.get(item.msgid) ?? "").trim() === "")
        .map((item) => item.msgid);
      expect(missing).toEqual([]);
      const mismatched = english
        .filter((item) => translated.has(item.msgid))
        .filter((item) => placeholdersOf(item.msgid).join() !== placeholdersOf(translated.get(item.msgid)!).join())
        .map((item) => `${item.msgid} → ${translated.get(item.msgid)}`);
      expect(mismatched).toEqual([]);
    });
  }
});
