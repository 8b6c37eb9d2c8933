import { useDeferredValue, useEffect, useMemo } from "react";
import { filterChips } from "../domain/active-filters";
import { facetCounts, fitWindow, indexDataset, visibleEvents, zoomLimits, type EventIndex } from "../domain/filter";
import { relatedLinks } from "../domain/related";
import type { Dataset } from "../domain/schema";
import { TRACK_COLOURS, timelineGroups, timelineItems } from "../domain/timeline-items";
import type { ViewState } from "../domain/view-state";
import type { CardContext } from "../features/cards/event-card";

/**
 * Everything the explorer's views show, derived from the dataset and the view in the link with pure
 * functions and memoised: the events that match, the counts beside each filter, the timeline's items,
 * and what a card needs to name tracks and actors. Nothing here is a second copy of the view.
 */
export function useExplorerModel(dataset: Dataset, view: ViewState) {
  const locale = dataset.language;
  const index = indexDataset(dataset);
  useSearchWarmup(index);
  // The costly views (cards, timeline, counts) follow the link a moment later than the controls do, in
  // a render React can interrupt: typing a search with thousands of events never waits for them.
  const shownView = useDeferredValue(view);
  const visible = useMemo(() => visibleEvents(index, shownView), [index, shownView]);
  const facets = useMemo(() => facetCounts(index, shownView), [index, shownView]);
  const chips = useMemo(() => filterChips(dataset, view), [dataset, view]);
  const groups = useMemo(() => timelineGroups(index), [index]);
  const outsideId = visible.selectedOutsideFilters ? shownView.event : null;
  const items = useMemo(
    () => timelineItems(index, visible.shown, { locale, outside: outsideId }),
    [index, visible.shown, locale, outsideId],
  );
  // A new window only when the matching events change, so selecting an event never refits the timeline.
  const matchKey = visible.matches.map((event) => event.id).join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ids, not the array's identity
  const fitTo = useMemo(() => fitWindow(index, visible.matches), [index, matchKey]);
  const zoom = useMemo(() => zoomLimits(index), [index]);

  const context = useMemo<CardContext>(() => {
    const trackOrder = new Map(dataset.tracks.map((track, order) => [track.id, order]));
    const shown = new Set(visible.shown.map((event) => event.id));
    return {
      locale,
      trackLabel: (id) => index.trackLabels.get(id) ?? id,
      trackColour: (id) => (trackOrder.get(id) ?? 0) % TRACK_COLOURS,
      actorLabel: (id) => index.actorLabels.get(id) ?? id,
      related: (id) => relatedLinks(index, id),
      isShown: (id) => shown.has(id),
    };
  }, [dataset, index, locale, visible.shown]);

  return { index, visible, facets, chips, groups, items, outsideId, fitTo, zoom, context };
}

export type ExplorerModel = ReturnType<typeof useExplorerModel>;

/**
 * The search text of every event, prepared while the page is idle, so the first keystroke of a search
 * over thousands of events does not pay for it.
 */
function useSearchWarmup(index: EventIndex) {
  useEffect(() => {
    let position = 0;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (position < index.events.length && deadline.timeRemaining() > 2) index.searchText(position++);
      if (position < index.events.length) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [index]);
}
