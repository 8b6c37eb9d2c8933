/**
 * Spreadsheets in: a CSV saved from TimelineJS's Google Sheets template (or any sheet with its columns,
 * in any order) becomes the TimelineJS document that sheet stands for, and goes the same way as a
 * TimelineJS file. Papa Parse reads the CSV (a byte-order mark, CRLF or LF, quoted fields holding commas,
 * quotes and line breaks, and the semicolons European spreadsheet programs write). Problems are named by
 * row and column as the spreadsheet shows them: the header is row 1.
 */
import Papa from "papaparse";
import { daysInMonth } from "./dates";
import { say } from "./say";
import { rowPath } from "./sheet-problems";
import { COLUMN, END_COLUMNS, START_COLUMNS } from "./timelinejs-columns";
import type { Problem } from "./validate-dataset";

/** TimelineJS's template columns, as its Google Sheet names them. */
export const TIMELINEJS_COLUMNS = Object.values(COLUMN);
type Column = (typeof TIMELINEJS_COLUMNS)[number];

export type SheetResult = { ok: true; json: Record<string, unknown> } | { ok: false; problems: Problem[] };

/** Splits CSV text into rows of cells; the delimiter (comma, semicolon or tab) is the header row's. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => String(cell ?? "")));
  // The line break that ends the last row leaves an empty row behind it: not a row of the sheet.
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === "")) rows.pop();
  return rows;
}

/**
 * The delimiter the header row uses most. Papa Parse's own guess weighs every row, and a sheet whose cells
 * hold "a; b" lists (the explorer's actors) can read as semicolon-separated; column names hold none.
 */
function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (delimiter: string) => header.split(delimiter).length;
  return [";", "\t"].reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best), ",");
}

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

/** Whether a header row is TimelineJS's: it names a Year and a Headline (other columns may be missing). */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(key));
  return names.has("year") && names.has("headline");
}

/**
 * The rows of a TimelineJS sheet as the TimelineJS document they stand for: the `title` row gives the
 * title slide, `era` rows the eras, the others the events. Every problem in the sheet is reported at
 * once, by row and column; none leaves a half-read timeline.
 */
export function timelineJsSheet(rows: readonly string[][]): SheetResult {
  const [header = [], ...body] = rows;
  const index = new Map<Column, number>();
  for (const column of TIMELINEJS_COLUMNS) {
    const at = header.findIndex((name) => key(name) === key(column));
    if (at >= 0) index.set(column, at);
  }
  const problems: Problem[] = [];
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;

  body.forEach((cells, position) => {
    const row = position + 2; // the header is row 1
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    if (cells.every((value) => value.trim() === "")) return; // a blank row
    const problem = (column: Column, message: string) =>
      problems.push({ path: rowPath(row, column), message, hint: sheetHint() });
    const type = cell(COLUMN.type).toLowerCase();
    const date = (columns: typeof START_COLUMNS | typeof END_COLUMNS) => {
      const year = cell(columns.year);
      const month = cell(columns.month);
      const day = cell(columns.day);
      if (year === "" && month === "" && day === "") return undefined;
      const parts: Record<string, number> = {};
      const whole = (text: string) => (/^-?\d+$/.test(text) ? Number(text) : NaN);
      if (!Number.isInteger(whole(year))) {
        problem(columns.year, year === "" ? SAY.empty() : SAY.year(year));
        return null;
      }
      parts.year = whole(year);
      if (month !== "") {
        const value = whole(month);
        if (!(value >= 1 && value <= 12)) return (problem(columns.month, SAY.month(month)), null);
        parts.month = value;
      }
      if (day !== "") {
        const value = whole(day);
        if (parts.month === undefined) return (problem(columns.day, SAY.dayWithoutMonth()), null);
        if (!(value >= 1 && value <= daysInMonth(parts.year, parts.month)))
          return (problem(columns.day, SAY.day(day)), null);
        parts.day = value;
      }
      const time = cell(columns.time);
      if (time) parts.hour = 0; // a time of day is noted as left out, not shown
      return parts;
    };
    const text = { headline: cell(COLUMN.headline), text: cell(COLUMN.text) };
    const media = cell(COLUMN.media)
      ? {
          url: cell(COLUMN.media),
          credit: cell(COLUMN.mediaCredit),
          caption: cell(COLUMN.mediaCaption),
          thumbnail: cell(COLUMN.mediaThumbnail),
          alt: cell(COLUMN.altText),
        }
      : undefined;
    if (type === "title") {
      title = { text, ...(media ? { media } : {}) };
      return;
    }
    const start = date(START_COLUMNS);
    const end = date(END_COLUMNS);
    if (start === undefined && type !== "title") problem(COLUMN.year, SAY.noYear());
    if (!start || end === null) return;
    if (type === "era") {
      if (!end) return void problem(COLUMN.endYear, SAY.noEnd());
      eras.push({ start_date: start, end_date: end, text: { headline: text.headline } });
      return;
    }
    const event: Record<string, unknown> = { start_date: start, text };
    if (end) event.end_date = end;
    if (cell(COLUMN.displayDate)) event.display_date = cell(COLUMN.displayDate);
    if (cell(COLUMN.group)) event.group = cell(COLUMN.group);
    if (cell(COLUMN.background)) event.background = { color: cell(COLUMN.background) };
    if (media) event.media = media;
    events.push(event);
  });

  if (problems.length > 0) return { ok: false, problems };
  if (events.length === 0)
    return {
      ok: false,
      problems: [{ path: "", message: SAY.noEvents(), hint: sheetHint() }],
    };
  return { ok: true, json: { ...(title ? { title } : {}), events, ...(eras.length > 0 ? { eras } : {}) } };
}

/** The words of a TimelineJS sheet's problems, in the page's language; the column names are the template's. */
const SAY = {
  empty: () => say(/*i18n*/ "is empty"),
  year: (value: string) => say(/*i18n*/ "“{value}” is not a year", { value }),
  month: (value: string) => say(/*i18n*/ "“{value}” is not a month (1 to 12)", { value }),
  dayWithoutMonth: () => say(/*i18n*/ "a day needs a month"),
  day: (value: string) => say(/*i18n*/ "“{value}” is not a day of that month", { value }),
  noYear: () => say(/*i18n*/ "is empty: every event and era needs a year"),
  noEnd: () => say(/*i18n*/ "is empty: an era needs an end"),
  noEvents: () => say(/*i18n*/ "the sheet has no events (rows with a Year and a Headline)"),
};

const sheetHint = () =>
  say(
    /*i18n*/ "Fix the cell in the spreadsheet and open the file again: Year, Month and Day are numbers (2021, 8, 26); Type is empty, “title” or “era”.",
  );
