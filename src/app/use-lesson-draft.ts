import { useCallback, useMemo, useState } from "react";
import { addStep, parseDraft, removeStep, type LessonDraft } from "../domain/lesson-draft";
import type { Dataset } from "../domain/schema";
import { useLatest } from "../hooks/use-latest";
import { readStored, writeStored } from "../platform/storage";

export interface LessonDraftState {
  draft: LessonDraft;
  /** The builder is open (kept with the draft, so a reload finds it as it was). */
  open: boolean;
  steps: ReadonlySet<string>;
  change(draft: LessonDraft): void;
  setOpen(open: boolean): void;
  /** The card's button: adds the event (and opens the builder), or takes it out. */
  toggle(id: string): void;
}

/** The lesson a teacher is building, saved in this browser as it changes, one per dataset. */
export function useLessonDraft(dataset: Dataset): LessonDraftState {
  const key = `timeline-explorer:lesson-draft:${dataset.id}`;
  const events = useMemo(() => new Set(dataset.events.map((event) => event.id)), [dataset]);
  const read = () => ({ key, draft: parseDraft(readStored(key), events), open: readStored(`${key}:open`) === "1" });
  const [state, setState] = useState(read);
  const current = state.key === key ? state : read();
  if (state.key !== key) setState(current);

  const save = useCallback(
    (next: { draft: LessonDraft; open: boolean }) => {
      setState({ key, ...next });
      writeStored(key, next.draft.steps.length > 0 || next.draft.title !== "" ? JSON.stringify(next.draft) : null);
      writeStored(`${key}:open`, next.open ? "1" : null);
    },
    [key],
  );
  const { draft, open } = current;
  const steps = useMemo(() => new Set(draft.steps.map((step) => step.event)), [draft]);
  // The card's button keeps one identity (cards are memoised): it reads the draft through a ref.
  const latest = useLatest(current);
  const toggle = useCallback(
    (id: string) => {
      const { draft: now, open: opened } = latest.current;
      const index = now.steps.findIndex((step) => step.event === id);
      save(index >= 0 ? { draft: removeStep(now, index), open: opened } : { draft: addStep(now, id), open: true });
    },
    [save, latest],
  );
  return {
    draft,
    open,
    steps,
    change: (next) => save({ draft: next, open }),
    setOpen: (next) => save({ draft, open: next }),
    toggle,
  };
}
