import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../domain/schema";
import { parseViewState, reconcileViewState, serialiseViewState, type ViewState } from "../domain/view-state";
import { useLocationSearch, type HistoryMode } from "../hooks/use-url";

export interface UpdateOptions {
  /** Pan, zoom and theme-like changes replace the history entry; filters and selection push one. */
  mode?: HistoryMode;
  /** Names a continuous change (typing a search) whose entries collapse into one. */
  kind?: string;
}

/** Changes the view in the link: a patch over the current view, a history entry per discrete action. */
export type UpdateView = (patch: Partial<ViewState>, options?: UpdateOptions) => void;

export interface ViewModel {
  view: ViewState;
  update: UpdateView;
  /** What the link asked for that could not be used, in plain words; empty when all was well. */
  notice: string[];
  dismissNotice(): void;
}

/**
 * The view state, read from the URL and written back to it. Derived state only: nothing here is a
 * second copy of the view. A link with parts that cannot be used is rewritten to what was used, and
 * the reader is told what was dropped.
 */
export function useView(dataset: Dataset, { hold = false }: { hold?: boolean } = {}): ViewModel {
  const [search, navigate] = useLocationSearch();
  const known = useMemo(
    () => ({
      tracks: dataset.tracks.map((track) => track.id),
      actors: dataset.actors.map((actor) => actor.id),
      events: new Set(dataset.events.map((event) => event.id)),
      lessons: new Map((dataset.lessons ?? []).map((lesson) => [lesson.id, lesson.steps.length])),
    }),
    [dataset],
  );
  const { view, ignored } = useMemo(() => {
    const parsed = parseViewState(search);
    const reconciled = reconcileViewState(parsed.state, known);
    return { view: reconciled.state, ignored: [...parsed.ignored, ...reconciled.ignored] };
  }, [search, known]);

  // The notice outlives the faulty link: once the link is rewritten, `ignored` is empty again.
  // Nothing is judged while `hold` is set: the link is meant for a dataset still loading.
  const [notice, setNotice] = useState<string[]>(hold ? [] : ignored);
  const [noticed, setNoticed] = useState(ignored);
  if (!hold && ignored !== noticed) {
    setNoticed(ignored);
    if (ignored.length > 0) setNotice(ignored);
  }
  useEffect(() => {
    if (hold) return;
    const canonical = serialiseViewState(view);
    if (canonical !== search.replace(/^\?/, "")) navigate(canonical, "replace");
  }, [view, search, navigate, hold]);

  // A stable `update` (cards are memoised on it) that always starts from the latest view.
  const latest = useRef({ view, known });
  useEffect(() => {
    latest.current = { view, known };
  });
  const update = useCallback(
    (patch: Partial<ViewState>, { mode = "push", kind }: UpdateOptions = {}) => {
      const next = reconcileViewState({ ...latest.current.view, ...patch }, latest.current.known).state;
      navigate(serialiseViewState(next), mode, kind);
    },
    [navigate],
  );
  const dismissNotice = useCallback(() => setNotice([]), []);
  return { view, update, notice, dismissNotice };
}
