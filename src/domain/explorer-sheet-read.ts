/**
 * Reading the explorer's own spreadsheet (see explorer-sheet.ts for its columns): rows in, a dataset to
 * validate out, every problem named by row and column as the spreadsheet shows them (the header is row 1).
 */
import { ID_PATTERN } from "./limits";
import { PART, SHEET_COLUMNS, SOURCE_PARTS, type SheetColumn, type Settings } from "./explorer-sheet";
import type { Actor, ArticleQuote, Track } from "./schema";
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
  spreadsheetDate,
} from "./sheet-cells";
import type { Problem } from "./validate-dataset";

/** Where a problem the dataset's validation found is in the sheet: `events[3].start` → `Row 5, start`. */
export function sheetProblem(problem: Problem, rowOfEvent: readonly number[], datasetRow: number | undefined): Problem {
  const match = /^events\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?(.*)$/.exec(problem.path);
  const row = match ? rowOfEvent[Number(match[1])] : undefined;
  if (match && row !== undefined) {
    const [, , field = "", sub = "", rest] = match;
    const column = field === "media" && sub ? `media_${sub}` : (FIELD_COLUMNS[field] ?? field);
    const within = field === "media" ? rest : `${sub ? `.${sub}` : ""}${rest}`;
    // "8/26/2021": a spreadsheet program turned the date into one of its own; say how to keep it as typed.
    const reformatted = (column === "start" || column === "end") && /^"\d+[/.]\d+[/.]\d+"/.test(problem.message);
    // The format's hints speak of JSON fields; a sheet has cells.
    const empty = /^(is required|must not be empty)$/.test(problem.message);
    const hint = reformatted
      ? REFORMATTED_DATE
      : empty
        ? "Fill in this cell."
        : problem.hint && /\bfield\b/.test(problem.hint)
          ? SHEET_HINT
          : problem.hint;
    return { ...problem, path: `Row ${row}, ${column}${within}`, ...(hint ? { hint } : {}) };
  }
  if (problem.path !== "" && datasetRow !== undefined)
    return { ...problem, path: `Row ${datasetRow}, settings: ${problem.path}` };
  return problem;
}

const REFORMATTED_DATE =
  "The spreadsheet program changed the date into its own format: set the start and end columns to Text and type dates as 2021-08-26.";

const FIELD_COLUMNS: Record<string, string> = {
  shortTitle: "short_title",
  correctsArticle: "corrects_article",
  articleParagraphs: "article_paragraphs",
  articleQuotes: "article_quotes",
};

/** Whether a header row is the explorer's own: it names an id, a start, a title and a summary. */
export function isExplorerHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return ["id", "start", "title", "summary"].every((name) => names.has(name));
}

const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

export type ExplorerSheetResult =
  | { ok: true; json: Record<string, unknown>; rowOfEvent: number[]; datasetRow?: number; notes: string[] }
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
  let datasetRow: { row: number; cell: (column: SheetColumn) => string } | undefined;
  const eventRows: { row: number; cell: (column: SheetColumn) => string }[] = [];

  body.forEach((cells, position) => {
    if (cells.every((value) => value.trim() === "")) return;
    const row = position + 2; // the header is row 1
    const cell = (column: SheetColumn) => {
      const at = index.get(column);
      return at === undefined ? "" : readCell(cells[at] ?? "");
    };
    const type = cell("type").toLowerCase();
    if (type === "dataset") {
      if (datasetRow) problems.push(problemAt(row, "type", "a second dataset row: a sheet has one"));
      else datasetRow = { row, cell };
    } else if (type === "" || type === "event") eventRows.push({ row, cell });
    else
      problems.push(
        problemAt(row, "type", `“${type}” is not a row type: leave it empty for an event, or write “dataset”`),
      );
  });

  let settings: Partial<Settings> = {};
  if (datasetRow?.cell("settings")) {
    const parsed = parseJson(datasetRow.cell("settings"));
    if (parsed === undefined || typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      problems.push(problemAt(datasetRow.row, "settings", "is not the settings the explorer wrote (JSON { … })"));
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
    made.push(`Row ${row}: ${id}`);
    return id;
  });
  const converted: string[] = [];

  const events = eventRows.map(({ row, cell }, position) => {
    const problem = (column: SheetColumn, message: string) => problems.push(problemAt(row, column, message));
    const date = (column: "start" | "end") => {
      const read = spreadsheetDate(cell(column));
      if (read.ambiguous) problem(column, read.ambiguous);
      else if (read.date !== cell(column)) converted.push(`Row ${row}, ${column}: “${cell(column)}” as ${read.date}`);
      return read.date;
    };
    const start = date("start");
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
    if (cell("end")) event.end = date("end");
    optional("details", cell("details"));
    optional("notes", cell("notes"));
    const corrects = cell("corrects_article").toLowerCase();
    if (corrects !== "") {
      if (["yes", "true", "y", "1"].includes(corrects)) event.correctsArticle = true;
      else if (["no", "false", "n", "0"].includes(corrects)) event.correctsArticle = false;
      else problem("corrects_article", `“${cell("corrects_article")}” is neither yes nor no`);
    }
    if (cell("related")) {
      event.related = splitList(cell("related"), (message) => problem("related", message)).map((link) => {
        const match = /^([a-z-]+)\s*:\s*(.+)$/.exec(link);
        if (!match) problem("related", `“${link}” is not “relation: event-id”, e.g. “led-to: doha-agreement”`);
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
          if (!number) problem("article_quotes", `“${paragraph}” is not a paragraph such as P3`);
          return { paragraph: number ? Number(number[1]) : paragraph, text: words.join(PART) };
        },
      );
    }
    if (cell("perspectives")) {
      const parsed = parseJson(cell("perspectives"));
      if (!Array.isArray(parsed)) problem("perspectives", "is not the list the explorer wrote (JSON [ … ])");
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

  const rowNumber = (problem: Problem) => Number(/^Row (\d+)/.exec(problem.path)?.[1] ?? 0);
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => rowNumber(a) - rowNumber(b)) };
  if (events.length === 0)
    return {
      ok: false,
      problems: [{ path: "", message: "the sheet has no events (rows below the header)", hint: SHEET_HINT }],
    };
  if (madeTracks.length > 0 && settings.tracks) notes.push(`New tracks made from the sheet: ${madeTracks.join(", ")}.`);
  if (made.length > 0) notes.push(`Ids made for links (from the title where the id was empty): ${made.join("; ")}.`);
  if (converted.length > 0) notes.push(`Dates read from the spreadsheet's own format: ${converted.join("; ")}.`);
  if (madeActors.length > 0)
    notes.push(
      `Listed as groups, since the sheet does not say what they are: ${madeActors.join(", ")}. Write the kind after a name, as in “Qatar (state)”, to list it as a state, a person or an organisation.`,
    );

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
    },
    rowOfEvent: eventRows.map(({ row }) => row),
    datasetRow: datasetRow?.row,
    notes,
  };
}

const SHEET_HINT =
  "Fix the cell in the spreadsheet and open the file again; the README's “Make a timeline in a spreadsheet” explains every column.";

function problemAt(row: number, column: SheetColumn, message: string): Problem {
  return { path: `Row ${row}, ${column}`, message, hint: SHEET_HINT };
}
