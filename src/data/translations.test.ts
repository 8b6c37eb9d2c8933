/**
 * The default dataset's reading layer in Spanish, Dari and Pashto, checked against the English field by field:
 * every text is there (and nothing for an id the dataset lacks), the glossary's names are written its way, every
 * number of the English is in the translation and none is added, and a quotation stays a quotation.
 */
import { describe, expect, it } from "vitest";
import type { Translation } from "../domain/schema";
import { foldScripts, normaliseForSearch } from "../domain/search";
import { usTalibanRelations as dataset } from "./us-taliban-relations";
import { glossary, type GlossaryEntry } from "./us-taliban-relations/glossary";

const LANGUAGES = ["es", "fa", "ps"] as const;
type Language = (typeof LANGUAGES)[number];

const translationOf = (lang: Language): Translation => dataset.translations?.[lang] ?? {};

/** One translated text beside its English original, named by its path in the dataset. */
interface Field {
  path: string;
  en: string;
  tr: string | undefined;
}

/** Every field of the reading layer the dataset has in English, with what the translation gives for it. */
function fieldsOf(lang: Language): Field[] {
  const tr = translationOf(lang);
  const fields: Field[] = [
    { path: "title", en: dataset.title, tr: tr.title },
    { path: "description", en: dataset.description ?? "", tr: tr.description },
  ];
  for (const track of dataset.tracks) {
    fields.push({ path: `tracks.${track.id}.label`, en: track.label, tr: tr.tracks?.[track.id]?.label });
    if (track.description !== undefined)
      fields.push({
        path: `tracks.${track.id}.description`,
        en: track.description,
        tr: tr.tracks?.[track.id]?.description,
      });
  }
  for (const [group, items] of [
    ["actors", dataset.actors],
    ["periods", dataset.periods ?? []],
    ["presets", dataset.presets ?? []],
  ] as const) {
    for (const item of items)
      fields.push({ path: `${group}.${item.id}.label`, en: item.label, tr: tr[group]?.[item.id]?.label });
  }
  for (const event of dataset.events) {
    const text = tr.events?.[event.id];
    fields.push({ path: `events.${event.id}.title`, en: event.title, tr: text?.title });
    if (event.shortTitle !== undefined)
      fields.push({ path: `events.${event.id}.shortTitle`, en: event.shortTitle, tr: text?.shortTitle });
    fields.push({ path: `events.${event.id}.summary`, en: event.summary, tr: text?.summary });
  }
  for (const lesson of dataset.lessons ?? []) {
    const text = tr.lessons?.[lesson.id];
    fields.push({ path: `lessons.${lesson.id}.title`, en: lesson.title, tr: text?.title });
    if (lesson.description !== undefined)
      fields.push({ path: `lessons.${lesson.id}.description`, en: lesson.description, tr: text?.description });
    lesson.steps.forEach((step, index) =>
      fields.push({ path: `lessons.${lesson.id}.prompts.${index}`, en: step.prompt, tr: text?.prompts?.[index] }),
    );
  }
  for (const claim of dataset.claims ?? [])
    fields.push({
      path: `claims.${claim.id}.explanation`,
      en: claim.explanation,
      tr: tr.claims?.[claim.id]?.explanation,
    });
  return fields;
}

/** The paths the translation gives a text for, in the same naming as fieldsOf. */
function translatedPaths(lang: Language): string[] {
  const tr = translationOf(lang);
  const paths: string[] = [];
  if (tr.title !== undefined) paths.push("title");
  if (tr.description !== undefined) paths.push("description");
  for (const group of ["tracks", "actors", "periods", "presets", "events", "lessons", "claims"] as const) {
    for (const [id, text] of Object.entries(tr[group] ?? {})) {
      for (const [key, value] of Object.entries(text as Record<string, unknown>)) {
        if (Array.isArray(value)) value.forEach((_prompt, index) => paths.push(`${group}.${id}.${key}.${index}`));
        else if (value !== undefined) paths.push(`${group}.${id}.${key}`);
      }
    }
  }
  return paths;
}

describe.each(LANGUAGES)("the %s translation is complete", (lang) => {
  it("has a text for every translatable field of the dataset", () => {
    const missing = fieldsOf(lang)
      .filter((field) => field.en.trim() !== "" && (field.tr === undefined || field.tr.trim() === ""))
      .map((field) => field.path);
    expect(missing).toEqual([]);
  });

  it("has no text for an id, field or step the dataset lacks", () => {
    const known = new Set(fieldsOf(lang).map((field) => field.path));
    expect(translatedPaths(lang).filter((path) => !known.has(path))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Glossary names

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWord = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}#])${escape(form)}(?![\\p{L}\\p{N}])`, "gu");

/** The names the check asks for: people, places and organisations (a term may be worded freely). */
const names = glossary.filter((entry) => entry.kind !== "term");

/** Every English form of every name, longest first, so "Abdul Ghani Baradar" is found before "Abdul". */
const englishForms = names
  .flatMap((entry) =>
    [entry.en, ...(entry.aliases?.en ?? [])].map((form) => ({ form, entry, pattern: wholeWord(form) })),
  )
  .sort((a, b) => b.form.length - a.form.length);

/** A glossary name an English text mentions, with the form it was written in. */
interface Mention {
  entry: GlossaryEntry;
  /** True when the English wrote one of its aliases ("Baradar", "U.S.") rather than the name itself. */
  alias: boolean;
}

/** The glossary names an English text mentions, each found once, a shorter name inside a longer one not counted. */
function namesIn(english: string): Mention[] {
  let rest = english;
  const found = new Map<GlossaryEntry, boolean>();
  for (const { form, entry, pattern } of englishForms) {
    rest = rest.replace(pattern, (match) => {
      const alias = form !== entry.en;
      found.set(entry, (found.get(entry) ?? true) && alias);
      return " ".repeat(match.length);
    });
  }
  return [...found].map(([entry, alias]) => ({ entry, alias }));
}

const padded = (text: string) => ` ${normaliseForSearch(text)} `;

/**
 * The forms a translation may write a name in: the glossary's, its accepted `forms`, and, where the English
 * itself used a person's short name ("Baradar" for Abdul Ghani Baradar), the last word of the glossary's form.
 */
function acceptedForms({ entry, alias }: Mention, lang: Language): string[] {
  const forms = [entry[lang], ...(entry.forms?.[lang] ?? [])];
  if (alias && entry.kind === "person") forms.push(entry[lang].split(" ").at(-1)!);
  return forms;
}

/** True when the translation writes the name the glossary's way (or in one of its accepted forms). */
function writesName(translation: string, mention: Mention, lang: Language): boolean {
  const text = padded(translation);
  return acceptedForms(mention, lang).some((form) => text.includes(` ${normaliseForSearch(form)} `));
}

function glossaryMisses(lang: Language, fields: Field[]): string[] {
  const misses: string[] = [];
  for (const field of fields) {
    if (field.tr === undefined) continue;
    for (const mention of namesIn(field.en))
      if (!writesName(field.tr, mention, lang))
        misses.push(`${field.path}: ${mention.entry.en} → ${mention.entry[lang]}`);
  }
  return misses;
}

describe.each(LANGUAGES)("the %s translation follows the glossary", (lang) => {
  it("writes every glossary name the English mentions in the glossary's form", () => {
    expect(glossaryMisses(lang, fieldsOf(lang))).toEqual([]);
  });

  it("fails a field that writes a name another way", () => {
    const entry = names.find((name) => name.en === "Zalmay Khalilzad")!;
    const broken: Field = { path: "broken", en: "Zalmay Khalilzad met them.", tr: "—" };
    expect(glossaryMisses(lang, [broken])).toEqual([`broken: Zalmay Khalilzad → ${entry[lang]}`]);
    expect(glossaryMisses(lang, [{ ...broken, tr: `${entry[lang]} —` }])).toEqual([]);
  });

  it("counts a short name inside a longer one as the longer name only", () => {
    expect(namesIn("Abdul Ghani Baradar signed it in Doha.").map((mention) => mention.entry.en)).toEqual([
      "Abdul Ghani Baradar",
      "Doha",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/**
 * A number as digits: Eastern Arabic-Indic digits read as Western ones, a thousands separator (`,` `.` `٬` or a
 * space before a group of three digits) dropped, a decimal separator (`.` `,` `٫`) read as a point.
 */
const NUMBER = /\d+(?:(?:[,.٬]|[ \u00A0\u202F](?=\d{3}(?!\d)))\d{3}(?!\d))*(?:[.,٫]\d+)?/g;

function numbersIn(text: string): string[] {
  return [...foldScripts(text).matchAll(NUMBER)].map((match) =>
    match[0]
      .replace(/[,.٬ \u00A0\u202F](?=\d{3}(?!\d))/g, "")
      .replace(/[,٫]/, ".")
      .replace(/^0+(?=\d)/, ""),
  );
}

/**
 * What a number of the English may be written as besides its own digits. Each rendering is the way the
 * language's outlets write it; anything else numeric in a translation is an error.
 */
const RENDERINGS: { english: RegExp; accepted: (match: RegExpMatchArray) => string[]; why: string }[] = [
  {
    // Spanish writes a billion as "mil millones": "$7 billion" is "7.000 millones" (or "7 mil millones", kept as is).
    // Dari and Pashto write میلیارد, the number unchanged.
    english: /(\d+(?:\.\d+)?) billion/g,
    accepted: (match) => [String(Math.round(Number(match[1]) * 1000))],
    why: "billion → mil millones / میلیارد",
  },
];

/**
 * Numbers of the English that a translation writes with words instead: the month of 9/11 becomes a month's name
 * ("11-S", "11 de septiembre", "۱۱ سپتمبر", "د سپتمبر ۱۱مه"), so only its day is required.
 */
const WRITTEN_AS_WORDS: { english: RegExp; required: string[]; why: string }[] = [
  { english: /(?<!\d)9\/11(?!\d)/g, required: ["11"], why: "9/11 → 11-S / ۱۱ سپتمبر" },
];

function numberMisses(fields: Field[]): string[] {
  const misses: string[] = [];
  for (const field of fields) {
    if (field.tr === undefined) continue;
    let english = field.en;
    const required: string[] = [];
    const allowed = new Set<string>();
    for (const { english: pattern, required: day } of WRITTEN_AS_WORDS) {
      english = english.replace(pattern, (match) => {
        required.push(...day);
        numbersIn(match).forEach((number) => allowed.add(number));
        return " ";
      });
    }
    const own = numbersIn(english);
    required.push(...own);
    own.forEach((number) => allowed.add(number));
    const alternatives = new Map<string, string[]>();
    for (const { english: pattern, accepted } of RENDERINGS)
      for (const match of english.matchAll(pattern)) {
        const number = numbersIn(match[1]!)[0]!;
        alternatives.set(number, [...(alternatives.get(number) ?? []), ...accepted(match)]);
        accepted(match).forEach((alternative) => allowed.add(alternative));
      }
    const translated = numbersIn(field.tr);
    const pool = [...translated];
    for (const number of required) {
      const index = pool.findIndex((candidate) => [number, ...(alternatives.get(number) ?? [])].includes(candidate));
      if (index === -1) misses.push(`${field.path}: lacks ${number}`);
      else pool.splice(index, 1);
    }
    for (const number of translated) if (!allowed.has(number)) misses.push(`${field.path}: adds ${number}`);
  }
  return misses;
}

describe.each(LANGUAGES)("the %s translation keeps the numbers", (lang) => {
  it("writes every number, year and date of the English and adds none", () => {
    expect(numberMisses(fieldsOf(lang))).toEqual([]);
  });

  it("fails a field that drops or changes a number", () => {
    const field: Field = { path: "broken", en: "On 15 August 2021, 2,500 troops left.", tr: "15 2021 2500" };
    expect(numberMisses([field])).toEqual([]);
    expect(numberMisses([{ ...field, tr: "۱۵ ۲۰۲۱ ۲٬۵۰۰" }])).toEqual([]);
    expect(numberMisses([{ ...field, tr: "15 2021 2.500" }])).toEqual([]);
    expect(numberMisses([{ ...field, tr: "15 2020 2500" }])).toEqual(["broken: lacks 2021", "broken: adds 2020"]);
  });

  it("accepts only the listed renderings", () => {
    expect(numberMisses([{ path: "b", en: "$7 billion", tr: "7.000 millones" }])).toEqual([]);
    expect(numberMisses([{ path: "b", en: "$7 billion", tr: "۷ میلیارد" }])).toEqual([]);
    expect(numberMisses([{ path: "b", en: "after 9/11", tr: "tras el 11-S" }])).toEqual([]);
    expect(numberMisses([{ path: "b", en: "after 9/11", tr: "tras el 12-S" }])).toEqual(["b: lacks 11", "b: adds 12"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Quotations

const QUOTED_ENGLISH = /“[^”]+”|"[^"]+"/;
const QUOTED_TRANSLATION = /“[^”]+”|«[^»]+»|"[^"]+"/;

function quotationMisses(fields: Field[]): string[] {
  return fields
    .filter((field) => field.tr !== undefined && QUOTED_ENGLISH.test(field.en) && !QUOTED_TRANSLATION.test(field.tr))
    .map((field) => field.path);
}

describe.each(LANGUAGES)("the %s translation keeps quotations", (lang) => {
  it("marks a quotation wherever the English summary quotes words", () => {
    const summaries = fieldsOf(lang).filter((field) => field.path.endsWith(".summary"));
    expect(summaries.some((field) => QUOTED_ENGLISH.test(field.en))).toBe(true);
    expect(quotationMisses(summaries)).toEqual([]);
  });

  it("fails a summary whose quotation marks were dropped", () => {
    expect(quotationMisses([{ path: "b", en: "He called it “a mistake”.", tr: "Lo llamó un error." }])).toEqual(["b"]);
  });
});
