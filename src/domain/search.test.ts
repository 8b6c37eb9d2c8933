import { describe, expect, it } from "vitest";
import { contentTerms, inPeriod, matchesTerms, normaliseForSearch, parseQueryDates, queryTerms } from "./search";
import { spanOf } from "./dates";

describe("search normalisation", () => {
  it.each([
    ["Kābul", "kabul"],
    ["MUTTAQI", "muttaqi"],
    ["Guantánamo", "guantanamo"],
    ["Abbey  Gate!", "abbey gate"],
    ["U.S.–Taliban", "us taliban"],
    ["the U.N. and the US", "the un and the us"],
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

describe("what a query means", () => {
  it("leaves out the small words of a question, and keeps the ones a student searches for", () => {
    expect(contentTerms("Why did the Taliban free George Glezmann?")).toEqual([
      "taliban",
      "free",
      "george",
      "glezmann",
    ]);
    expect(contentTerms("What happened after the war?")).toEqual(["after", "war"]);
    expect(contentTerms("the")).toEqual([]);
  });

  it("leaves out a question's small words in Spanish, Dari and Pashto too, however they are typed", () => {
    expect(contentTerms("¿Por qué los talibanes liberaron a George Glezmann?")).toEqual([
      "talibanes",
      "liberaron",
      "george",
      "glezmann",
    ]);
    expect(contentTerms("چرا طالبان جورج گلزمن را آزاد کردند؟")).toEqual(["طالبان", "جورج", "گلزمن", "ازاد"]);
    // Arabic yeh for Persian yeh, as many keyboards type it: still the same small word.
    expect(contentTerms("چطور طالبان به كابل رسيدند")).toEqual(["طالبان", "کابل", "رسیدند"]);
    expect(contentTerms("طالبانو ولې جورج ګلزمن خوشې کړ؟")).toEqual(["طالبانو", "جورج", "ګلزمن", "خوشې"]);
    // An English word that is also a small word elsewhere stays ("son" is Spanish for "are").
    expect(contentTerms("Haqqani's son")).toEqual(["haqqanis", "son"]);
  });

  it.each([
    ["August 2021", "August 2021", "2021-08", ""],
    ["aug 2021 airport", "August 2021", "2021-08", "airport"],
    ["Kabul airport in 2021", "2021", "2021", "kabul airport in"],
    ["26 August 2021", "26 August 2021", "2021-08-26", ""],
    ["August 26th, 2021", "26 August 2021", "2021-08-26", ""],
  ])("%j names %j", (query, label, date, words) => {
    const { period, words: rest } = parseQueryDates(query);
    expect(period?.label).toBe(label);
    expect({ start: period?.start, end: period?.end }).toEqual(spanOf(date));
    expect(rest).toBe(words);
  });

  it("spans from the first date to the last, and leaves a month without a year as a word", () => {
    const { period } = parseQueryDates("2020 to 2021");
    expect({ start: period?.start, end: period?.end }).toEqual(spanOf("2020", "2021"));
    expect(parseQueryDates("May the talks").period).toBeNull();
    expect(parseQueryDates("Executive Order 14064").period).toBeNull();
    // No such day: the month and year still count.
    expect(parseQueryDates("31 September 2021").period?.label).toBe("September 2021");
  });

  it("keeps an event whose span overlaps the period at all", () => {
    const { period } = parseQueryDates("August 2021");
    expect(inPeriod(period, spanOf("2021-07-01", "2021-08-01")!)).toBe(true);
    expect(inPeriod(period, spanOf("2021-07-31")!)).toBe(false);
    expect(inPeriod(period, spanOf("2021-09")!)).toBe(false);
    expect(inPeriod(null, spanOf("1999")!)).toBe(true);
  });
});

describe("Dari and Pashto as they are typed", () => {
  it("reads the keyboards' variants of a letter as one, and drops tatweel, joiners and vowel marks", () => {
    expect(normaliseForSearch("كابل")).toBe(normaliseForSearch("کابل"));
    expect(normaliseForSearch("طالبان يي")).toBe(normaliseForSearch("طالبان یی"));
    expect(normaliseForSearch("زنە")).toBe(normaliseForSearch("زنه"));
    expect(normaliseForSearch("می‌خواهد")).toBe("میخواهد");
    expect(normaliseForSearch("طالـــبان")).toBe("طالبان");
    expect(normaliseForSearch("مُحَمَّد")).toBe("محمد");
  });

  it("reads Eastern Arabic-Indic digits as digits, so a year typed either way is a year", () => {
    expect(normaliseForSearch("۲۰۲۱")).toBe("2021");
    expect(normaliseForSearch("٢٠٢١")).toBe("2021");
    expect(parseQueryDates("اگست ۲۰۲۱").period).toEqual(parseQueryDates("2021").period);
  });
});
