import { plural, t } from "@lingui/core/macro";
import { useCallback, useEffect, useRef } from "react";
import { activeFilterCount, ordering } from "../domain/filter";
import { formatEventDate } from "../domain/format-date";
import { NO_FILTERS, type ViewState } from "../domain/view-state";
import { FilterPanel, SearchBox } from "../features/filters/filter-panel";
import { TimelineSection } from "../features/timeline/timeline-section";
import { downloadEvents } from "./download";
import { EventsSection } from "./events-section";
import { useExplorer, useHover, useTimelineDrawn } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { useArticleLanguage } from "./claims-part";
import { LessonParts } from "./lesson-parts";
import { MissingLessonNotice } from "./lessons-control";
import { Messages } from "./messages";

/**
 * The explorer's parts, each reading from the explorer's state what it shows (explorer-state.tsx) and
 * wrapped in a boundary of its own, so one failing leaves the others working. explorer.tsx lays them out.
 */

/** After a feature failed: every filter off and nothing selected, the view most likely to work. */
export function useResetView() {
  const { update } = useExplorer();
  return () => update({ ...NO_FILTERS, event: null });
}

/**
 * "12 of 62 events", and how the cards are ordered during a search (`status`); the same for the drawer's
 * button, "Show 12 of 62 events" (`show`).
 */
export function useStatus(): { status: string; show: string } {
  const { model, dataset, view } = useExplorer();
  const shown = model.visible.matches.length;
  const total = dataset.events.length;
  const order = shown > 1 ? ordering(view) : null;
  if (order === "best") {
    return {
      status: plural(total, {
        one: `${shown} of # event, best matches first`,
        other: `${shown} of # events, best matches first`,
      }),
      show: plural(total, {
        one: `Show ${shown} of # event, best matches first`,
        other: `Show ${shown} of # events, best matches first`,
      }),
    };
  }
  if (order === "date") {
    return {
      status: plural(total, {
        one: `${shown} of # event, in date order`,
        other: `${shown} of # events, in date order`,
      }),
      show: plural(total, {
        one: `Show ${shown} of # event, in date order`,
        other: `Show ${shown} of # events, in date order`,
      }),
    };
  }
  return {
    status: plural(total, { one: `${shown} of # event`, other: `${shown} of # events` }),
    show: plural(total, { one: `Show ${shown} of # event`, other: `Show ${shown} of # events` }),
  };
}

export function useFilterCount(): number {
  return activeFilterCount(useExplorer().view);
}

export function MessagesPart() {
  const { source, loaded, linkNotice, dismissLinkNotice } = useExplorer();
  return (
    <Messages source={source} loaded={loaded} linkNotice={linkNotice} onDismissLinkNotice={dismissLinkNotice}>
      <MissingLessonNotice />
    </Messages>
  );
}

export function LessonPart() {
  const {
    lesson,
    draft,
    building,
    dataset,
    model,
    view,
    update,
    wide,
    printLink,
    sharing,
    base,
    buildLessonButton,
    toolsButton,
    printWorksheet,
  } = useExplorer();
  const articleLanguage = useArticleLanguage();
  return (
    <LessonParts
      mode={lesson}
      draft={draft}
      building={building}
      dataset={dataset}
      index={model.index}
      locale={model.locale}
      articleLanguage={articleLanguage}
      view={view}
      update={update}
      wide={wide}
      link={printLink}
      sharing={sharing}
      base={base}
      onPrint={printWorksheet}
      onBuilderClosed={() => {
        // Build a lesson, where it opened from; the tools' button when they are folded away.
        const button = buildLessonButton.current;
        if (button?.checkVisibility()) button.focus();
        else toolsButton.current?.focus();
      }}
    />
  );
}

export function FiltersPart() {
  const { dataset, view, update, model, wide, embedded } = useExplorer();
  const reset = useResetView();
  const onChange = useCallback(
    (patch: Partial<ViewState>, kind?: string) => update(patch, kind ? { kind } : {}),
    [update],
  );
  return (
    <FeatureBoundary name={t`the filters`} onReset={reset}>
      <FilterPanel
        dataset={dataset}
        view={view}
        facets={model.facets}
        onChange={onChange}
        inDrawer={!wide || embedded}
        withSearch={wide || embedded}
      />
    </FeatureBoundary>
  );
}

export function SearchPart() {
  const { view, update } = useExplorer();
  const reset = useResetView();
  return (
    <FeatureBoundary name={t`the search`} onReset={reset}>
      <SearchBox compact value={view.q} onChange={(q) => update({ q }, { kind: "q" })} />
    </FeatureBoundary>
  );
}

export function TimelinePart() {
  const { model, view, reducedMotion, embedded, selection, timeline } = useExplorer();
  const { hoveredId, setHoveredId } = useHover();
  const { setDrawn } = useTimelineDrawn();
  const reset = useResetView();
  const { select } = selection;
  const onSelect = useCallback((id: string | null) => select(id, "timeline"), [select]);
  return (
    <FeatureBoundary name={t`the timeline`} onReset={reset}>
      <TimelineSection
        groups={model.groups}
        items={model.items}
        selectedId={view.event}
        hoveredId={hoveredId}
        fitTo={model.fitTo}
        zoom={model.zoom}
        locale={model.locale}
        large={model.large}
        reducedMotion={reducedMotion}
        embedded={embedded}
        reading={view.event !== null}
        onSelect={onSelect}
        onHover={setHoveredId}
        onStep={selection.step}
        handleRef={timeline}
        onDrawn={setDrawn}
      />
    </FeatureBoundary>
  );
}

export function EventsPart() {
  const { model, view, update, localized, selection, reducedMotion, embedded, draft } = useExplorer();
  const { hoveredId, setHoveredId } = useHover();
  const { drawn } = useTimelineDrawn();
  const { status } = useStatus();
  const reset = useResetView();
  const { index, visible } = model;
  const { select } = selection;
  const onToggle = useCallback((id: string) => select(view.event === id ? null : id, "card"), [select, view.event]);
  const onSelectRelated = useCallback((id: string) => select(id, "related"), [select]);
  const clearAll = useCallback(() => update(NO_FILTERS), [update]);
  const nearest = (model.text?.nearest ?? []).flatMap((id) => {
    const event = index.byId.get(id);
    return event ? [{ id, title: event.title, date: formatEventDate(event, { locale: model.locale }) }] : [];
  });
  return (
    <FeatureBoundary name={t`the list of events`} onReset={reset}>
      <EventsSection
        status={status}
        matches={visible.matches.length}
        events={visible.shown}
        chips={model.chips}
        context={model.context}
        selectedId={view.event}
        hoveredId={hoveredId}
        outsideFiltersId={model.outsideId}
        reveal={selection.reveal}
        reducedMotion={reducedMotion}
        embedded={embedded}
        onToggle={onToggle}
        onSelectRelated={onSelectRelated}
        onHover={setHoveredId}
        onRemoveFilter={(patch) => update(patch)}
        onClearAll={clearAll}
        onDownload={(format) => void downloadEvents(format, localized.original, visible.matches, view)}
        lessonSteps={embedded ? undefined : draft.steps}
        onLessonToggle={embedded ? undefined : draft.toggle}
        // The claim in "Check the article", in a history entry of its own: Back returns to the card.
        onOpenClaim={(claim) => update({ view: "claims", claim })}
        complete={drawn}
        search={{ query: view.q, text: model.text, searching: model.searching, nearest }}
        byDate={ordering(view) === null ? null : view.sort === "date"}
        onByDate={(byDate) => update({ sort: byDate ? "date" : null })}
        // The search found nothing: leave it, and show the event the reader chose (one Back returns).
        onPickNearest={(id) => select(id, "related", { q: "" })}
      />
    </FeatureBoundary>
  );
}

/** What a screen reader hears about the selection, in a polite live region. */
export function SelectionAnnouncement() {
  const { selection } = useExplorer();
  return (
    <p id="selection-announcement" aria-live="polite" aria-atomic="true" className="sr-only">
      {selection.announcement}
    </p>
  );
}

/**
 * On a phone the cards are below the timeline, out of sight of the search field: once the reader stops
 * typing, the results scroll into view beneath the field (which stays on screen in the sticky bar). A
 * link that opens with a search does not scroll.
 */
export function useResultsInSight() {
  const { view, wide, embedded, reducedMotion } = useExplorer();
  const query = view.q;
  const enabled = !wide && !embedded;
  const previous = useRef(query);
  useEffect(() => {
    if (previous.current === query) return;
    previous.current = query;
    if (!enabled || query === "") return;
    const timer = window.setTimeout(() => {
      const heading = document.getElementById("events-heading");
      if (!heading) return;
      const { top } = heading.getBoundingClientRect();
      if (top >= 64 && top < window.innerHeight / 2) return; // in sight already, below the bar
      heading.scrollIntoView({ block: "start", behavior: reducedMotion ? "auto" : "smooth" });
    }, 600);
    return () => window.clearTimeout(timer);
  }, [query, enabled, reducedMotion]);
}
