/**
 * TimelineJS's template columns, as its Google Sheet names them: the format of a teacher's TimelineJS sheet,
 * in English in every language (csv-import.ts reads them; eslint.config.js keeps them out of the catalogue).
 */
export const COLUMN = {
  year: "Year",
  month: "Month",
  day: "Day",
  time: "Time",
  endYear: "End Year",
  endMonth: "End Month",
  endDay: "End Day",
  endTime: "End Time",
  displayDate: "Display Date",
  headline: "Headline",
  text: "Text",
  media: "Media",
  mediaCredit: "Media Credit",
  mediaCaption: "Media Caption",
  mediaThumbnail: "Media Thumbnail",
  type: "Type",
  group: "Group",
  background: "Background",
  altText: "Alt Text",
} as const;

/** The columns of a date's parts, its start's and its end's. */
export const START_COLUMNS = { year: COLUMN.year, month: COLUMN.month, day: COLUMN.day, time: COLUMN.time } as const;
export const END_COLUMNS = {
  year: COLUMN.endYear,
  month: COLUMN.endMonth,
  day: COLUMN.endDay,
  time: COLUMN.endTime,
} as const;
