/**
 * Where a problem the dataset's validation found is in the explorer's spreadsheet, by row and column as a
 * spreadsheet program shows them, with advice about cells rather than the format's JSON fields.
 */
import { HINTS, fieldHints, notADate } from "./dataset-hints";
import { say } from "./say";
import { CLAIM_COLUMNS } from "./sheet-claims";
import type { Problem } from "./validate-dataset";

/** The advice under a problem with a cell: where to fix it, and where the sheet says what each column holds. */
export const sheetHint = () =>
  say(
    /*i18n*/ "Fix the cell in the spreadsheet and open the file again. The first rows of the spreadsheet template (the Spreadsheet template button, beside Open dataset…) say what each column holds.",
  );

/** Where a problem is in a sheet, as the spreadsheet shows it: "Row 5, start" (the column's name as written). */
export const rowPath = (row: number, column: string) => say(/*i18n*/ "Row {row}, {column}", { row, column });

/**
 * Where a problem the dataset's validation found is in the sheet: `events[3].start` → `Row 5, start`, and a
 * claim's `claims[0].text` → `Row 70, title`.
 */
export function sheetProblem(
  problem: Problem,
  rowOfEvent: readonly number[],
  datasetRow: number | undefined,
  rowOfClaim: readonly number[] = [],
): Problem {
  const match = /^(events|claims)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?(.*)$/.exec(problem.path);
  const claim = match?.[1] === "claims";
  const row = match ? (claim ? rowOfClaim : rowOfEvent)[Number(match[2])] : undefined;
  if (match && row !== undefined) {
    const [, , , field = "", sub = "", rest] = match;
    const named = claim ? CLAIM_COLUMNS : FIELD_COLUMNS;
    const column = field === "media" && sub ? `media_${sub}` : (named[field] ?? field);
    const within = field === "media" ? rest : `${sub ? `.${sub}` : ""}${rest}`;
    // "26.08.21": a spreadsheet program turned the date into one of its own; say how to keep it as typed.
    const dated = column === "start" || column === "end";
    const reformatted = dated && /^"(\d+[/.]\d+[/.]\d+|\d{1,2}-[a-z]{3}-\d{2})"/i.test(problem.message);
    const noDate = column === "start" && problem.message === notADate("");
    // The format's hints speak of JSON fields; a sheet has cells.
    const empty = problem.hint === HINTS.required || problem.hint === HINTS.write;
    const hint = reformatted
      ? SAY.reformatted
      : noDate
        ? SAY.noDate
        : empty
          ? SAY.fillIn
          : problem.hint && fieldHints().includes(problem.hint)
            ? SAY.hint
            : problem.hint;
    const message = noDate ? SAY.empty : problem.message;
    return { ...problem, path: rowPath(row, `${column}${within}`), message, ...(hint ? { hint } : {}) };
  }
  if (problem.path !== "" && datasetRow !== undefined)
    return { ...problem, path: rowPath(datasetRow, `settings: ${problem.path}`) };
  return problem;
}

const FIELD_COLUMNS: Record<string, string> = {
  shortTitle: "short_title",
  correctsArticle: "corrects_article",
  articleParagraphs: "article_paragraphs",
  articleQuotes: "article_quotes",
};

/** The words of a problem with a cell, in the page's language (worded when the sheet is read). */
const SAY = {
  get hint() {
    return sheetHint();
  },
  get fillIn() {
    return say(/*i18n*/ "Fill in this cell.");
  },
  get empty() {
    return say(/*i18n*/ "is empty");
  },
  get noDate() {
    return say(
      /*i18n*/ "Write when it happened, as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year); or write the date in words in the date column, as Aug 26, 2021.",
    );
  },
  get reformatted() {
    return say(
      /*i18n*/ "The spreadsheet program may have changed the date into its own format: set the start and end columns to Text and type dates as 2021-08-26.",
    );
  },
};
