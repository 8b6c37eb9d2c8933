/**
 * A lesson a teacher builds in the page: what the page needs from the start (a card's "Add to lesson"
 * and reading the draft back from this browser's storage, whatever it holds). The builder's own
 * operations are in lesson-editing.ts, loaded with it.
 */

import type { LessonStep } from "./schema";

export interface LessonDraft {
  title: string;
  description: string;
  steps: LessonStep[];
}

export const EMPTY_DRAFT: LessonDraft = Object.freeze({ title: "", description: "", steps: [] });

/** An event is a step once: adding it again does nothing. */
export function addStep(draft: LessonDraft, event: string): LessonDraft {
  if (draft.steps.some((step) => step.event === event)) return draft;
  return { ...draft, steps: [...draft.steps, { event, prompt: "" }] };
}

export function removeStep(draft: LessonDraft, index: number): LessonDraft {
  return { ...draft, steps: draft.steps.filter((_, at) => at !== index) };
}

/** Reads a stored draft, keeping only steps on events this dataset has; anything unreadable is empty. */
export function parseDraft(stored: string | null, events: ReadonlySet<string>): LessonDraft {
  if (!stored) return EMPTY_DRAFT;
  try {
    const value = JSON.parse(stored) as Partial<Record<keyof LessonDraft, unknown>>;
    const steps = Array.isArray(value.steps) ? value.steps : [];
    return {
      title: typeof value.title === "string" ? value.title : "",
      description: typeof value.description === "string" ? value.description : "",
      steps: steps.flatMap((step: unknown) => {
        const { event, prompt } = (step ?? {}) as Record<string, unknown>;
        return typeof event === "string" && events.has(event)
          ? [{ event, prompt: typeof prompt === "string" ? prompt : "" }]
          : [];
      }),
    };
  } catch {
    return EMPTY_DRAFT;
  }
}
