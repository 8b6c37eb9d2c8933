import { useDeferredValue, useMemo } from "react";
import { filterChips } from "../domain/active-filters";
import { facetCounts, fitWindow, indexDataset, visibleEvents, zoomLimits } from "../domain/filter";
import { claimsByEvent } from "../domain/claims";
import { hasSourceArticle } from "../domain/labels";
import { relatedLinks } from "../domain/related";
import { formatSolarHijri } from "../domain/format-date";
import type { Localized } from "../domain/localize";
import { DATE_LOCALE, INTL_LOCALE, SOLAR_HIJRI, type Language } from "../domain/locales";
import { LARGE_TIMELINE, TRACK_COLOURS, timelineGroups, timelineItems } from "../domain/timeline-items";
import type { ViewState } from "../domain/view-state";
import type { CardContext } from "../features/cards/event-card";
import { useSettled } from "../hooks/use-settled";
import { useTextSearch } from "./use-text-search";

/** Up to this many events, a click's render of cards and timeline together stays around 100 ms. */
const IMMEDIATE_LIMIT = 3000;

/**
 * Everything the explorer's views show, derived from the dataset and the view in the link with pure
 * functions and memoised: the events that match, the counts beside each filter, the timeline's items,
 * and what a card needs to name tracks and actors. Nothing here is a second copy of the view.
 */
export function useExplorerModel(localized: Localized, view: ViewState, language: Language) {
  const { dataset } = localized;
  const locale = DATE_LOCALE[language];
  const index = indexDataset(dataset, { original: localized.original, language: INTL_LOCALE[language] });
  const textSearch = useTextSearch(index, view.q !== "");
  // While the reader types a search, the costly views (cards, timeline, counts) follow the link a moment
  // later than the field does, in a render React can interrupt, so typing never waits for them. Any other
  // change (a click on a filter, a preset, Clear all) shows in both views in the same frame as the control
  // that made it, as long as that render fits in about 100 ms (up to IMMEDIATE_LIMIT events, measured with
  // npm run bench); past that, clicks too are deferred, so input never waits for them.
  const deferred = useDeferredValue(view);
  const shownView = deferred.q === view.q && index.events.length <= IMMEDIATE_LIMIT ? view : deferred;
  const text = useMemo(
    () => (textSearch && shownView.q !== "" ? textSearch.match(shownView.q) : null),
    [textSearch, shownView.q],
  );
  const visible = useMemo(() => visibleEvents(index, shownView, text), [index, shownView, text]);
  const facets = useMemo(() => facetCounts(index, shownView, text), [index, shownView, text]);
  const chips = useMemo(() => filterChips(dataset, view), [dataset, view]);
  const outsideId = visible.selectedOutsideFilters ? shownView.event : null;
  // A row per track shown: a hidden track leaves no empty row (an embed of one track shows one).
  const outsideTrack = outsideId ? (index.byId.get(outsideId)?.track ?? null) : null;
  const trackKey = shownView.tracks?.join(",") ?? null;
  const groups = useMemo(
    () => timelineGroups(index, trackKey === null ? null : trackKey.split(",").filter(Boolean), outsideTrack),
    [index, trackKey, outsideTrack],
  );
  // With thousands of events each timeline update redraws a lot: while the reader types a search, the
  // timeline follows the last of a quick run of keystrokes (the cards follow each one). A click on a
  // filter, a preset or Clear all reaches it at once.
  const large = index.events.length > LARGE_TIMELINE;
  const timelineQuery = useSettled(shownView.q, large ? 400 : 0);
  const timelineVisible = useMemo(
    () =>
      timelineQuery === shownView.q
        ? visible
        : visibleEvents(index, { ...shownView, q: timelineQuery }, textSearch?.match(timelineQuery)),
    [index, shownView, timelineQuery, visible, textSearch],
  );
  const items = useMemo(
    () => timelineItems(index, timelineVisible.shown, { locale, outside: outsideId }),
    [index, timelineVisible.shown, locale, outsideId],
  );
  // The window the matching events span; the timeline fits to it again only when it differs by value,
  // so selecting an event never refits it.
  const fitTo = useMemo(() => fitWindow(index, timelineVisible.matches), [index, timelineVisible.matches]);
  const zoom = useMemo(() => zoomLimits(index), [index]);

  // The claims as the page shows them (their explanations translated), by the events that show the record.
  const claimsOf = useMemo(() => claimsByEvent(dataset.claims ?? []), [dataset.claims]);
  const context = useMemo<CardContext>(() => {
    const trackOrder = new Map(dataset.tracks.map((track, order) => [track.id, order]));
    const shown = new Set(visible.shown.map((event) => event.id));
    const pageLanguage = INTL_LOCALE[language];
    return {
      locale,
      pageLanguage,
      originalLanguage: localized.original.language,
      textLanguage: (id, field) => localized.languageOf("events", id, field),
      otherCalendar: SOLAR_HIJRI[language] ? (event) => formatSolarHijri(event, pageLanguage) : () => null,
      trackLabel: (id) => index.trackLabels.get(id) ?? id,
      trackColour: (id) => (trackOrder.get(id) ?? 0) % TRACK_COLOURS,
      actorLabel: (id) => index.actorLabels.get(id) ?? id,
      article: hasSourceArticle(dataset),
      related: (id) => relatedLinks(index, id),
      isShown: (id) => shown.has(id),
      claims: (id) => claimsOf.get(id) ?? [],
    };
  }, [dataset, index, locale, visible.shown, language, localized, claimsOf]);

  // A search whose index is still loading: its result may yet grow, so an empty one is not final.
  const searching = shownView.q !== "" && textSearch === null;
  return {
    index,
    visible,
    facets,
    chips,
    groups,
    items,
    outsideId,
    fitTo,
    zoom,
    large,
    context,
    text,
    searching,
    /** The locale the timeline's axis writes its years, months and days in. */
    locale,
  };
}

export type ExplorerModel = ReturnType<typeof useExplorerModel>;
