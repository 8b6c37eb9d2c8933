/** Plain-language advice shown under each problem with a teacher's file. */
export const HINTS = {
  date: "Write dates as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year).",
  calendar: "Check the day and month: this day does not exist in that month.",
  precision: "Give the date as many parts as its precision says, or change the precision to match the date.",
  order: "Swap the two dates, or correct the year.",
  track: 'Use the id of one of the tracks listed under "tracks", or add a track with this id.',
  actor: 'Use the id of one of the actors listed under "actors", or add an actor with this id.',
  related: "Point the link at the id of another event in this file, or remove the link.",
  paragraphs: 'Use [] here, or set provenance to "article" if the source article reports this event.',
  quoteParagraph: 'Add the paragraph to "articleParagraphs", or correct the quote\'s paragraph number.',
  perspective:
    'Give the actor\'s own words in "words" (quoted as a report gives them) or your summary of them in "paraphrase".',
  corrects:
    'Set "correctsArticle" only on an event the source reports (provenance "article") whose "notes" say where the record differs.',
  unique: "Give each item its own id, for example by adding -2 to the second one.",
  media: "Give the picture's full web address, starting with https://.",
  lessonStep: "Use the id of one of this file's events (as an event=… link does), or remove the step.",
  lessonClaim: 'Use the id of one of this file\'s claims (under "claims"), or remove the step\'s "claim".',
  translated: "Use the id the item has in this file (translations are keyed by id), or remove the entry.",
  prompts: "Give one prompt per step, in the steps' order, or fewer: a step without one shows the original.",
  ownLanguage: 'Put the text in the dataset itself: "translations" is for languages other than "language".',
  claimEvent: "Use the id of one of this file's events that shows the claim.",
} as const;
