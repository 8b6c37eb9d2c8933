import { say } from "./say";

/**
 * The words of a TimelineJS file's conversion (timelinejs.ts) in the page's language: its problems, the notes
 * on what was left out or assumed, and the names it gives what the file leaves unnamed (a track, an event's
 * title, the timeline's). Worded when a file is read; free of Lingui's macros, as say.ts says why.
 */
export const SAY = {
  needsEvents: () => say(/*i18n*/ "a TimelineJS file needs a list of events"),
  noDate: () => say(/*i18n*/ "has no date"),
  noYear: () => say(/*i18n*/ "has no year"),
  wholeYear: () => say(/*i18n*/ "has a year that is not a whole number"),
  yearRange: (year: number) =>
    say(/*i18n*/ "has the year {year}, outside 1–9999 (dates before the common era cannot be shown yet)", { year }),
  month: () => say(/*i18n*/ "has a month that is not 1–12"),
  day: () => say(/*i18n*/ "has a day that is not in its month"),
  notAnEvent: () => say(/*i18n*/ "is not an event"),
  endsBeforeStart: () => say(/*i18n*/ "ends before it starts"),
  singleDate: (path: string, problem: string) =>
    say(/*i18n*/ "{path}: its end date {problem}, so it is shown as a single date.", { path, problem }),
  endedBefore: (title: string) =>
    say(/*i18n*/ "“{title}” ended before it started, so only its start date is kept.", { title }),
  noEventRead: (left: string) => say(/*i18n*/ "no event could be read: {left}", { left }),
  noEvents: () => say(/*i18n*/ "the file has no events"),
  leftOut: (left: string) => say(/*i18n*/ "Left out, as they cannot be shown: {left}.", { left }),
  titleMedia: () => say(/*i18n*/ "The title slide's picture is not shown."),
  mediaLinks: (count: number) =>
    count === 1
      ? say(/*i18n*/ "Media that are not pictures (1 item) are kept as links among the events' sources.")
      : say(/*i18n*/ "Media that are not pictures ({count} items) are kept as links among the events' sources.", {
          count,
        }),
  backgrounds: (count: number) =>
    count === 1
      ? say(/*i18n*/ "Slide backgrounds (1 event) are not carried over.")
      : say(/*i18n*/ "Slide backgrounds ({count} events) are not carried over.", { count }),
  times: (count: number) =>
    count === 1
      ? say(/*i18n*/ "Times of day (1 event) are not shown; dates are.")
      : say(/*i18n*/ "Times of day ({count} events) are not shown; dates are.", { count }),
  displayDates: (count: number) =>
    count === 1
      ? say(/*i18n*/ "Custom date labels (1 event) are kept in the events' notes.")
      : say(/*i18n*/ "Custom date labels ({count} events) are kept in the events' notes.", { count }),
  context: () =>
    say(
      /*i18n*/ "Every event is marked “Not in the article” (context): a TimelineJS file does not say which source reports it.",
    ),
  // What the file leaves unnamed, named in the dataset made from it.
  picture: () => say(/*i18n*/ "Picture"),
  otherEvents: () => say(/*i18n*/ "Other events"),
  events: () => say(/*i18n*/ "Events"),
  untitled: (number: number) => say(/*i18n*/ "Untitled event {number}", { number }),
  era: (number: number) => say(/*i18n*/ "Era {number}", { number }),
  shownDate: (display: string) => say(/*i18n*/ "The TimelineJS file showed the date as “{display}”.", { display }),
  title: () => say(/*i18n*/ "Imported timeline"),
  description: () => say(/*i18n*/ "Converted from a TimelineJS file."),
};
