/**
 * Reading a teacher's file: text in, a validated dataset or a list of problems out. It recognises the
 * dataset format and TimelineJS's, as JSON or as a CSV of TimelineJS's spreadsheet, says plainly when the
 * text is neither (a web page, a typo), and never throws.
 */
import { t } from "@lingui/core/macro";
import type { Dataset } from "./schema";
import { convertTimelineJs, isTimelineJs, type HtmlReader } from "./timelinejs";
import { validateDataset, type Problem } from "./validate-dataset";

/** What the text was: the format, a TimelineJS file, a TimelineJS spreadsheet, or the explorer's own sheet. */
export type DatasetFormat = "dataset" | "timelinejs" | "timelinejs-sheet" | "sheet";

export type LoadResult =
  { ok: true; dataset: Dataset; format: DatasetFormat; notes: string[] } | { ok: false; problems: Problem[] };

/**
 * A file or download whose kind is not known: JSON when it looks like JSON (or a web page, to say so),
 * otherwise a spreadsheet saved as CSV, whose reader loads only then.
 */
export async function readTimelineText(text: string, html: HtmlReader): Promise<LoadResult> {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "" || /^[[{<]/.test(trimmed)) return readDatasetText(text, html);
  try {
    const { parseCsv, isTimelineJsHeader, timelineJsSheet } = await import("./csv-import");
    const rows = parseCsv(trimmed);
    if (!isTimelineJsHeader(rows[0] ?? [])) {
      const { isExplorerHeader, explorerSheet, sheetProblem } = await import("./explorer-sheet-read");
      if (!isExplorerHeader(rows[0] ?? [])) {
        return fail(
          t`this is neither a JSON dataset nor a spreadsheet whose columns the explorer knows`,
          t`A spreadsheet's first row names its columns: the explorer's own (id, start, title, summary…, as in its template and its CSV downloads) or TimelineJS's (Year, Month, Day, Headline, Text…).`,
        );
      }
      const sheet = explorerSheet(rows);
      if (!sheet.ok) return sheet;
      const validation = validateDataset(sheet.json);
      if (!validation.ok)
        return {
          ok: false,
          problems: validation.problems.map((problem) =>
            sheetProblem(problem, sheet.rowOfEvent, sheet.datasetRow, sheet.rowOfClaim),
          ),
        };
      return { ok: true, dataset: validation.dataset, format: "sheet", notes: sheet.notes };
    }
    const sheet = timelineJsSheet(rows);
    if (!sheet.ok) return { ok: false, problems: sheet.problems };
    const result = readDatasetJson(sheet.json, html);
    return result.ok ? { ...result, format: "timelinejs-sheet" } : result;
  } catch {
    return fail(t`the spreadsheet could not be read`, t`Save it again as CSV (UTF-8) and open that file.`);
  }
}

export function readDatasetText(text: string, html: HtmlReader): LoadResult {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") {
    return fail(t`the file is empty`, t`Check that you chose the right file, and that it was saved.`);
  }
  if (/^<(!doctype|html|head|body|\?xml|svg)\b/i.test(trimmed) || /^<[a-z]/i.test(trimmed)) {
    return fail(
      t`this is a web page (HTML), not a JSON file`,
      t`Check that the link points at the .json file itself, and that the file is there (if it is not, the site answers with a web page): on GitHub, use the file's “Raw” link.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    const at = where(trimmed, error);
    const line = at?.line ?? 0;
    const column = at?.column ?? 0;
    return fail(
      at ? t`the file is not valid JSON at line ${line}, column ${column}` : t`the file is not valid JSON`,
      t`Look for a missing comma, quote or bracket just before that point; a JSON checker can show it.`,
    );
  }
  return readDatasetJson(json, html);
}

export function readDatasetJson(json: unknown, html: HtmlReader): LoadResult {
  if (isTimelineJs(json)) {
    const converted = convertTimelineJs(json, html);
    if (!converted.ok)
      return {
        ok: false,
        problems: converted.problems.map((problem) => ({
          ...problem,
          hint: t`Each TimelineJS event needs a start_date with at least a year.`,
        })),
      };
    const validation = validateDataset(converted.dataset);
    if (!validation.ok) return validation;
    return { ok: true, dataset: validation.dataset, format: "timelinejs", notes: converted.notes };
  }
  const validation = validateDataset(json);
  return validation.ok ? { ok: true, dataset: validation.dataset, format: "dataset", notes: [] } : validation;
}

function fail(message: string, hint: string): LoadResult {
  return { ok: false, problems: [{ path: "", message, hint }] };
}

/** Line 3, column 14, from a JSON.parse error, where the engine says where; null where it does not. */
function where(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}
