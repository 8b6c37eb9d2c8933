/**
 * What the download buttons write: the events of the current view, as a dataset that validates (so a
 * teacher can load it again or edit it); the CSV is that dataset in the explorer's sheet (explorer-sheet.ts).
 */
import { plural } from "@lingui/core/macro";
import { describeFilters } from "./active-filters";
import type { Dataset, LessonStep, TimelineEvent } from "./schema";
import type { ViewState } from "./view-state";

/**
 * A dataset of just these events, as written (the events are matched by id, so a view shown in another
 * language downloads the original with its translations): related links to events left out are dropped,
 * lessons keep their steps on the events kept, claims the events that show them, and translations only what
 * is left, so it still validates.
 */
export function datasetOfView(dataset: Dataset, events: readonly TimelineEvent[], view: ViewState): Dataset {
  const kept = new Set(events.map((event) => event.id));
  const byId = new Map(dataset.events.map((event) => [event.id, event]));
  const filtered = describeFilters(dataset, view);
  const whole = events.length === dataset.events.length;
  if (whole) return dataset;
  const claims = dataset.claims
    ?.map((claim) => ({ ...claim, events: claim.events.filter((id) => kept.has(id)) }))
    .filter((claim) => claim.events.length > 0);
  const keptClaims = new Set(claims?.map((claim) => claim.id));
  // A step keeps its claim where the claim is kept; otherwise it stays a step on its event.
  const withClaim = (step: LessonStep): LessonStep => {
    if (step.claim === undefined || keptClaims.has(step.claim)) return step;
    const { claim: _dropped, ...rest } = step;
    return rest;
  };
  const lessons = dataset.lessons
    ?.map((lesson) => ({
      lesson,
      steps: lesson.steps
        .map((step, index) => ({ step: withClaim(step), index }))
        .filter(({ step }) => kept.has(step.event)),
    }))
    .filter(({ steps }) => steps.length > 0);
  const keptSteps = new Map(lessons?.map(({ lesson, steps }) => [lesson.id, steps.map(({ index }) => index)]));
  return {
    ...dataset,
    description: `${dataset.description} (${shownOf(events.length, dataset.events.length)} ${filtered})`.trim(),
    events: events.flatMap((shown) => {
      const event = byId.get(shown.id);
      if (!event) return [];
      if (!event.related) return [event];
      const related = event.related.filter((link) => kept.has(link.id));
      const { related: _dropped, ...rest } = event;
      return [related.length > 0 ? { ...rest, related } : rest];
    }),
    ...(lessons
      ? { lessons: lessons.map(({ lesson, steps }) => ({ ...lesson, steps: steps.map(({ step }) => step) })) }
      : {}),
    ...(claims ? { claims } : {}),
    ...(dataset.translations
      ? {
          translations: Object.fromEntries(
            Object.entries(dataset.translations).map(([language, translation]) => [
              language,
              {
                ...translation,
                ...(translation.events ? { events: only(translation.events, kept) } : {}),
                ...(translation.claims ? { claims: only(translation.claims, keptClaims) } : {}),
                ...(translation.lessons
                  ? {
                      lessons: Object.fromEntries(
                        Object.entries(translation.lessons).flatMap(([id, text]) => {
                          const steps = keptSteps.get(id);
                          if (!steps) return [];
                          // Prompts follow the steps kept, in their order.
                          const prompts = text.prompts && steps.map((index) => text.prompts![index]);
                          const { prompts: _all, ...rest } = text;
                          return [
                            [
                              id,
                              prompts?.every((prompt) => prompt !== undefined)
                                ? { ...rest, prompts: prompts as string[] }
                                : rest,
                            ],
                          ];
                        }),
                      ),
                    }
                  : {}),
              },
            ]),
          ),
        }
      : {}),
  };
}

/** The entries of a by-id map whose ids are kept. */
function only<T>(entries: Record<string, T>, kept: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(entries).filter(([id]) => kept.has(id)));
}

/** A file name from the dataset's id: "us-taliban-relations-view.csv". */
export function exportFileName(dataset: Dataset, extension: "csv" | "json", whole: boolean): string {
  return `${dataset.id}${whole ? "" : "-view"}.${extension}`;
}

/** "12 of 62 events.", in the page's language. */
function shownOf(shown: number, total: number): string {
  return plural(total, { one: `${shown} of # event.`, other: `${shown} of # events.` });
}
