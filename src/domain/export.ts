/**
 * What the download buttons write: the events of the current view, as a dataset that validates (so a
 * teacher can load it again or edit it); the CSV is that dataset in the explorer's sheet (explorer-sheet.ts).
 */
import { describeFilters } from "./active-filters";
import type { Dataset, TimelineEvent } from "./schema";
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

/** A file name from the dataset's id: "us-taliban-relations-view.csv". */
export function exportFileName(dataset: Dataset, extension: "csv" | "json", whole: boolean): string {
  return `${dataset.id}${whole ? "" : "-view"}.${extension}`;
}
