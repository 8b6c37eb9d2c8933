/**
 * Reading the explorer's own spreadsheet (see explorer-sheet.ts for its columns): rows in, a dataset to
 * validate out, every problem named by row and column as the spreadsheet shows them (the header is row 1).
 * Rows whose id starts with # are notes (the template's guide) and are skipped. Dates are read as
 * sheet-dates.ts reads them; the `date` column, which the download fills in words, gives the date where
 * start is empty, and is otherwise only compared with start. Every word a reader sees is in SAY, below.
 */
import { ID_PATTERN } from "./limits";
import { PART, SHEET_COLUMNS, SOURCE_PARTS, type SheetColumn, type Settings } from "./explorer-sheet";
import type { Actor, ArticleQuote, Track } from "./schema";
import { readClaim } from "./sheet-claims";
import { SHEET_HINT } from "./sheet-problems";
import {
  fromParts,
  paragraphs,
  parseJson,
  precisionFor,
  provenanceOf,
  readCell,
  resolver,
  slug,
  splitLines,
  splitList,
} from "./sheet-cells";
import { agrees, cellDate, columnDate, type Span } from "./sheet-dates";
import { NOTE_MARK, isTemplateNote } from "./sheet-template";
import type { Problem } from "./validate-dataset";

// Where the validator's problems are in the sheet: read with the sheet, so named from here.
import { readTranslationColumn, readTranslations } from "./sheet-translations";
export { sheetProblem } from "./sheet-problems";

/** Whether a header row is the explorer's own: it names an id, a start (or a date), a title and a summary. */
export function isExplorerHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return ["id", "title", "summary"].every((name) => names.has(name)) && (names.has("start") || names.has("date"));
}

const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

export type ExplorerSheetResult =
  | {
      ok: true;
      json: Record<string, unknown>;
      rowOfEvent: number[];
      rowOfClaim: number[];
      datasetRow?: number;
      notes: string[];
    }
  | { ok: false; problems: Problem[] };

/**
 * The rows of the explorer's CSV as a dataset to validate (its problems are then named by row, see
 * `rowOfEvent`). Problems of the sheet itself (a list that is not one, an unknown row type) are named
 * by row and column, all at once.
 */
export function explorerSheet(
  rows: readonly string[][],
  fallbackTitle = "Timeline from a spreadsheet",
): ExplorerSheetResult {
  const [header = [], ...body] = rows;
  const index = new Map<SheetColumn, number>();
  for (const column of SHEET_COLUMNS) {
    const at = header.findIndex((name) => columnKey(name) === column);
    if (at >= 0) index.set(column, at);
  }
  const problems: Problem[] = [];
  const notes: string[] = [];
  let datasetRow: { row: number; cell: (column: SheetColumn) => string; cells: string[] } | undefined;
  const eventRows: { row: number; cell: (column: SheetColumn) => string; cells: string[] }[] = [];
  const claimRows: typeof eventRows = [];
  const skipped: number[] = [];

  body.forEach((cells, position) => {
    if (cells.every((value) => value.trim() === "")) return;
    const row = position + 2; // the header is row 1
    const cell = (column: SheetColumn) => {
      const at = index.get(column);
      return at === undefined ? "" : readCell(cells[at] ?? "");
    };
    if (cell("id").startsWith(NOTE_MARK)) {
      if (!isTemplateNote(cell("id"))) skipped.push(row);
      return;
    }
    const type = cell("type").toLowerCase();
    if (type === "dataset") {
      if (datasetRow) problems.push(problemAt(row, "type", SAY.secondDatasetRow));
      else datasetRow = { row, cell, cells };
    } else if (type === "" || type === "event") eventRows.push({ row, cell, cells });
    else if (type === "claim") claimRows.push({ row, cell, cells });
    else problems.push(problemAt(row, "type", SAY.rowType(type)));
  });

  let settings: Partial<Settings> = {};
  if (datasetRow?.cell("settings")) {
    const parsed = parseJson(datasetRow.cell("settings"));
    if (parsed === undefined || typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      problems.push(problemAt(datasetRow.row, "settings", SAY.settings));
    else settings = parsed as Partial<Settings>;
  }

  // Settings edited by hand may hold anything: what is not a list is left to the format's checks to name.
  const tracks: Track[] = Array.isArray(settings.tracks) ? [...settings.tracks] : [];
  const actors: Actor[] = Array.isArray(settings.actors) ? [...settings.actors] : [];
  const madeTracks: string[] = [];
  const madeActors: string[] = [];
  const trackId = resolver(tracks, (label, id) => (tracks.push({ id, label }), madeTracks.push(label)));
  // A new actor's kind may follow its name in brackets, "Qatar (state)"; otherwise it is listed as a group.
  const actorId = (written: string) => {
    const [, name = written, kind] = /^(.*?)\s*\((state|group|person|organisation)\)$/i.exec(written) ?? [];
    return resolver(actors, (label, id) => {
      actors.push({ id, label, kind: (kind?.toLowerCase() as Actor["kind"] | undefined) ?? "group" });
      if (!kind) madeActors.push(label);
    })(name);
  };

  // Ids as links need them: an empty one is made from the title, one typed as words ("Mayor visits")
  // becomes its link form (mayor-visits); related links written with the words follow it.
  const renamed = new Map<string, string>();
  const taken = new Set(eventRows.map(({ cell }) => cell("id")).filter((id) => ID_PATTERN.test(id)));
  const made: string[] = [];
  const ids = eventRows.map(({ row, cell }) => {
    const written = cell("id");
    if (ID_PATTERN.test(written)) return written;
    const base = slug(written || cell("title"));
    if (!base) return written;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    if (written) renamed.set(written, id);
    made.push(SAY.madeId(row, id));
    return id;
  });
  const converted: string[] = [];
  const fromDateColumn: string[] = [];
  const disagreeing: string[] = [];

  const events = eventRows.map(({ row, cell }, position) => {
    const problem = (column: SheetColumn, message: string, hint?: string) =>
      problems.push(problemAt(row, column, message, hint));
    const date = (column: "start" | "end") => {
      const written = cell(column);
      const read = cellDate(written);
      if (read && "ambiguous" in read) problem(column, read.ambiguous);
      else if (read && read.date !== written) converted.push(SAY.converted(row, column, written, read.date));
      return read && "date" in read ? read.date : written;
    };
    let start = date("start");
    let end = cell("end") ? date("end") : "";
    // The date in words: the date where start is empty, and a check on start where it is not.
    const written = cell("date");
    if (written) {
      const read = columnDate(written);
      if (start !== "") {
        if (!agrees(read, start, end)) disagreeing.push(SAY.disagrees(row, written, start, end));
      } else if (read === null) problem("date", SAY.unreadDate(written), SAY.unreadDateHint);
      else if ("ambiguous" in read) problem("date", read.ambiguous);
      else {
        start = read.start;
        if (end === "" && read.end) end = read.end;
        fromDateColumn.push(SAY.fromDate(row, written, read));
      }
    }
    const event: Record<string, unknown> = {
      id: ids[position],
      title: cell("title"),
      start,
      precision: precisionFor(cell("precision"), start),
      track: trackId(cell("track") || "Events"),
      actors: splitList(cell("actors"), (message) => problem("actors", message)).map(actorId),
      summary: cell("summary"),
      provenance: provenanceOf(cell("provenance")),
      articleParagraphs: paragraphs(cell("article_paragraphs"), (message) => problem("article_paragraphs", message)),
      sources: splitLines(cell("sources"), (message) => problem("sources", message)).map((item) =>
        Array.isArray(item) ? fromParts(SOURCE_PARTS, item) : item,
      ),
    };
    const optional = (key: string, value: unknown) => {
      if (value !== "" && value !== undefined) event[key] = value;
    };
    optional("shortTitle", cell("short_title"));
    if (end) event.end = end;
    optional("details", cell("details"));
    optional("notes", cell("notes"));
    const corrects = cell("corrects_article").toLowerCase();
    if (corrects !== "") {
      if (["yes", "true", "y", "1"].includes(corrects)) event.correctsArticle = true;
      else if (["no", "false", "n", "0"].includes(corrects)) event.correctsArticle = false;
      else problem("corrects_article", SAY.yesOrNo(cell("corrects_article")));
    }
    if (cell("related")) {
      event.related = splitList(cell("related"), (message) => problem("related", message)).map((link) => {
        const match = /^([a-z-]+)\s*:\s*(.+)$/.exec(link);
        if (!match) problem("related", SAY.related(link));
        const target = match?.[2]?.trim() ?? "";
        return { relation: match?.[1] ?? link, id: renamed.get(target) ?? target };
      });
    }
    if (cell("article_quotes")) {
      event.articleQuotes = splitLines(cell("article_quotes"), (message) => problem("article_quotes", message)).map(
        (item): ArticleQuote | unknown => {
          if (!Array.isArray(item)) return item;
          const [paragraph = "", ...words] = item;
          const number = /^P?(\d+)$/i.exec(paragraph);
          if (!number) problem("article_quotes", SAY.paragraph(paragraph));
          return { paragraph: number ? Number(number[1]) : paragraph, text: words.join(PART) };
        },
      );
    }
    if (cell("perspectives")) {
      const parsed = parseJson(cell("perspectives"));
      if (!Array.isArray(parsed)) problem("perspectives", SAY.perspectives);
      else event.perspectives = parsed;
    }
    if (cell("tags")) event.tags = splitList(cell("tags"), (message) => problem("tags", message));
    if (cell("media_url") || cell("media_alt")) {
      const media: Record<string, string> = { url: cell("media_url"), alt: cell("media_alt") };
      if (cell("media_credit")) media.credit = cell("media_credit");
      if (cell("media_caption")) media.caption = cell("media_caption");
      event.media = media;
    }
    return event;
  });

  const claims = claimRows.map(({ row, cell }) =>
    readClaim(
      cell,
      (column, message) => problems.push(problemAt(row, column, message)),
      (id) => renamed.get(id) ?? id,
    ),
  );
  // Titles, summaries, details, notes and explanations in other languages, in their rows' columns
  // (title_es, summary_fa…), added to what the settings cell holds.
  const translationAt = header.flatMap((name, at) => {
    const column = readTranslationColumn(name);
    return column ? [{ ...column, at }] : [];
  });
  const readAll = (cells: readonly string[]) => cells.map((value) => readCell(value));
  const translations = readTranslations(
    settings.translations,
    translationAt,
    {
      dataset: datasetRow && readAll(datasetRow.cells),
      events: eventRows.map(({ cells }, position) => ({ id: ids[position] ?? "", cells: readAll(cells) })),
      claims: claimRows.map(({ cell, cells }) => ({ id: cell("id"), cells: readAll(cells) })),
    },
    () => datasetRow && problems.push(problemAt(datasetRow.row, "settings", SAY.settings)),
  );
  // The lessons in a cell of their own (a settings cell from before may still hold them).
  const lessons = datasetRow?.cell("lessons") ? parseJson(datasetRow.cell("lessons")) : settings.lessons;
  if (datasetRow?.cell("lessons") && !Array.isArray(lessons))
    problems.push(problemAt(datasetRow.row, "lessons", SAY.lessons));

  const rowNumber = (problem: Problem) => Number(/^Row (\d+)/.exec(problem.path)?.[1] ?? 0);
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => rowNumber(a) - rowNumber(b)) };
  if (events.length === 0) return { ok: false, problems: [{ path: "", message: SAY.noEvents, hint: SAY.hint }] };
  if (fromDateColumn.length > 0) notes.push(SAY.fromDateColumn(fromDateColumn));
  if (disagreeing.length > 0) notes.push(SAY.disagreeing(disagreeing));
  if (converted.length > 0) notes.push(SAY.convertedDates(converted));
  if (madeTracks.length > 0 && settings.tracks) notes.push(SAY.madeTracks(madeTracks));
  if (made.length > 0) notes.push(SAY.madeIds(made));
  if (madeActors.length > 0) notes.push(SAY.madeActors(madeActors));
  if (skipped.length > 0) notes.push(SAY.skipped(skipped));

  const title = datasetRow?.cell("title") || fallbackTitle;
  return {
    ok: true,
    json: {
      language: "en",
      ...settings,
      schemaVersion: 1,
      id: datasetRow?.cell("id") || slug(title) || "spreadsheet",
      title,
      description: datasetRow?.cell("summary") ?? "",
      tracks,
      actors,
      events,
      // Claims in rows (a settings cell from before they had rows may still hold them).
      ...(claims.length > 0 ? { claims } : {}),
      ...(lessons !== undefined ? { lessons } : {}),
      ...(translations ? { translations } : {}),
    },
    rowOfEvent: eventRows.map(({ row }) => row),
    rowOfClaim: claimRows.map(({ row }) => row),
    datasetRow: datasetRow?.row,
    notes,
  };
}

function problemAt(row: number, column: SheetColumn, message: string, hint: string = SAY.hint): Problem {
  return { path: `Row ${row}, ${column}`, message, hint };
}

const quote = (text: string) => `“${text}”`;
const list = (items: readonly (string | number)[]) => items.join(", ");
const spanText = ({ start, end }: Span) => (end && end !== start ? `${start} to ${end}` : start);

/** Every word of this module a reader sees: the problems, their hints and the notes on what was assumed. */
const SAY = {
  hint: SHEET_HINT,
  unreadDate: (text: string) => `${quote(text)} is not a date the explorer can read, and start is empty`,
  unreadDateHint:
    "Write the date in start, as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year), or in the date column as Aug 26, 2021, Aug 2021 or Aug 14–30, 2021. If the spreadsheet program changed it into its own format, set the column to Text and type it again.",
  secondDatasetRow: "a second dataset row: a sheet has one",
  rowType: (type: string) =>
    `${quote(type)} is not a row type: leave it empty for an event, or write “dataset” or “claim”`,
  settings: "is not the settings the explorer wrote (JSON { … })",
  lessons: "is not the lessons the explorer wrote (JSON [ … ])",
  yesOrNo: (text: string) => `${quote(text)} is neither yes nor no`,
  related: (link: string) => `${quote(link)} is not “relation: event-id”, e.g. “led-to: doha-agreement”`,
  paragraph: (text: string) => `${quote(text)} is not a paragraph such as P3`,
  perspectives: "is not the list the explorer wrote (JSON [ … ])",
  noEvents: "the sheet has no events (rows below the header)",
  madeId: (row: number, id: string) => `Row ${row}: ${id}`,
  converted: (row: number, column: string, written: string, date: string) =>
    `Row ${row}, ${column}: ${quote(written)} as ${date}`,
  fromDate: (row: number, written: string, read: Span) => `Row ${row}: ${quote(written)} as ${spanText(read)}`,
  disagrees: (row: number, written: string, start: string, end: string) =>
    `Row ${row}: date ${quote(written)}, start ${start}${end ? `, end ${end}` : ""}`,
  fromDateColumn: (rows: readonly string[]) =>
    `The date was read from the date column, since start was empty: ${rows.join("; ")}.`,
  disagreeing: (rows: readonly string[]) =>
    `Where start is filled in, the date column is not read; here it gives another date, so check which is right: ${rows.join("; ")}.`,
  convertedDates: (rows: readonly string[]) => `Dates written another way, read as: ${rows.join("; ")}.`,
  madeTracks: (names: readonly string[]) => `New tracks made from the sheet: ${list(names)}.`,
  madeIds: (rows: readonly string[]) =>
    `Ids made for links (from the title where the id was empty): ${rows.join("; ")}.`,
  madeActors: (names: readonly string[]) =>
    `Listed as groups, since the sheet does not say what they are: ${list(names)}. Write the kind after a name, as in “Qatar (state)”, to list it as a state, a person or an organisation.`,
  skipped: (rows: readonly number[]) =>
    `Skipped as notes, since their id starts with #: ${rows.length === 1 ? "row" : "rows"} ${list(rows)}.`,
};
