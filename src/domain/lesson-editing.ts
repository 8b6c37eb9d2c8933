/**
 * What the lesson builder does to a draft: move a step, write its prompt, check it before it is shared,
 * and make the lesson (for its link) and the dataset with it (for "Download lesson").
 */
import { t } from "@lingui/core/macro";
import { ID_PATTERN, PROMPT_MAX } from "./limits";
import type { LessonDraft } from "./lesson-draft";
import type { Dataset, LessonStep } from "./schema";

/** Moves a step to another place; out-of-range moves change nothing. */
export function moveStep(draft: LessonDraft, from: number, to: number): LessonDraft {
  if (from === to || from < 0 || to < 0 || from >= draft.steps.length || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved!);
  return { ...draft, steps };
}

export function setPrompt(draft: LessonDraft, index: number, prompt: string): LessonDraft {
  return { ...draft, steps: draft.steps.map((step, at) => (at === index ? { ...step, prompt } : step)) };
}

/** What must be fixed before the lesson can be shared or downloaded, in the builder's words. */
export function draftProblems(draft: LessonDraft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === "") problems.push(t`Give the lesson a title.`);
  if (draft.steps.length === 0) problems.push(t`Add at least one event (Add to lesson, on its card).`);
  draft.steps.forEach((step, index) => {
    const number = index + 1;
    const max = PROMPT_MAX;
    if (step.prompt.trim() === "") problems.push(t`Write a prompt for step ${number}.`);
    else if (step.prompt.length > PROMPT_MAX)
      problems.push(t`Shorten the prompt of step ${number} to ${max} characters.`);
  });
  return problems;
}

/** The draft as a lesson: trimmed text, the description only when there is one. */
export function draftLesson(draft: LessonDraft): { title: string; description?: string; steps: LessonStep[] } {
  const description = draft.description.trim();
  return {
    title: draft.title.trim(),
    ...(description ? { description } : {}),
    steps: draft.steps.map((step) => ({ event: step.event, prompt: step.prompt.trim() })),
  };
}

/** A kebab-case id from the title, unique among the dataset's lessons. */
export function lessonId(title: string, taken: readonly string[]): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "") || "lesson";
  let id = ID_PATTERN.test(base) ? base : "lesson";
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** The dataset with the draft added as one more lesson: what "Download lesson" saves. */
export function datasetWithLesson(dataset: Dataset, draft: LessonDraft): Dataset {
  const lessons = dataset.lessons ?? [];
  const lesson = {
    id: lessonId(
      draft.title,
      lessons.map((existing) => existing.id),
    ),
    ...draftLesson(draft),
  };
  return { ...dataset, lessons: [...lessons, lesson] };
}
