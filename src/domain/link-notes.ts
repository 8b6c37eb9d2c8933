import { say } from "./say";

/**
 * What the reader is told about a part of the link that could not be used (view-state.ts), in the page's
 * language. Free of Lingui's macros: the e2e tests load the codec in plain Node (say.ts).
 */
export const NOTE = {
  unreadable: () => say(/*i18n*/ "the link's parameters could not be read"),
  repeated: (key: string, count: number) =>
    say(/*i18n*/ "{key} was given {count} times; the first value was used", { key, count }),
  tooLong: (key: string) => say(/*i18n*/ "{key} was too long to be a real value", { key }),
  provenance: (value: string) =>
    say(/*i18n*/ "“{value}” is not a provenance (article, context or after-article)", { value }),
  backwards: (to: string, from: string) =>
    say(/*i18n*/ "the date range ended ({to}) before it started ({from}); the end was dropped", { to, from }),
  sort: (value: string) =>
    say(/*i18n*/ "sort “{value}” is not understood (use sort=date); best matches come first", { value }),
  event: (value: string) => say(/*i18n*/ "“{value}” is not an event id", { value }),
  embed: (value: string) => say(/*i18n*/ "embed=“{value}” is not understood (use embed=1)", { value }),
  filters: (value: string) => say(/*i18n*/ "filters=“{value}” is not understood (use filters=1)", { value }),
  theme: (value: string) => say(/*i18n*/ "theme “{value}” is not light or dark; the system setting is used", { value }),
  twoTimelines: () =>
    say(/*i18n*/ "the link carries a timeline and also names one to load (data=); the one it carries is shown"),
  lesson: (value: string) => say(/*i18n*/ "“{value}” is not a lesson id", { value }),
  step: (value: string) =>
    say(/*i18n*/ "step “{value}” is not a step number (1, 2, 3…); the first step is shown", { value }),
  lang: (value: string) =>
    say(/*i18n*/ "lang “{value}” is not a language of the explorer (en, es, fa, ps); the browser's is used", { value }),
  view: (value: string) =>
    say(/*i18n*/ "view “{value}” is not a view of the explorer (view=claims checks the article)", { value }),
  claim: (value: string) => say(/*i18n*/ "“{value}” is not a claim id", { value }),
  stepWithoutLesson: () => say(/*i18n*/ "step was given without a lesson"),
  track: (value: string) => say(/*i18n*/ "“{value}” is not a track id", { value }),
  actor: (value: string) => say(/*i18n*/ "“{value}” is not an actor id", { value }),
  manyTracks: (max: number) => say(/*i18n*/ "only the first {max} tracks were read", { max }),
  manyActors: (max: number) => say(/*i18n*/ "only the first {max} actors were read", { max }),
  date: (key: string, value: string) =>
    say(/*i18n*/ "{key} “{value}” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", { key, value }),
};
