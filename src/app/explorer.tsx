import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import { describeFilters } from "../domain/active-filters";
import { fullExplorerUrl } from "../domain/embed";
import { activeFilterCount } from "../domain/filter";
import { formatEventDate } from "../domain/format-date";
import { NO_FILTERS, type ViewState } from "../domain/view-state";
import { DropOverlay, OpenDatasetButton, useFileDrop } from "../features/datasets/open-dataset";
import { FilterPanel, SearchBox } from "../features/filters/filter-panel";
import { usePrinting } from "../features/print/use-printing";
import { preloadable } from "../hooks/preloadable";
import { CopyLink } from "../features/share/copy-link";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import { TimelineSection } from "../features/timeline/timeline-section";
import { useMediaQuery, useReducedMotion } from "../hooks/use-media-query";
import { useUrl } from "../hooks/use-url";
import { Button } from "../ui/button";
import { downloadEvents } from "./download";
import { EventsSection } from "./events-section";
import { FeatureBoundary } from "./feature-boundary";
import { Footer } from "./footer";
import { EmbedHeader, Header } from "./header";
import { EmbedLayout, FullLayout, type ExplorerParts } from "./layouts";
import { Messages } from "./messages";
import type { DatasetSource, LoadedDataset } from "./use-dataset-source";
import { useEmbedHeight } from "./use-embed-height";
import { useExplorerModel } from "./use-explorer-model";
import { LessonParts, LessonWorksheet } from "./lesson-parts";
import { useLesson } from "./use-lesson";
import { useLessonDraft } from "./use-lesson-draft";
import { useSelection } from "./use-selection";
import { useShortcuts } from "./use-shortcuts";
import { useTheme } from "./use-theme";
import { useView } from "./use-view";

const SKIP_LINK =
  "sr-only z-50 rounded-md bg-[var(--accent)] px-4 py-2 font-semibold text-[var(--surface)] focus:not-sr-only focus:fixed focus:top-3 focus:left-3";

// The handout is printed, not read on screen: its code loads once the page is idle (printing renders at
// once, with no time to load).
const handout = preloadable(() => import("../features/print/print-handout").then((module) => module.PrintHandout));

// Loaded when a teacher first opens it: no reader waits for the embed dialog's code.
const EmbedDialog = lazy(() =>
  import("../features/share/embed-dialog").then((module) => ({ default: module.EmbedDialog })),
);

/**
 * On a phone the cards are below the timeline, out of sight of the search field: once the reader stops
 * typing, the results scroll into view beneath the field (which stays on screen in the sticky bar). A
 * link that opens with a search does not scroll.
 */
function useResultsInSight(query: string, enabled: boolean, reducedMotion: boolean) {
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

/**
 * The explorer: the view from the link, the parts that show it (filters, timeline, cards), and the
 * teacher's tools, composed. Each part is its own feature; what they share comes from here.
 */
export function Explorer({ source, loaded }: { source: DatasetSource; loaded: LoadedDataset }) {
  const { dataset, origin } = loaded;
  // While another dataset loads, the link names ids of that dataset: leave it as it is until then.
  const { view, update, notice, dismissNotice } = useView(dataset, { hold: source.loading !== null });
  const theme = useTheme(view.theme);
  const reducedMotion = useReducedMotion();
  const wide = useMediaQuery("(min-width: 64rem)");
  const printing = usePrinting();
  const embedded = view.embed;
  const url = useUrl();

  const model = useExplorerModel(dataset, view);
  const { index, visible } = model;
  const selection = useSelection({
    index,
    view,
    shown: visible.shown,
    update,
    locale: dataset.language,
    embedded,
  });
  const timelineHandle = useRef<TimelineHandle | null>(null);
  // Where the focus goes back to when the lesson builder closes.
  const buildLesson = useRef<HTMLButtonElement>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEmbedHeight(root, embedded);
  const lessonMode = useLesson(dataset, view, update, selection, embedded || !wide);
  const lessonDraft = useLessonDraft(dataset);
  const building = lessonDraft.open && !embedded;
  const { active: lesson } = lessonMode;
  useEffect(() => {
    const idle = requestIdleCallback(() => void handout.preload().catch(() => {}), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  useShortcuts(
    {
      selected: view.event,
      selection,
      timeline: timelineHandle,
      lessonStep: lesson ? (direction) => lessonMode.go(lesson.step + direction, "keyboard") : null,
    },
    { root, embedded },
  );
  const dragging = useFileDrop(source.openFile, !embedded);

  useEffect(() => {
    document.title = `${dataset.title} · Timeline explorer`;
  }, [dataset.title]);
  useResultsInSight(view.q, !wide && !embedded, reducedMotion);

  const { select } = selection;
  const toggleCard = useCallback((id: string) => select(view.event === id ? null : id, "card"), [select, view.event]);
  const selectRelated = useCallback((id: string) => select(id, "related"), [select]);
  const selectFromTimeline = useCallback((id: string | null) => select(id, "timeline"), [select]);
  const clearAll = useCallback(() => update(NO_FILTERS), [update]);
  const onFilterChange = useCallback(
    (patch: Partial<ViewState>, kind?: string) => update(patch, kind ? { kind } : {}),
    [update],
  );
  // After a feature failed: every filter off and nothing selected, the view most likely to work.
  const resetView = () => update({ ...NO_FILTERS, event: null });
  const shareLink = () => fullExplorerUrl(url.base(), view);
  const ranked = model.text?.kind === "some" && visible.matches.length > 0;
  const status = `${visible.matches.length} of ${dataset.events.length} events${ranked ? ", best matches first" : ""}`;
  const nearest = (model.text?.nearest ?? []).flatMap((id) => {
    const event = index.byId.get(id);
    return event ? [{ id, title: event.title, date: formatEventDate(event, { locale: dataset.language }) }] : [];
  });

  const parts: ExplorerParts = {
    status,
    filterCount: activeFilterCount(view),
    header: embedded ? (
      <EmbedHeader dataset={dataset} origin={origin} fullExplorer={shareLink()} />
    ) : (
      <Header
        dataset={dataset}
        origin={origin}
        theme={view.theme}
        onTheme={(next) => update({ theme: next })}
        onShowDefault={source.showDefault}
        tools={
          <>
            <CopyLink link={shareLink} />
            <Button onClick={() => setEmbedOpen(true)} aria-haspopup="dialog">
              Embed
            </Button>
            <Button onClick={() => window.print()}>Print handout</Button>
            <Button ref={buildLesson} onClick={() => lessonDraft.setOpen(true)} aria-expanded={building}>
              Build a lesson
            </Button>
            <OpenDatasetButton onFile={source.openFile} />
          </>
        }
      />
    ),
    messages: (
      <Messages
        source={source}
        loaded={loaded}
        linkNotice={[...notice, ...lessonMode.problems]}
        onDismissLinkNotice={() => {
          dismissNotice();
          lessonMode.dismissProblems();
        }}
      />
    ),
    lesson: (
      <LessonParts
        mode={lessonMode}
        draft={lessonDraft}
        building={building}
        dataset={dataset}
        index={index}
        view={view}
        update={update}
        wide={wide}
        link={shareLink}
        base={url.base}
        onBuilderClosed={() => buildLesson.current?.focus()}
      />
    ),
    panel: (
      <FeatureBoundary name="the filters" onReset={resetView}>
        <FilterPanel
          dataset={dataset}
          view={view}
          facets={model.facets}
          onChange={onFilterChange}
          inDrawer={!wide || embedded}
          withSearch={wide || embedded}
        />
      </FeatureBoundary>
    ),
    search: (
      <FeatureBoundary name="the search" onReset={resetView}>
        <SearchBox compact value={view.q} onChange={(q) => onFilterChange({ q }, "q")} />
      </FeatureBoundary>
    ),
    timeline: (
      <FeatureBoundary name="the timeline" onReset={resetView}>
        <TimelineSection
          groups={model.groups}
          items={model.items}
          selectedId={view.event}
          hoveredId={hoveredId}
          fitTo={model.fitTo}
          zoom={model.zoom}
          large={model.large}
          reducedMotion={reducedMotion}
          embedded={embedded}
          onSelect={selectFromTimeline}
          onHover={setHoveredId}
          onStep={selection.step}
          handleRef={timelineHandle}
        />
      </FeatureBoundary>
    ),
    events: (
      <FeatureBoundary name="the list of events" onReset={resetView}>
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
          onToggle={toggleCard}
          onSelectRelated={selectRelated}
          onHover={setHoveredId}
          onRemoveFilter={(patch) => update(patch)}
          onClearAll={clearAll}
          onDownload={(format) => void downloadEvents(format, dataset, visible.matches, view)}
          lessonSteps={embedded ? undefined : lessonDraft.steps}
          onLessonToggle={embedded ? undefined : lessonDraft.toggle}
          search={{ query: view.q, text: model.text, searching: model.searching, nearest }}
          // The search found nothing: leave it, and show the event the reader chose (one Back returns).
          onPickNearest={(id) => select(id, "related", { q: "" })}
        />
      </FeatureBoundary>
    ),
  };

  return (
    <div
      ref={root}
      className={`bg-[var(--page)] text-[var(--ink)] ${embedded ? "" : "min-h-screen"}`}
      data-theme-resolved={theme}
    >
      {/* Two ways past the header and the filters (some 30 stops): to the cards, or to the timeline's controls. */}
      <a href="#events" className={SKIP_LINK}>
        Skip to events
      </a>
      <a href="#timeline" className={SKIP_LINK}>
        Skip to the timeline
      </a>

      {embedded ? (
        <EmbedLayout {...parts} filtersOpen={view.filters} />
      ) : (
        <FullLayout {...parts} wide={wide} footer={<Footer origin={origin} />} />
      )}

      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {selection.announcement}
      </p>

      {!embedded && embedOpen && (
        <FeatureBoundary name="embedding" onReset={() => setEmbedOpen(false)}>
          <Suspense fallback={null}>
            <EmbedDialog
              open={embedOpen}
              onClose={() => setEmbedOpen(false)}
              base={url.base()}
              view={view}
              title={dataset.title}
              fileName={origin.kind === "file" ? origin.name : null}
            />
          </Suspense>
        </FeatureBoundary>
      )}
      {printing && lesson && (
        <FeatureBoundary name="the printed worksheet" onReset={resetView}>
          <LessonWorksheet lesson={lesson} dataset={dataset} index={index} link={shareLink()} />
        </FeatureBoundary>
      )}
      {printing && !lesson && (
        <FeatureBoundary name="the printed handout" onReset={resetView}>
          <Suspense fallback={null}>
            <handout.Component
              dataset={dataset}
              events={visible.matches}
              filters={describeFilters(dataset, view)}
              link={shareLink()}
            />
          </Suspense>
        </FeatureBoundary>
      )}
      {dragging && <DropOverlay />}
    </div>
  );
}
