import { say } from "./say";

/**
 * Plain-language advice shown under each problem with a teacher's file, in the page's language (getters:
 * the language can change after this module is loaded). Free of Lingui's macros: scripts and the e2e
 * tests validate datasets in plain Node, where these are the English (say.ts).
 */
export const HINTS = {
  get date() {
    return say(/*i18n*/ "Write dates as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year).");
  },
  get calendar() {
    return say(/*i18n*/ "Check the day and month: this day does not exist in that month.");
  },
  get precision() {
    return say(
      /*i18n*/ "Give the date as many parts as its precision says, or change the precision to match the date.",
    );
  },
  get order() {
    return say(/*i18n*/ "Swap the two dates, or correct the year.");
  },
  get track() {
    return say(/*i18n*/ 'Use the id of one of the tracks listed under "tracks", or add a track with this id.');
  },
  get actor() {
    return say(/*i18n*/ 'Use the id of one of the actors listed under "actors", or add an actor with this id.');
  },
  get related() {
    return say(/*i18n*/ "Point the link at the id of another event in this file, or remove the link.");
  },
  get paragraphs() {
    return say(/*i18n*/ 'Use [] here, or set provenance to "article" if the source article reports this event.');
  },
  get quoteParagraph() {
    return say(/*i18n*/ 'Add the paragraph to "articleParagraphs", or correct the quote\'s paragraph number.');
  },
  get perspective() {
    return say(
      /*i18n*/ 'Give the actor\'s own words in "words" (quoted as a report gives them) or your summary of them in "paraphrase".',
    );
  },
  get corrects() {
    return say(
      /*i18n*/ 'Set "correctsArticle" only on an event the source reports (provenance "article") whose "notes" say where the record differs.',
    );
  },
  get unique() {
    return say(/*i18n*/ "Give each item its own id, for example by adding -2 to the second one.");
  },
  get media() {
    return say(/*i18n*/ "Give the picture's full web address, starting with https://.");
  },
  get lessonStep() {
    return say(/*i18n*/ "Use the id of one of this file's events (as an event=… link does), or remove the step.");
  },
  get lessonClaim() {
    return say(/*i18n*/ 'Use the id of one of this file\'s claims (under "claims"), or remove the step\'s "claim".');
  },
  get translated() {
    return say(/*i18n*/ "Use the id the item has in this file (translations are keyed by id), or remove the entry.");
  },
  get prompts() {
    return say(
      /*i18n*/ "Give one prompt per step, in the steps' order, or fewer: a step without one shows the original.",
    );
  },
  get ownLanguage() {
    return say(/*i18n*/ 'Put the text in the dataset itself: "translations" is for languages other than "language".');
  },
  get claimEvent() {
    return say(/*i18n*/ "Use the id of one of this file's events that shows the claim.");
  },
  // The hints of the format's own checks (validate-dataset.ts), here so the sheet can tell them apart.
  get unknownField() {
    return say(/*i18n*/ "Remove this field, or check its spelling: the published schema lists every field.");
  },
  get listed() {
    return say(/*i18n*/ "Use one of the values listed.");
  },
  get idShape() {
    return say(/*i18n*/ "Ids use lower-case letters, digits and single hyphens, like doha-agreement.");
  },
  get addOne() {
    return say(/*i18n*/ "Add at least one.");
  },
  get required() {
    return say(/*i18n*/ "Add this field: every item needs it.");
  },
  get kind() {
    return say(/*i18n*/ "Change the value to the kind expected.");
  },
  get write() {
    return say(/*i18n*/ "Write something here, or remove the field if it is optional.");
  },
};

/** The format's hints that speak of JSON fields, which a sheet's problem replaces with advice about cells. */
export const fieldHints = (): string[] => [HINTS.unknownField, HINTS.required, HINTS.write];

/** The message for a date that is not written as the format writes dates (the sheet tells an empty one apart). */
export const notADate = (value: string) =>
  say(/*i18n*/ '"{value}" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"', { value });
