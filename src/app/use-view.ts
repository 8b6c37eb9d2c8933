import { useCallback, useEffect, useMemo, useState } from "react";
import type { Dataset } from "../domain/schema";
import { knownIds, reconcileViewState } from "../domain/view-reconcile";
import { serialiseViewState, type ViewState } from "../domain/view-state";
import { useLatest } from "../hooks/use-latest";
import { useLinked, useLocation, type WriteOptions } from "./location";

export type UpdateOptions = Omit<WriteOptions, "known">;

/** Changes the view in the link: a patch over the current view, a history entry per discrete action. */
export type UpdateView = (patch: Partial<ViewState>, options?: UpdateOptions) => void;

export interface ViewModel {
  view: ViewState;
  update: UpdateView;
  /** What the link asked for that could not be used, in plain words; empty when all was well. */
  notice: string[];
  /** A lesson the link named that the dataset does not have (a mistyped link), until the notice is dismissed. */
  missingLesson: string | null;
  dismissNotice(): void;
}

/**
 * The view on the dataset shown, from the link. `source` is what a link names for that dataset: the
 * `data=` address it came from or the `pack=` that carried it (both null for the default one or a file).
 * A link naming another dataset is for one still loading, and is judged once that dataset is shown, not
 * against this one. Our own changes are written in their canonical
 * form (location.ts); a link that arrives from outside with parts that cannot be used is rewritten, in
 * place, to what was used, and the reader is told what was dropped.
 */
export function useView(dataset: Dataset, source: { data: string | null; pack: string | null }): ViewModel {
  const location = useLocation();
  const linked = useLinked();
  const known = useMemo(() => knownIds(dataset), [dataset]);
  const forShown = linked.state.data === source.data && linked.state.pack === source.pack;
  const { view, ignored } = useMemo(() => {
    const reconciled = reconcileViewState(linked.state, known);
    return { view: reconciled.state, ignored: [...linked.ignored, ...reconciled.ignored] };
  }, [linked, known]);

  // The notice outlives the faulty link: once the link is rewritten, `ignored` is empty again.
  const missing = forShown && linked.state.lesson !== null && view.lesson === null ? linked.state.lesson : null;
  const [notice, setNotice] = useState<string[]>(forShown ? ignored : []);
  const [missingLesson, setMissingLesson] = useState(missing);
  const [noticed, setNoticed] = useState(ignored);
  if (forShown && ignored !== noticed) {
    setNoticed(ignored);
    if (ignored.length > 0) {
      setNotice(ignored);
      setMissingLesson(missing);
    }
  }
  // The one correction of a link: one that came from outside (typed, pasted, an older form) and is not
  // what the codec would write. Links the explorer writes are canonical already.
  useEffect(() => {
    if (forShown && serialiseViewState(view) !== linked.query) location.write(view, { mode: "replace" });
  }, [forShown, view, linked.query, location]);

  // A stable `update` (cards are memoised on it) that always starts from the latest view.
  const latest = useLatest({ view, known });
  const update = useCallback<UpdateView>(
    (patch, options = {}) =>
      location.write({ ...latest.current.view, ...patch }, { ...options, known: latest.current.known }),
    [location, latest],
  );
  const dismissNotice = useCallback(() => {
    setNotice([]);
    setMissingLesson(null);
  }, []);
  return { view, update, notice, missingLesson, dismissNotice };
}
