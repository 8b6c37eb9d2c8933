/**
 * Reading a claim row of the explorer's spreadsheet (type `claim`, written by explorer-sheet.ts): the source
 * article's claims for "Check the article", so a teacher can write their own article's claims as rows. The
 * columns are those of an event, read as a claim's fields; the validator checks the rest (the verdict's word,
 * the events' ids) and names each problem by row and column (sheetProblem).
 */
import { SOURCE_PARTS, type SheetColumn } from "./explorer-sheet";
import { say } from "./say";
import { fromParts, paragraphs, splitLines, splitList } from "./sheet-cells";

/** Which column holds each field of a claim, to name a problem the validator found by its cell. */
export const CLAIM_COLUMNS: Readonly<Record<string, SheetColumn>> = {
  id: "id",
  paragraph: "article_paragraphs",
  text: "title",
  verdict: "verdict",
  explanation: "summary",
  events: "related",
  sources: "sources",
};

/**
 * A claim row as a claim to validate. `eventId` follows an event whose id the sheet made from its words (an
 * id written "Mayor visits" becomes mayor-visits): a claim naming it the same way follows too.
 */
export function readClaim(
  cell: (column: SheetColumn) => string,
  problem: (column: SheetColumn, message: string) => void,
  eventId: (written: string) => string,
): Record<string, unknown> {
  const [paragraph, ...more] = paragraphs(cell("article_paragraphs"), (message) =>
    problem("article_paragraphs", message),
  );
  if (paragraph === undefined || more.length > 0) problem("article_paragraphs", oneParagraph());
  const claim: Record<string, unknown> = {
    id: cell("id"),
    paragraph: paragraph ?? 0,
    text: cell("title"),
    // The words as the guide writes them, in any case: "Wrong" is wrong.
    verdict: cell("verdict").toLowerCase(),
    explanation: cell("summary"),
    events: splitList(cell("related"), (message) => problem("related", message)).map(eventId),
  };
  if (cell("sources"))
    claim.sources = splitLines(cell("sources"), (message) => problem("sources", message)).map((item) =>
      Array.isArray(item) ? fromParts(SOURCE_PARTS, item) : item,
    );
  return claim;
}

const oneParagraph = () => say(/*i18n*/ "needs the one paragraph of the source article the claim is in, such as P3");
