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
import { rowPath, sheetHint } from "./sheet-problems";
import { say } from "./say";
import {
  columnKey,
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
import { readTranslations } from "./sheet-translations";
import type { Problem } from "./validate-dataset";

// Where the validator's problems are in the sheet: read with the sheet, so named from here.
export { sheetProblem } from "./sheet-problems";
export { isExplorerHeader } from "./sheet-cells";

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
export function explorerSheet(rows: readonly string[][], fallbackTitle = SAY.fallbackTitle()): ExplorerSheetResult {
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
      if (!isTemplateNote(cell("id"), row)) skipped.push(row);
      return;
    }
    const type = cell("type").toLowerCase();
    if (type === "dataset") {
      if (datasetRow) problems.push(problemAt(row, "type", SAY.secondDatasetRow()));
      else datasetRow = { row, cell, cells };
    } else if (type === "" || type === "event") eventRows.push({ row, cell, cells });
    else if (type === "claim") claimRows.push({ row, cell, cells });
    else problems.push(problemAt(row, "type", SAY.rowType(type)));
  });

  let settings: Partial<Settings> = {};
  if (datasetRow?.cell("settings")) {
    const parsed = parseJson(datasetRow.cell("settings"));
    if (parsed === undefined || typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      problems.push(problemAt(datasetRow.row, "settings", SAY.settings()));
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
      } else if (read === null) problem("date", SAY.unreadDate(written), SAY.unreadDateHint());
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
      track: trackId(cell("track") || SAY.defaultTrack()),
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
      if (!Array.isArray(parsed)) problem("perspectives", SAY.perspectives());
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
  // Translations in their rows' columns (title_es, summary_fa…), added to what the settings cell holds.
  const readAll = (cells: readonly string[]) => cells.map((value) => readCell(value));
  const translations = readTranslations(
    settings.translations,
    header,
    {
      dataset: datasetRow && readAll(datasetRow.cells),
      events: eventRows.map(({ cells }, position) => ({ id: ids[position] ?? "", cells: readAll(cells) })),
      claims: claimRows.map(({ cell, cells }) => ({ id: cell("id"), cells: readAll(cells) })),
    },
    () => datasetRow && problems.push(problemAt(datasetRow.row, "settings", SAY.settings())),
  );
  // The lessons in a cell of their own (a settings cell from before may still hold them).
  const lessons = datasetRow?.cell("lessons") ? parseJson(datasetRow.cell("lessons")) : settings.lessons;
  if (datasetRow?.cell("lessons") && !Array.isArray(lessons))
    problems.push(problemAt(datasetRow.row, "lessons", SAY.lessons()));

  const rowNumber = (problem: Problem) => ROW_OF.get(problem) ?? 0;
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => rowNumber(a) - rowNumber(b)) };
  if (events.length === 0) return { ok: false, problems: [{ path: "", message: SAY.noEvents(), hint: SAY.hint() }] };
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

/** The row of each problem with a cell, to list them in the sheet's order whatever the language's word for a row. */
const ROW_OF = new WeakMap<Problem, number>();

function problemAt(row: number, column: SheetColumn, message: string, hint: string = SAY.hint()): Problem {
  const problem = { path: rowPath(row, column), message, hint };
  ROW_OF.set(problem, row);
  return problem;
}

const list = (items: readonly (string | number)[]) => items.join(", ");
const spanText = ({ start, end }: Span) => (end && end !== start ? SAY.spanText(start, end) : start);

/** Every word of this module a reader sees, in the page's language: the problems, their hints and the notes. */
const SAY = {
  hint: sheetHint,
  unreadDate: (text: string) =>
    say(/*i18n*/ "“{value}” is not a date the explorer can read, and start is empty", { value: text }),
  unreadDateHint: () =>
    say(
      /*i18n*/ "Write the date in start, as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year), or in the date column as Aug 26, 2021, Aug 2021 or Aug 14–30, 2021. If the spreadsheet program changed it into its own format, set the column to Text and type it again.",
    ),
  secondDatasetRow: () => say(/*i18n*/ "a second dataset row: a sheet has one"),
  rowType: (type: string) =>
    say(/*i18n*/ "“{value}” is not a row type: leave it empty for an event, or write “dataset” or “claim”", {
      value: type,
    }),
  settings: () => say(/*i18n*/ "is not the settings the explorer wrote (JSON { … })"),
  lessons: () => say(/*i18n*/ "is not the lessons the explorer wrote (JSON [ … ])"),
  yesOrNo: (text: string) => say(/*i18n*/ "“{value}” is neither yes nor no", { value: text }),
  related: (link: string) =>
    say(/*i18n*/ "“{value}” is not “relation: event-id”, e.g. “led-to: doha-agreement”", { value: link }),
  paragraph: (text: string) => say(/*i18n*/ "“{value}” is not a paragraph such as P3", { value: text }),
  perspectives: () => say(/*i18n*/ "is not the list the explorer wrote (JSON [ … ])"),
  noEvents: () => say(/*i18n*/ "the sheet has no events (rows below the header)"),
  madeId: (row: number, id: string) => say(/*i18n*/ "Row {row}: {id}", { row, id }),
  converted: (row: number, column: string, written: string, date: string) =>
    say(/*i18n*/ "Row {row}, {column}: “{value}” as {date}", { row, column, value: written, date }),
  fromDate: (row: number, written: string, read: Span) =>
    say(/*i18n*/ "Row {row}: “{value}” as {date}", { row, value: written, date: spanText(read) }),
  disagrees: (row: number, written: string, start: string, end: string) =>
    end
      ? say(/*i18n*/ "Row {row}: date “{value}”, start {start}, end {end}", { row, value: written, start, end })
      : say(/*i18n*/ "Row {row}: date “{value}”, start {start}", { row, value: written, start }),
  fromDateColumn: (rows: readonly string[]) =>
    say(/*i18n*/ "The date was read from the date column, since start was empty: {rows}.", { rows: rows.join("; ") }),
  disagreeing: (rows: readonly string[]) =>
    say(
      /*i18n*/ "Where start is filled in, the date column is not read; here it gives another date, so check which is right: {rows}.",
      { rows: rows.join("; ") },
    ),
  convertedDates: (rows: readonly string[]) =>
    say(/*i18n*/ "Dates written another way, read as: {rows}.", { rows: rows.join("; ") }),
  madeTracks: (names: readonly string[]) =>
    say(/*i18n*/ "New tracks made from the sheet: {names}.", { names: list(names) }),
  madeIds: (rows: readonly string[]) =>
    say(/*i18n*/ "Ids made for links (from the title where the id was empty): {rows}.", { rows: rows.join("; ") }),
  madeActors: (names: readonly string[]) =>
    say(
      /*i18n*/ "Listed as groups, since the sheet does not say what they are: {names}. Write the kind after a name, as in “Qatar (state)”, to list it as a state, a person or an organisation.",
      { names: list(names) },
    ),
  skipped: (rows: readonly number[]) =>
    rows.length === 1
      ? say(/*i18n*/ "Skipped as notes, since their id starts with #: row {rows}.", { rows: list(rows) })
      : say(/*i18n*/ "Skipped as notes, since their id starts with #: rows {rows}.", { rows: list(rows) }),
  fallbackTitle: () => say(/*i18n*/ "Timeline from a spreadsheet"),
  defaultTrack: () => say(/*i18n*/ "Events"),
  spanText: (start: string, end: string) => say(/*i18n*/ "{start} to {end}", { start, end }),
};
