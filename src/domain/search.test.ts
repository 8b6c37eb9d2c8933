import { describe, expect, it } from "vitest";
import { matchesTerms, normaliseForSearch, queryTerms } from "./search";

describe("search normalisation", () => {
  it.each([
    ["Kābul", "kabul"],
    ["MUTTAQI", "muttaqi"],
    ["Guantánamo", "guantanamo"],
    ["Abbey  Gate!", "abbey gate"],
    ["U.S.–Taliban", "u s taliban"],
    ["Taliban’s", "talibans"],
    ["ＡＢＣ", "abc"],
    ["   ", ""],
  ])("%j reads as %j", (text, expected) => {
    expect(normaliseForSearch(text)).toBe(expected);
  });

  it("splits a query into distinct words", () => {
    expect(queryTerms("  Abbey gate GATE ")).toEqual(["abbey", "gate"]);
    expect(queryTerms("")).toEqual([]);
    expect(queryTerms("—")).toEqual([]);
  });

  it("needs every word, anywhere in the text", () => {
    const text = normaliseForSearch("An ISIS-K bomber struck at Abbey Gate of Kābul airport");
    expect(matchesTerms(text, queryTerms("kabul gate"))).toBe(true);
    expect(matchesTerms(text, queryTerms("KABUL doha"))).toBe(false);
    expect(matchesTerms(text, queryTerms("isis k"))).toBe(true);
    expect(matchesTerms(text, [])).toBe(true);
  });
});
