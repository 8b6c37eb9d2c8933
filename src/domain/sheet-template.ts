/**
 * "Download spreadsheet template": a sheet to fill in, which explains itself where a teacher looks. Below
 * the explorer's columns come two note rows (their id starts with #, so the reader skips them): one saying
 * how the sheet is laid out, one saying for every column whether it is required, what to write and an
 * example. Then a `dataset` row for the title, and three events of the default timeline (its own words and
 * sources) showing a day, a span and several actors, their dates in words as the download writes them.
 * Plain text cells only, so Google Sheets, Excel and LibreOffice show them as written.
 */
import { toCsv } from "./csv";
import { SHEET_COLUMNS, type SheetColumn } from "./explorer-sheet";

/** A row whose id starts with this is a note for the reader of the sheet, not an event: it is skipped. */
export const NOTE_MARK = "#";

const LAYOUT =
  "# Rows whose id starts with # are notes for you: the explorer skips them, so keep them or delete them. Keep the first row, the columns' names: a column you do not use stays empty. The row below says what each column holds: whether it is required, what to write, an example. The row after it is the timeline's own (its title and what it is about). Each row below that is one event: replace the examples with yours.";

/** What each column holds, in the template's second note row: required or not, what to write, an example. */
export const COLUMN_GUIDE: Readonly<Record<SheetColumn, string>> = {
  id: "# Optional: made from the title when empty. A short name for links to the event, unique, in lower case with hyphens. Example: doha-agreement",
  date: "Optional: read only when start is empty, and the page then says so. The date in words. Examples: Feb 29, 2020 · Aug 2021 · Aug 14–30, 2021",
  start:
    "Required, unless the date column has the date. When it happened or began: year-month-day, year-month or a year. Examples: 2020-02-29 · 2021-08 · 1892",
  end: "Optional: only for a span, and not before start. Written as start is. Example: 2021-08-30",
  precision: "Optional: taken from start when empty. How exact the date is: day, month or year. Example: month",
  title:
    "Required. The event's headline; on the timeline's own row, the timeline's title. Example: U.S. and Taliban sign the Doha agreement",
  track:
    "Optional: Events when empty. The band of the timeline the event is shown in; a new name makes a new band. Example: Diplomacy and recognition",
  actors:
    "Optional. Who took part, separated by ; with a new name's kind in brackets: state, group, person or organisation. Example: Qatar (state); Taliban (group)",
  provenance:
    "Optional: Not in the article when empty. Only for a timeline that follows one article: In the article, Not in the article or After the article",
  summary: "Required. One or two sentences; on the timeline's own row, what the timeline is about.",
  details: "Optional. More about the event, in paragraphs with a blank line between them.",
  notes: "Optional. Where the record and a source differ.",
  corrects_article: "Optional. yes when the notes correct or qualify the source article.",
  article_paragraphs: "Optional. The source article's paragraphs the event draws on. Example: P3 P5",
  sources:
    "Optional. One source per line (a new line in the cell: Alt+Enter in Excel, Ctrl+Enter in Google Sheets or LibreOffice): title | publisher | address | date | kind | via, the last parts optional; kind is primary, report or analysis.",
  related:
    "Optional. Links to other events by their id, separated by ;: led-to, response-to, part-of or see-also. Example: see-also: doha-agreement",
  article_quotes:
    "Optional. The source article's own words, one quote per line: its paragraph | the words. Example: P5 | goodwill gestures",
  perspectives:
    "Optional. How each side saw the event, as the download writes it (a list in [ ]); best edited in the JSON download.",
  short_title: "Optional. A label of at most 32 characters for the timeline. Example: Doha agreement signed",
  tags: "Optional. Words to search by, separated by ;. Example: agreement; withdrawal",
  media_url: "Optional. A picture's address, starting https:. Example: https://example.org/picture.jpg",
  media_alt: "Required with a picture. What the picture shows, for readers who cannot see it.",
  media_credit: "Optional. Who made the picture. Example: AP Photo",
  media_caption: "Optional. A caption shown under the picture.",
  verdict:
    "Optional: only on a claim row, where it is required. What the record shows of the claim: accurate, imprecise, wrong, unsupported or opinion. Example: wrong",
  type: "Leave empty for an event. On the timeline's own row: dataset. On a claim of the source article (Check the article): claim, with its id, its paragraph in article_paragraphs, the article's words in title, our explanation in summary, and the events that show it in related, separated by ;",
  settings: "Leave empty: the download fills it on the timeline's own row (its bands, actors and periods).",
  lessons: "Leave empty: the download fills it on the timeline's own row (its lessons).",
};

/** Whether a row's id is one of the template's own notes (skipped without a word; other notes are named). */
export const isTemplateNote = (id: string) => id === LAYOUT || id === COLUMN_GUIDE.id;

export function sheetTemplate(): string {
  const row = (cells: Partial<Record<SheetColumn, string>>) => SHEET_COLUMNS.map((column) => cells[column] ?? "");
  return `\uFEFF${toCsv(SHEET_COLUMNS, [
    row({ id: LAYOUT }),
    row(COLUMN_GUIDE),
    row({
      type: "dataset",
      id: "my-timeline",
      title: "My timeline",
      summary: "What the timeline is about, in a sentence or two.",
    }),
    ...TEMPLATE_EVENTS.map((event) => row(event)),
  ])}`;
}

export const TEMPLATE_EVENTS: readonly Partial<Record<SheetColumn, string>>[] = [
  {
    id: "doha-agreement",
    date: "Feb 29, 2020",
    start: "2020-02-29",
    precision: "day",
    title: "U.S. and Taliban sign the Doha agreement",
    short_title: "Doha agreement signed",
    track: "Diplomacy and recognition",
    actors: "United States (state); Taliban (group); Qatar (state)",
    summary:
      "In Doha, U.S. envoy Zalmay Khalilzad and the Taliban's political chief Abdul Ghani Baradar signed a deal under which every U.S. and allied soldier was to be out of Afghanistan within 14 months, provided the Taliban kept their side of the bargain.",
    sources:
      "Secretary Michael R. Pompeo at Afghanistan Signing Ceremony | U.S. Department of State | https://2017-2021.state.gov/secretary-michael-r-pompeo-at-afghanistan-signing-ceremony/index.html | 2020-02-29 | primary",
    tags: "agreement; withdrawal",
  },
  {
    id: "kabul-airlift",
    date: "Aug 14–30, 2021",
    start: "2021-08-14",
    end: "2021-08-30",
    precision: "day",
    title: "The Kabul airport airlift",
    track: "Military and withdrawal",
    actors: "United States; Taliban",
    summary:
      "In the last two and a half weeks of the war, U.S. and allied aircraft flew well over 120,000 people out of Kabul's Hamid Karzai International Airport, most of them Afghans, in the largest evacuation of civilians the U.S. military had carried out.",
    sources:
      "Opening Remarks by Secretary Antony J. Blinken Before the House Committee on Foreign Affairs | U.S. Department of State | https://www.state.gov/opening-remarks-by-secretary-antony-j-blinken-before-the-house-committee-on-foreign-affairs/ | 2021-09-13 | primary",
    related: "see-also: doha-agreement",
  },
  {
    id: "glezmann-released",
    date: "Mar 20, 2025",
    start: "2025-03-20",
    precision: "day",
    title: "Taliban free George Glezmann",
    track: "Detainees and hostages",
    actors: "Taliban; Qatar; United States",
    summary:
      "The Taliban let George Glezmann, an Atlanta airline mechanic they had held since December 2022, fly out of Kabul after U.S. hostage envoy Adam Boehler and former envoy Zalmay Khalilzad met Taliban officials there, with Qatar as mediator.",
    sources:
      "Taliban release an American man who was abducted while traveling in Afghanistan | Associated Press | https://bastillepost.com/global/article/4673253-american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says | 2025-03-20 | report | Bastille Post",
  },
];
