/**
 * The explorer's own spreadsheet: what "Download CSV" writes and what "Open dataset…" reads back
 * (explorer-sheet-read.ts), every
 * field kept. One row per event, in words a reader can follow (track and actor names, "In the article",
 * "P3 P4"), one row of type `dataset` for what belongs to the whole timeline (its title, description,
 * tracks, actors, periods, lessons), and one row of type `claim` for each of the source article's claims
 * ("Check the article": read back by sheet-claims.ts), so a teacher can write them as rows too. A teacher can start from the template with only the event columns
 * and no `dataset` row: tracks and actors are then made from the names in the event rows.
 *
 * Lists whose items have several parts (sources, the article's words, perspectives) are one item per line
 * in the cell; where a part holds the separator, the cell holds the same list as JSON, which is always
 * read too, so nothing is lost either way. Loaded with the first CSV read or written.
 */
import { toCsv } from "./csv";
import { formatEventDate } from "./format-date";
import { PROVENANCE_ENGLISH } from "./provenance-words";
import type { Claim, Dataset, SourceRef } from "./schema";
import { translationCells, translationColumns } from "./sheet-translations";

export const SHEET_COLUMNS = [
  "id",
  "date",
  "start",
  "end",
  "precision",
  "title",
  "track",
  "actors",
  "provenance",
  "summary",
  "details",
  "notes",
  "corrects_article",
  "article_paragraphs",
  "sources",
  "related",
  "article_quotes",
  "perspectives",
  "short_title",
  "tags",
  "media_url",
  "media_alt",
  "media_credit",
  "media_caption",
  "verdict",
  "type",
  "settings",
  "lessons",
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * What the `dataset` row's settings cell holds: the dataset's parts that are not events, claims (rows of their
 * own), title or description.
 */
export type Settings = Omit<
  Dataset,
  "schemaVersion" | "id" | "title" | "description" | "events" | "claims" | "$schema"
>;

export const PART = " | ";
export const LIST = "; ";

// ---------------------------------------------------------------------------------------------- writing

/** The dataset as the explorer's CSV: the `dataset` row first, then one row per event, in order. */
export function datasetToCsv(dataset: Dataset): string {
  const trackName = names(dataset.tracks);
  const actorName = names(dataset.actors);
  const {
    schemaVersion: _v,
    $schema: _s,
    id,
    title,
    description,
    events,
    claims = [],
    translations,
    ...rest
  } = dataset;
  // The translations go in columns of their own (sheet-translations.ts): titles, summaries, details, notes
  // and explanations in their rows, each language's labels and lessons in its settings_ cell.
  // The lessons have a cell of their own: with the actors in one they would outgrow a cell of Excel.
  const { lessons, ...settings } = rest satisfies Settings;
  const header = [...SHEET_COLUMNS, ...translationColumns(Object.keys(translations ?? {}))];
  const row = (cells: Partial<Record<string, string>>) => header.map((column) => cells[column] ?? "");
  const rows = [
    row({
      type: "dataset",
      id,
      title,
      summary: description,
      settings: JSON.stringify(settings),
      lessons: lessons && JSON.stringify(lessons),
      ...translationCells(translations, { type: "dataset" }),
    }),
    ...events.map((event) =>
      row({
        ...translationCells(translations, { type: "event", id: event.id }),
        id: event.id,
        date: formatEventDate(event, { locale: dataset.language }),
        start: event.start,
        end: event.end,
        precision: event.precision,
        title: event.title,
        track: trackName(event.track),
        actors: list(event.actors.map(actorName), LIST),
        provenance: PROVENANCE_ENGLISH[event.provenance],
        summary: event.summary,
        details: event.details,
        notes: event.notes,
        corrects_article: event.correctsArticle === undefined ? "" : event.correctsArticle ? "yes" : "no",
        article_paragraphs: event.articleParagraphs.map((paragraph) => `P${paragraph}`).join(" "),
        sources: lines(event.sources, sourceParts),
        related: (event.related ?? []).map((link) => `${link.relation}: ${link.id}`).join(LIST),
        article_quotes:
          event.articleQuotes && lines(event.articleQuotes, (quote) => [`P${quote.paragraph}`, quote.text]),
        perspectives: event.perspectives && JSON.stringify(event.perspectives),
        short_title: event.shortTitle,
        tags: event.tags && list(event.tags, LIST),
        media_url: event.media?.url,
        media_alt: event.media?.alt,
        media_credit: event.media?.credit,
        media_caption: event.media?.caption,
      }),
    ),
    ...claims.map((claim) =>
      row({ ...claimCells(claim), ...translationCells(translations, { type: "claim", id: claim.id }) }),
    ),
  ];
  // The byte-order mark tells Excel the file is UTF-8; without it every dash and curly quote is garbled.
  return `\uFEFF${toCsv(header, rows)}`;
}

/**
 * A claim of the source article as a row: `type` claim, its `id`, the paragraph it is in (`article_paragraphs`,
 * P4), the article's words (`title`), the `verdict`, our explanation (`summary`), the events that show the
 * record (`related`, ids separated by ;) and its sources, written as an event's are.
 */
export function claimCells(claim: Claim): Partial<Record<SheetColumn, string>> {
  return {
    type: "claim",
    id: claim.id,
    article_paragraphs: `P${claim.paragraph}`,
    title: claim.text,
    verdict: claim.verdict,
    summary: claim.explanation,
    related: list(claim.events, LIST),
    sources: claim.sources && lines(claim.sources, sourceParts),
  };
}

/** Names for ids, where the names tell the items apart; the ids where they do not. */
function names(items: readonly { id: string; label: string }[]): (id: string) => string {
  const labels = items.map((item) => item.label.trim().toLowerCase());
  const unique = new Set(labels).size === labels.length && !labels.some((label) => label.includes(";"));
  const byId = new Map(items.map((item) => [item.id, item.label]));
  return (id) => (unique ? (byId.get(id) ?? id) : id);
}

/**
 * Items joined by `separator` ("; "), or as JSON where the reader would split them otherwise: it splits at
 * ";", or at "," in a cell without one, so an item may hold a comma only beside others.
 */
function list(items: readonly string[], separator: string): string {
  const plain = items.every(
    (item) => item.trim() === item && item !== "" && !item.includes(";") && (items.length > 1 || !item.includes(",")),
  );
  return plain && !items[0]?.startsWith("[") ? items.join(separator) : JSON.stringify(items);
}

/** One item per line, its parts joined by " | "; JSON when a part holds a line break or " | ". */
function lines<T>(items: readonly T[], parts: (item: T) => string[]): string {
  const written = items.map((item) => trimEnd(parts(item)));
  const plain = written.every((item) =>
    item.every((part) => part.trim() === part && !/[\r\n|]/.test(part) && !part.startsWith("[")),
  );
  return plain ? written.map((item) => item.join(PART)).join("\n") : JSON.stringify(items);
}

export const SOURCE_PARTS = ["title", "publisher", "url", "date", "kind", "via"] as const;
const sourceParts = (source: SourceRef) => SOURCE_PARTS.map((key) => source[key] ?? "");

function trimEnd(parts: string[]): string[] {
  const out = [...parts];
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out;
}
