/**
 * What the download buttons write: the events of the current view, as a dataset that validates (so a
 * teacher can load it again or edit it) and as CSV for a spreadsheet.
 */
import { describeFilters } from "./active-filters";
import { toCsv } from "./csv";
import { formatEventDate } from "./format-date";
import { PROVENANCE_LABELS, citationText, perspectiveText } from "./labels";
import type { Dataset, SourceRef, TimelineEvent } from "./schema";
import type { ViewState } from "./view-state";

/** A dataset of just these events: related links to events left out are dropped, so it still validates. */
export function datasetOfView(dataset: Dataset, events: readonly TimelineEvent[], view: ViewState): Dataset {
  const kept = new Set(events.map((event) => event.id));
  const filtered = describeFilters(dataset, view);
  const whole = events.length === dataset.events.length;
  return {
    ...dataset,
    description: whole
      ? dataset.description
      : `${dataset.description} (${events.length} of ${dataset.events.length} events. ${filtered})`.trim(),
    events: events.map((event) => {
      if (!event.related) return event;
      const related = event.related.filter((link) => kept.has(link.id));
      const { related: _dropped, ...rest } = event;
      return related.length > 0 ? { ...rest, related } : rest;
    }),
    // A lesson keeps the steps on the events kept; one with none left goes.
    ...(dataset.lessons
      ? {
          lessons: dataset.lessons
            .map((lesson) => ({ ...lesson, steps: lesson.steps.filter((step) => kept.has(step.event)) }))
            .filter((lesson) => lesson.steps.length > 0),
        }
      : {}),
  };
}

export const CSV_HEADER = [
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
] as const;

export function eventsToCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const track = new Map(dataset.tracks.map((item) => [item.id, item.label]));
  const actor = new Map(dataset.actors.map((item) => [item.id, item.label]));
  const rows = events.map((event) => [
    event.id,
    formatEventDate(event, { locale: dataset.language }),
    event.start,
    event.end ?? "",
    event.precision,
    event.title,
    track.get(event.track) ?? event.track,
    event.actors.map((id) => actor.get(id) ?? id).join("; "),
    PROVENANCE_LABELS[event.provenance],
    event.summary,
    event.details ?? "",
    event.notes ?? "",
    event.correctsArticle ? "yes" : "",
    event.articleParagraphs.map((paragraph) => `P${paragraph}`).join(" "),
    event.sources.map((source) => citationLine(source, dataset.language)).join(" | "),
    (event.related ?? []).map((link) => `${link.relation}: ${link.id}`).join("; "),
    (event.articleQuotes ?? []).map((quote) => `P${quote.paragraph}: “${quote.text}”`).join(" | "),
    (event.perspectives ?? [])
      .map((view) => {
        const said = perspectiveText(view, actor.get(view.actor) ?? view.actor, dataset.language);
        return `${said} (${citationLine(view.source, dataset.language)})`;
      })
      .join(" | "),
  ]);
  // The byte-order mark tells Excel the file is UTF-8; without it every dash and curly quote is garbled.
  return `\uFEFF${toCsv(CSV_HEADER, rows)}`;
}

function citationLine(source: SourceRef, locale: string): string {
  return source.url ? `${citationText(source, locale)} ${source.url}` : citationText(source, locale);
}

/** A file name from the dataset's id: "us-taliban-relations-view.csv". */
export function exportFileName(dataset: Dataset, extension: "csv" | "json", whole: boolean): string {
  return `${dataset.id}${whole ? "" : "-view"}.${extension}`;
}
