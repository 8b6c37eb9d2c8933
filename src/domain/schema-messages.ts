import { notADate } from "./dataset-hints";
import { VERDICTS } from "./limits";
import { say } from "./say";

/**
 * The dataset schema's messages (schema.ts), in the page's language. Each is worded when a problem is found
 * (the language can change after the schema is built), and is free of Lingui's macros: scripts and the e2e
 * tests validate in plain Node, where these are the English (say.ts). The schema's descriptions are not here:
 * they document the format in the published JSON Schema, in English like the format's field names.
 */
export const SAY = {
  empty: () => say(/*i18n*/ "must not be empty"),
  id: () => say(/*i18n*/ "expected an id as text"),
  idShape: () => say(/*i18n*/ 'expected a kebab-case id such as "doha-agreement" (a–z, 0–9 and single hyphens)'),
  date: () => say(/*i18n*/ 'expected a date as text, "YYYY-MM-DD", "YYYY-MM" or "YYYY"'),
  notADate,
  notReal: (value: string) => say(/*i18n*/ '"{value}" is not a real calendar date', { value }),
  precision: () => say(/*i18n*/ 'expected "day", "month" or "year"'),
  tooLong: (max: number, length: number, advice: string) =>
    say(/*i18n*/ "at most {max} characters (this is {length}): {advice}", { max, length, advice }),
  sourceKind: () => say(/*i18n*/ 'expected "primary", "report" or "analysis"'),
  paragraph: () => say(/*i18n*/ "expected a paragraph number"),
  wholeParagraph: () => say(/*i18n*/ "expected a whole paragraph number"),
  firstParagraph: () => say(/*i18n*/ "paragraph numbers start at 1"),
  relation: () => say(/*i18n*/ 'expected "led-to", "response-to", "part-of" or "see-also"'),
  provenance: () => say(/*i18n*/ 'expected "article", "context" or "after-article"'),
  boolean: () => say(/*i18n*/ "expected true or false"),
  verdict: () => say(/*i18n*/ "expected {values}", { values: VERDICTS.map((verdict) => `"${verdict}"`).join(", ") }),
  languageTag: () => say(/*i18n*/ 'expected a language tag such as "en"'),
  languageShape: () => say(/*i18n*/ 'expected a BCP 47 language tag such as "en" or "en-US"'),
  version: (version: number) => () => say(/*i18n*/ "expected schemaVersion {version}", { version }),
  actorKind: () => say(/*i18n*/ 'expected "state", "group", "person" or "organisation"'),
  oneStep: () => say(/*i18n*/ "needs at least one step"),
  oneShowingEvent: () => say(/*i18n*/ "needs at least one event that shows it"),
  oneTrack: () => say(/*i18n*/ "needs at least one track"),
  oneEvent: () => say(/*i18n*/ "needs at least one event"),
};

/** The advice after "at most … characters", for each bounded text. */
export const ADVICE = {
  quote: () => say(/*i18n*/ "quote the sentence or phrase the event relies on"),
  words: () => say(/*i18n*/ "quote the key sentence and paraphrase the rest"),
  shortTitle: () => say(/*i18n*/ "the timeline has room for a few words"),
  shortTitleTranslated: () => say(/*i18n*/ "the timeline has room for a few words, in any language"),
  prompt: () => say(/*i18n*/ "ask one question; the cards hold the rest"),
  claim: () => say(/*i18n*/ "quote the claim itself; the explanation holds the rest"),
};

/** What each text field was expected to be, for the message when it is not text. */
export const EXPECTED = {
  title: () => say(/*i18n*/ "expected a title as text"),
  publisher: () => say(/*i18n*/ "expected a publisher as text"),
  url: () => say(/*i18n*/ "expected a URL as text"),
  carrier: () => say(/*i18n*/ "expected the carrier's name as text"),
  paraphrase: () => say(/*i18n*/ "expected a paraphrase as text"),
  summary: () => say(/*i18n*/ "expected a summary as text"),
  tag: () => say(/*i18n*/ "expected a tag as text"),
  pictureAddress: () => say(/*i18n*/ "expected a picture's address as text"),
  alt: () => say(/*i18n*/ "expected alt text as text"),
  credit: () => say(/*i18n*/ "expected a credit as text"),
  caption: () => say(/*i18n*/ "expected a caption as text"),
  label: () => say(/*i18n*/ "expected a label as text"),
  explanation: () => say(/*i18n*/ "expected an explanation as text"),
  details: () => say(/*i18n*/ "expected details as text"),
  notes: () => say(/*i18n*/ "expected notes as text"),
  articleWords: () => say(/*i18n*/ "expected the article's words as text"),
  actorWords: () => say(/*i18n*/ "expected the actor's words as text"),
  shortTitle: () => say(/*i18n*/ "expected a short title as text"),
  prompt: () => say(/*i18n*/ "expected a prompt as text"),
  description: () => say(/*i18n*/ "expected a description as text"),
};
