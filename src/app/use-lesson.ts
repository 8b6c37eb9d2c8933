import { plural, t } from "@lingui/core/macro";
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from "react";
import type { Dataset, Lesson } from "../domain/schema";
import type { ViewState } from "../domain/view-state";
import type { Selection } from "./use-selection";
import type { UpdateView } from "./use-view";

export interface ActiveLesson {
  lesson: Lesson;
  /** Carried whole in the link (path=), not one of the dataset's lessons. */
  fromLink: boolean;
  /** The current step, 0-based. */
  step: number;
}

export interface LessonMode {
  active: ActiveLesson | null;
  /** What the link asked for that could not be used (a damaged path=, a step past the end). */
  problems: string[];
  dismissProblems(): void;
  /** To step `index` (0-based): its event is selected, in a history entry of its own. */
  go(index: number, by?: "step" | "keyboard"): void;
  /** Selects the current step's event again, after reading other cards. */
  showStep(): void;
  leave(): void;
}

/**
 * Lesson mode, from the link: `lesson=<id>` names one of the dataset's lessons, `path=` carries one
 * built in the page; `step=` is the step, from 1. Each step is a history entry that selects its event,
 * so Back returns to the step before.
 */
export function useLesson(
  dataset: Dataset,
  view: ViewState,
  update: UpdateView,
  selection: Selection,
  /** The panel is above the timeline (a phone, a frame): stepping must not scroll it away. */
  panelAbove: boolean,
): LessonMode {
  const [decoded, setDecoded] = useState<{ path: string; lesson: Lesson | null; problems: string[] } | null>(null);
  const [dismissed, setDismissed] = useState<string[] | null>(null);

  // A built lesson is decoded (and checked against the dataset) off the main path: its code and the
  // validator load only when a link carries one.
  useEffect(() => {
    if (!view.path || decoded?.path === view.path) return;
    let live = true;
    const path = view.path;
    import("../domain/lesson-link")
      .then((module) => module.decodeLesson(path, dataset))
      .then((result) => {
        if (!live) return;
        setDecoded(
          result.ok
            ? { path, lesson: result.lesson, problems: result.ignored }
            : { path, lesson: null, problems: [result.reason] },
        );
        // A lesson that cannot be used is taken out of the link, as any other part of it would be.
        if (!result.ok) update({ path: null, step: null }, { mode: "replace" });
      })
      .catch(() => live && setDecoded({ path, lesson: null, problems: [t`the lesson in the link could not be read`] }));
    return () => {
      live = false;
    };
  }, [view.path, dataset, decoded, update]);

  const lesson: Lesson | null = view.path
    ? decoded?.path === view.path
      ? decoded.lesson
      : null
    : view.lesson
      ? (dataset.lessons?.find((candidate) => candidate.id === view.lesson) ?? null)
      : null;
  const fromLink = view.path !== null;
  const steps = lesson?.steps.length ?? 0;
  const step = Math.min(Math.max((view.step ?? 1) - 1, 0), Math.max(steps - 1, 0));
  const active = useMemo(() => (lesson ? { lesson, fromLink, step } : null), [lesson, fromLink, step]);

  const problems = useMemo(() => {
    const list = [...(decoded && (decoded.path === view.path || !decoded.lesson) ? decoded.problems : [])];
    if (fromLink && lesson && view.step !== null && view.step > steps) {
      const asked = view.step;
      list.push(
        plural(steps, {
          one: `the lesson has # step, not ${asked}; the last one is shown`,
          other: `the lesson has # steps, not ${asked}; the last one is shown`,
        }),
      );
    }
    return dismissed && dismissed.join("\n") === list.join("\n") ? [] : list;
  }, [decoded, view.path, view.step, fromLink, lesson, steps, dismissed]);

  const { select } = selection;
  // Opening a lesson link (or returning to one) with nothing selected selects the step's event.
  const stepEvent = lesson?.steps[step]?.event ?? null;
  // Only when the step's event changes: a reader who clears the selection keeps it cleared.
  const selectStepEvent = useEffectEvent((event: string) => {
    if (view.event === null) select(event, panelAbove ? "lesson" : "step", {}, true);
  });
  useEffect(() => {
    if (stepEvent) selectStepEvent(stepEvent);
  }, [stepEvent]);

  const go = useCallback(
    (index: number, by: "step" | "keyboard" = "step") => {
      const target = lesson?.steps[index];
      if (target) select(target.event, panelAbove && by === "step" ? "lesson" : by, { step: index + 1 });
    },
    [lesson, select, panelAbove],
  );
  const showStep = useCallback(() => {
    if (stepEvent) select(stepEvent, "related");
  }, [stepEvent, select]);
  const leave = useCallback(() => update({ lesson: null, step: null, path: null }), [update]);
  const dismissProblems = useCallback(() => setDismissed(problems), [problems]);

  return { active, problems, dismissProblems, go, showStep, leave };
}
