/**
 * "Download spreadsheet template": a sheet to fill in, which explains itself where a teacher looks. Below
 * the explorer's columns come two note rows (their id starts with #, so the reader skips them): one saying
 * how the sheet is laid out, one saying for every column whether it is required, what to write and an
 * example. Then a `dataset` row for the title, and three events of the default timeline (its own words and
 * sources, template-events.ts) showing a day, a span and several actors, their dates in words as the
 * download writes them. Plain text cells only, so Google Sheets, Excel and LibreOffice show them as written.
 *
 * The guide is in the page's language, worded when the template is made (say.ts: plain Node loads this
 * module, so no macros). What the reader parses stays as it reads it, inside the translated sentences: the
 * columns' names, dates, ids, day/month/year, relation and provenance words, "(state)" and the like.
 */
import { toCsv } from "./csv";
import { SHEET_COLUMNS, type SheetColumn } from "./explorer-sheet";
import { say } from "./say";
import { TEMPLATE_EVENTS } from "./template-events";

export { TEMPLATE_EVENTS } from "./template-events";

/** A row whose id starts with this is a note for the reader of the sheet, not an event: it is skipped. */
export const NOTE_MARK = "#";

/** The first note row: how the sheet is laid out (after NOTE_MARK). */
const layout = () =>
  say(
    /*i18n*/ "Rows whose id starts with # are notes for you: the explorer skips them, so keep them or delete them. Keep the first row, the columns' names: a column you do not use stays empty. The row below says what each column holds: whether it is required, what to write, an example. The row after it is the timeline's own (its title and what it is about). Each row below that is one event: replace the examples with yours.",
  );

/** What each column holds, in the template's second note row: required or not, what to write, an example. */
const GUIDE: { readonly [column in SheetColumn]: () => string } = {
  id: () =>
    say(
      /*i18n*/ "Optional: made from the title when empty. A short name for links to the event, unique, in lower case with hyphens. Example: doha-agreement",
    ),
  date: () =>
    say(
      /*i18n*/ "Optional: read only when start is empty, and the page then says so. The date in words. Examples: Feb 29, 2020 · Aug 2021 · Aug 14–30, 2021",
    ),
  start: () =>
    say(
      /*i18n*/ "Required, unless the date column has the date. When it happened or began: year-month-day, year-month or a year. Examples: 2020-02-29 · 2021-08 · 1892",
    ),
  end: () => say(/*i18n*/ "Optional: only for a span, and not before start. Written as start is. Example: 2021-08-30"),
  precision: () =>
    say(/*i18n*/ "Optional: taken from start when empty. How exact the date is: day, month or year. Example: month"),
  title: () =>
    say(
      /*i18n*/ "Required. The event's headline; on the timeline's own row, the timeline's title. Example: U.S. and Taliban sign the Doha agreement",
    ),
  // The track events without one go in: the reader's own word for it, in the page's language.
  track: () =>
    say(
      /*i18n*/ "Optional: {track} when empty. The band of the timeline the event is shown in; a new name makes a new band. Example: Diplomacy and recognition",
      { track: say(/*i18n*/ "Events") },
    ),
  actors: () =>
    say(
      /*i18n*/ "Optional. Who took part, separated by ; with a new name's kind in brackets: state, group, person or organisation. Example: Qatar (state); Taliban (group)",
    ),
  provenance: () =>
    say(
      /*i18n*/ "Optional: Not in the article when empty. Only for a timeline that follows one article: In the article, Not in the article or After the article",
    ),
  summary: () => say(/*i18n*/ "Required. One or two sentences; on the timeline's own row, what the timeline is about."),
  details: () => say(/*i18n*/ "Optional. More about the event, in paragraphs with a blank line between them."),
  notes: () => say(/*i18n*/ "Optional. Where the record and a source differ."),
  corrects_article: () => say(/*i18n*/ "Optional. yes when the notes correct or qualify the source article."),
  article_paragraphs: () =>
    say(/*i18n*/ "Optional. The source article's paragraphs the event draws on. Example: P3 P5"),
  sources: () =>
    say(
      /*i18n*/ "Optional. One source per line (a new line in the cell: Alt+Enter in Excel, Ctrl+Enter in Google Sheets or LibreOffice): title | publisher | address | date | kind | via, the last parts optional; kind is primary, report or analysis.",
    ),
  related: () =>
    say(
      /*i18n*/ "Optional. Links to other events by their id, separated by ;: led-to, response-to, part-of or see-also. Example: see-also: doha-agreement",
    ),
  article_quotes: () =>
    say(
      /*i18n*/ "Optional. The source article's own words, one quote per line: its paragraph | the words. Example: P5 | goodwill gestures",
    ),
  perspectives: () =>
    say(
      /*i18n*/ "Optional. How each side saw the event, as the download writes it (a list in [ ]); best edited in the JSON download.",
    ),
  short_title: () =>
    say(/*i18n*/ "Optional. A label of at most 32 characters for the timeline. Example: Doha agreement signed"),
  tags: () => say(/*i18n*/ "Optional. Words to search by, separated by ;. Example: agreement; withdrawal"),
  media_url: () =>
    say(/*i18n*/ "Optional. A picture's address, starting https:. Example: https://example.org/picture.jpg"),
  media_alt: () => say(/*i18n*/ "Required with a picture. What the picture shows, for readers who cannot see it."),
  media_credit: () => say(/*i18n*/ "Optional. Who made the picture. Example: AP Photo"),
  media_caption: () => say(/*i18n*/ "Optional. A caption shown under the picture."),
  verdict: () =>
    say(
      /*i18n*/ "Optional: only on a claim row, where it is required. What the record shows of the claim: accurate, imprecise, wrong, unsupported or opinion. Example: wrong",
    ),
  type: () =>
    say(
      /*i18n*/ "Leave empty for an event. On the timeline's own row: dataset. On a claim of the source article (Check the article): claim, with its id, its paragraph in article_paragraphs, the article's words in title, our explanation in summary, and the events that show it in related, separated by ;",
    ),
  settings: () =>
    say(/*i18n*/ "Leave empty: the download fills it on the timeline's own row (its bands, actors and periods)."),
  lessons: () => say(/*i18n*/ "Leave empty: the download fills it on the timeline's own row (its lessons)."),
};

/**
 * What each column holds, in the page's language when read (each cell worded when it is read, so a change of
 * language is followed). The template's row puts NOTE_MARK before the first cell.
 */
export const COLUMN_GUIDE: Readonly<Record<SheetColumn, string>> = Object.defineProperties(
  {} as Record<SheetColumn, string>,
  Object.fromEntries(SHEET_COLUMNS.map((column) => [column, { get: GUIDE[column], enumerable: true }])),
);

/** The rows the template's own notes are in: the two below the header (the header is row 1). */
const NOTE_ROWS = [2, 3];

/**
 * Whether a note (a row whose id starts with NOTE_MARK) is one of the template's own, skipped without a word
 * (other notes are named): by where it is, not by its words, so a template written in one language is
 * recognised when it is opened in another.
 */
export const isTemplateNote = (id: string, row: number) => id.startsWith(NOTE_MARK) && NOTE_ROWS.includes(row);

export function sheetTemplate(): string {
  const row = (cells: Partial<Record<SheetColumn, string>>) => SHEET_COLUMNS.map((column) => cells[column] ?? "");
  const note = (text: string) => `${NOTE_MARK} ${text}`;
  return `\uFEFF${toCsv(SHEET_COLUMNS, [
    row({ id: note(layout()) }),
    row({ ...COLUMN_GUIDE, id: note(COLUMN_GUIDE.id) }),
    row({
      type: "dataset",
      id: "my-timeline",
      title: say(/*i18n*/ "My timeline"),
      summary: say(/*i18n*/ "What the timeline is about, in a sentence or two."),
    }),
    ...TEMPLATE_EVENTS.map((event) => row(event)),
  ])}`;
}
