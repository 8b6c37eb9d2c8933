import {
  Suspense,
  lazy,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { describeFilters, filterChips } from "../domain/active-filters";
import { fullExplorerUrl } from "../domain/embed";
import { datasetOfView, eventsToCsv, exportFileName } from "../domain/export";
import {
  activeFilterCount,
  facetCounts,
  fitWindow,
  indexDataset,
  stepEvent,
  visibleEvents,
  zoomLimits,
} from "../domain/filter";
import { formatEventDate } from "../domain/format-date";
import { relatedLinks } from "../domain/related";
import { TRACK_COLOURS, timelineGroups, timelineItems } from "../domain/timeline-items";
import { NO_FILTERS, type ViewState } from "../domain/view-state";
import { CardList, type RevealRequest } from "../features/cards/card-list";
import type { CardContext } from "../features/cards/event-card";
import { DatasetFailure } from "../features/datasets/dataset-failure";
import { LoadingNotice } from "../features/datasets/loading-notice";
import { DropOverlay, OpenDatasetButton, useFileDrop } from "../features/datasets/open-dataset";
import { ActiveFilters } from "../features/filters/active-filters";
import { FilterDrawer } from "../features/filters/filter-drawer";
import { FilterPanel } from "../features/filters/filter-panel";
import { PrintHandout, usePrinting } from "../features/print/print-handout";
import { CopyLink } from "../features/share/copy-link";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import { TimelineSection } from "../features/timeline/timeline-section";
import { useMediaQuery, useReducedMotion } from "../hooks/use-media-query";
import { download } from "./download";
import { EmbedHeader, Header, TOOL_BUTTON } from "./header";
import type { DatasetSource, LoadedDataset } from "./use-dataset-source";
import { FeatureBoundary } from "./feature-boundary";
import { useEmbedHeight } from "./use-embed-height";
import { useTheme } from "./use-theme";
import { useView } from "./use-view";

// Loaded when a teacher first opens it: no reader waits for the embed dialog's code.
const EmbedDialog = lazy(() =>
  import("../features/share/embed-dialog").then((module) => ({ default: module.EmbedDialog })),
);

/** The explorer's own address, without a query: the base of every link it makes. */
const pageBase = () => `${window.location.origin}${window.location.pathname}`;

export function Explorer({ source, loaded }: { source: DatasetSource; loaded: LoadedDataset }) {
  const { dataset, origin, notes: conversionNotes } = loaded;
  // While another dataset loads, the link names ids of that dataset: leave it as it is until then.
  const { view, update, notice, dismissNotice } = useView(dataset, { hold: source.loading !== null });
  const theme = useTheme(view.theme);
  const reducedMotion = useReducedMotion();
  const wide = useMediaQuery("(min-width: 64rem)");
  const printing = usePrinting();
  const embedded = view.embed;
  const locale = dataset.language;

  const index = indexDataset(dataset);
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

  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(view.filters);
  const [announcement, setAnnouncement] = useState("");
  const timelineHandle = useRef<TimelineHandle | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEmbedHeight(root, embedded);
  const dragging = useFileDrop(source.openFile, !embedded);

  useEffect(() => {
    document.title = `${dataset.title} · Timeline explorer`;
  }, [dataset.title]);

  // The search text of every event, prepared while the page is idle, so the first keystroke of a
  // search over thousands of events does not pay for it.
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

  const select = useCallback(
    (id: string | null, how: "card" | "related" | "timeline" | "step" | "keyboard") => {
      update({ event: id });
      if (id && how !== "card") setReveal({ id, focus: how === "related", nonce: Date.now() });
    },
    [update],
  );

  // Announce selection changes (not the first render: a link that opens on an event is not news).
  const previousEvent = useRef(view.event);
  useEffect(() => {
    if (previousEvent.current === view.event) return;
    previousEvent.current = view.event;
    const event = view.event ? index.byId.get(view.event) : null;
    setAnnouncement(
      event ? `Selected: ${event.title}, ${formatEventDate(event, { locale, long: true })}.` : "Selection cleared.",
    );
  }, [view.event, index, locale]);

  // A shared link that opens on an event shows it; an embedded one never scrolls its host by itself.
  const initialEvent = useRef(view.event);
  useEffect(() => {
    if (initialEvent.current && !embedded) setReveal({ id: initialEvent.current, focus: false, nonce: 0 });
  }, [embedded]);

  const step = useCallback(
    (direction: 1 | -1, anchor: number | undefined) => {
      const next = stepEvent(index, visible.shown, view.event, direction, anchor);
      if (next) select(next.id, "step");
      else setAnnouncement(direction === 1 ? "There is no later event." : "There is no earlier event.");
    },
    [index, visible.shown, view.event, select],
  );

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

  const toggleCard = useCallback((id: string) => select(view.event === id ? null : id, "card"), [select, view.event]);
  const selectRelated = useCallback((id: string) => select(id, "related"), [select]);
  const selectFromTimeline = useCallback((id: string | null) => select(id, "timeline"), [select]);
  const clearAll = useCallback(() => update(NO_FILTERS), [update]);
  const onFilterChange = useCallback(
    (patch: Partial<ViewState>, kind?: string) => update(patch, kind ? { kind } : {}),
    [update],
  );

  // Shortcuts listen on the explorer, never on the host page's window, and never while typing.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (isTyping(target) || target.closest("dialog")) return;
    const handle = timelineHandle.current;
    switch (event.key) {
      case "Escape":
        if (!view.event) return;
        select(null, "keyboard");
        break;
      case "n":
        step(1, handle?.center());
        break;
      case "p":
        step(-1, handle?.center());
        break;
      case "+":
      case "=":
        handle?.zoom(1);
        break;
      case "-":
        handle?.zoom(-1);
        break;
      case "0":
        handle?.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const total = dataset.events.length;
  const count = visible.matches.length;
  const status = `${count} of ${total} events`;
  const filterCount = activeFilterCount(view);
  const shareLink = () => fullExplorerUrl(pageBase(), view);
  const whole = count === total;
  const downloadCsv = () =>
    download(exportFileName(dataset, "csv", whole), "text/csv;charset=utf-8", eventsToCsv(dataset, visible.matches));
  const downloadJson = () =>
    download(
      exportFileName(dataset, "json", whole),
      "application/json",
      `${JSON.stringify(datasetOfView(dataset, visible.matches, view), null, 2)}\n`,
    );

  // After a feature failed: every filter off and nothing selected, the view most likely to work.
  const resetView = () => update({ ...NO_FILTERS, event: null });
  const panel = (
    <FeatureBoundary name="the filters" onReset={resetView}>
      <FilterPanel
        dataset={dataset}
        view={view}
        facets={facets}
        onChange={onFilterChange}
        inDrawer={!wide || embedded}
      />
    </FeatureBoundary>
  );
  const keeping = origin.kind === "default" ? "the default timeline" : `“${dataset.title}”`;

  const messages = (
    <div className="space-y-3 empty:hidden print:hidden">
      {source.loading && <LoadingNotice address={source.loading} onCancel={source.cancel} full={false} />}
      {source.failure && (
        <DatasetFailure
          source={source.failure.source}
          problems={source.failure.problems}
          keeping={keeping}
          onDismiss={source.dismissFailure}
        />
      )}
      {notice.length > 0 && (
        <Notice
          title="Part of this link could not be used, so it was left out:"
          lines={notice}
          onDismiss={dismissNotice}
        />
      )}
      {conversionNotes.length > 0 && <Notice title="Converted from a TimelineJS file:" lines={conversionNotes} />}
    </div>
  );

  const eventsSection = (
    <FeatureBoundary name="the list of events" onReset={resetView}>
      <section aria-labelledby="events-heading">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="events-heading" className="font-serif text-2xl font-semibold">
            <span id="events" tabIndex={-1} className="scroll-mt-4 outline-none">
              Events
            </span>
          </h2>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p role="status" className="text-sm text-[var(--muted)]">
              {status}
            </p>
            {!embedded && count > 0 && (
              <span className="flex gap-1.5 print:hidden">
                <button type="button" onClick={downloadCsv} className={`${TOOL_BUTTON} min-h-8 px-2.5 text-xs`}>
                  Download CSV
                </button>
                <button type="button" onClick={downloadJson} className={`${TOOL_BUTTON} min-h-8 px-2.5 text-xs`}>
                  Download JSON
                </button>
              </span>
            )}
          </div>
        </div>
        <div className="mb-4">
          <ActiveFilters chips={chips} onRemove={(patch) => update(patch)} onClearAll={clearAll} />
        </div>
        {visible.shown.length === 0 ? (
          <div className="rounded-lg border border-dashed border-[var(--line)] px-6 py-10 text-center">
            <p className="font-serif text-lg font-semibold">No events match these filters.</p>
            <p className="mt-1 text-sm text-[var(--muted)]">Try fewer filters, or start again from every event.</p>
            <button
              type="button"
              onClick={clearAll}
              className="mt-4 rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-semibold text-[var(--surface)]"
            >
              Clear all filters
            </button>
          </div>
        ) : (
          <CardList
            events={visible.shown}
            context={context}
            selectedId={view.event}
            hoveredId={hoveredId}
            outsideFiltersId={outsideId}
            reveal={reveal}
            reducedMotion={reducedMotion}
            embedded={embedded}
            onToggle={toggleCard}
            onSelectRelated={selectRelated}
            onHover={setHoveredId}
          />
        )}
      </section>
    </FeatureBoundary>
  );

  const timeline = (
    <FeatureBoundary name="the timeline" onReset={resetView}>
      <TimelineSection
        groups={groups}
        items={items}
        selectedId={view.event}
        hoveredId={hoveredId}
        fitTo={fitTo}
        zoom={zoom}
        reducedMotion={reducedMotion}
        embedded={embedded}
        onSelect={selectFromTimeline}
        onHover={setHoveredId}
        onStep={step}
        handleRef={timelineHandle}
      />
    </FeatureBoundary>
  );

  return (
    // Keyboard shortcuts are a convenience layered on controls that are all reachable by Tab.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root}
      className={`bg-[var(--page)] text-[var(--ink)] ${embedded ? "" : "min-h-screen"}`}
      onKeyDown={onKeyDown}
      data-theme-resolved={theme}
    >
      <a
        href="#events"
        className="sr-only z-50 rounded-md bg-[var(--accent)] px-4 py-2 font-semibold text-[var(--surface)] focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to events
      </a>

      {embedded ? (
        <EmbedHeader dataset={dataset} origin={origin} fullExplorer={fullExplorerUrl(pageBase(), view)} />
      ) : (
        <Header
          dataset={dataset}
          origin={origin}
          theme={view.theme}
          onTheme={(next) => update({ theme: next })}
          onShowDefault={source.showDefault}
          tools={
            <>
              <CopyLink link={shareLink} className={TOOL_BUTTON} />
              <button type="button" className={TOOL_BUTTON} onClick={() => setEmbedOpen(true)} aria-haspopup="dialog">
                Embed
              </button>
              <button type="button" className={TOOL_BUTTON} onClick={() => window.print()}>
                Print handout
              </button>
              <OpenDatasetButton onFile={source.openFile} className={TOOL_BUTTON} />
            </>
          }
        />
      )}

      {embedded ? (
        <div className="space-y-4 px-3 py-3">
          {messages}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <button
              type="button"
              aria-expanded={panelOpen}
              aria-controls="embed-filters"
              onClick={() => setPanelOpen((open) => !open)}
              className={TOOL_BUTTON}
            >
              Filters{filterCount > 0 ? ` (${filterCount})` : ""}
            </button>
          </div>
          <div id="embed-filters" hidden={!panelOpen} className="rounded-lg border border-[var(--line)] p-3">
            {panelOpen && panel}
          </div>
          <main className="min-w-0 space-y-6">
            {timeline}
            {eventsSection}
          </main>
        </div>
      ) : (
        <>
          <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6">{messages}</div>
          <div className="mx-auto max-w-7xl gap-8 px-4 pt-6 pb-16 sm:px-6 lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] print:hidden">
            {wide && (
              <aside aria-labelledby="filters-heading">
                <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto pr-2 pb-4">
                  <h2 id="filters-heading" className="sr-only">
                    Filters
                  </h2>
                  {panel}
                </div>
              </aside>
            )}
            <main className="min-w-0 space-y-8">
              {!wide && (
                <div className="flex items-center justify-between gap-3">
                  <button
                    type="button"
                    onClick={() => setDrawerOpen(true)}
                    aria-haspopup="dialog"
                    className="inline-flex min-h-10 items-center gap-2 rounded-md border border-[var(--line)] bg-[var(--surface)] px-4 text-sm font-semibold"
                  >
                    <svg
                      aria-hidden="true"
                      viewBox="0 0 16 16"
                      className="size-4"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2"
                    >
                      <path d="M2 4h12M4 8h8M6 12h4" />
                    </svg>
                    Filters{filterCount > 0 ? ` (${filterCount})` : ""}
                  </button>
                  <p className="text-sm text-[var(--muted)]" aria-hidden="true">
                    {status}
                  </p>
                </div>
              )}
              {timeline}
              {eventsSection}
            </main>
          </div>
          <Footer />
        </>
      )}

      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>

      {!wide && !embedded && (
        <FilterDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} doneLabel={`Show ${status}`}>
          {panel}
        </FilterDrawer>
      )}
      {!embedded && embedOpen && (
        <FeatureBoundary name="embedding" onReset={() => setEmbedOpen(false)}>
          <Suspense fallback={null}>
            <EmbedDialog
              open={embedOpen}
              onClose={() => setEmbedOpen(false)}
              base={pageBase()}
              view={view}
              title={dataset.title}
              fileName={origin.kind === "file" ? origin.name : null}
            />
          </Suspense>
        </FeatureBoundary>
      )}
      {printing && (
        <FeatureBoundary name="the printed handout" onReset={resetView}>
          <PrintHandout
            dataset={dataset}
            events={visible.matches}
            filters={describeFilters(dataset, view)}
            link={shareLink()}
          />
        </FeatureBoundary>
      )}
      {dragging && <DropOverlay />}
    </div>
  );
}

/** A field that takes typed text: there, every key is the reader's, never a shortcut. */
function isTyping(target: HTMLElement): boolean {
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "button", "submit", "reset", "file"].includes(target.type)
  );
}

function Notice({ title, lines, onDismiss }: { title: string; lines: readonly string[]; onDismiss?: () => void }) {
  return (
    <div className="flex items-start justify-between gap-4 rounded-lg border border-[var(--track-1)] bg-[color-mix(in_srgb,var(--track-1)_10%,var(--surface))] px-4 py-3 text-sm">
      <div>
        <p className="font-semibold">{title}</p>
        <ul className="mt-1 list-disc pl-5">
          {lines.map((line) => (
            <li key={line}>
              <bdi>{line}</bdi>
            </li>
          ))}
        </ul>
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="min-h-8 shrink-0 rounded-md border border-[var(--line)] bg-[var(--surface)] px-3 text-xs font-medium"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}

function Footer() {
  return (
    <footer className="border-t border-[var(--line)] bg-[var(--surface)] print:hidden">
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 text-sm text-[var(--muted)] sm:grid-cols-2 sm:px-6">
        <div>
          <h2 className="mb-2 font-semibold text-[var(--ink)]">About the data</h2>
          <p>
            Every event cites the article paragraphs it draws on and sources a reader can check. Where the article and
            the public record differ, the event follows the record and its notes say so.
          </p>
          {import.meta.env.MODE !== "single" && (
            <p className="mt-2">
              <a className="text-[var(--accent)] underline" href="./datasets/us-taliban-relations.json">
                The default dataset (JSON)
              </a>{" "}
              ·{" "}
              <a className="text-[var(--accent)] underline" href="./schema/dataset.schema.json">
                its schema
              </a>
            </p>
          )}
        </div>
        <div>
          <h2 className="mb-2 font-semibold text-[var(--ink)]">Keyboard</h2>
          <ul className="space-y-1">
            <li>
              <kbd className="font-mono">↑</kbd> <kbd className="font-mono">↓</kbd> move between events in the list
            </li>
            <li>
              <kbd className="font-mono">n</kbd> / <kbd className="font-mono">p</kbd> next or previous event ·{" "}
              <kbd className="font-mono">Esc</kbd> clear the selection
            </li>
            <li>
              <kbd className="font-mono">+</kbd> / <kbd className="font-mono">-</kbd> zoom the timeline ·{" "}
              <kbd className="font-mono">0</kbd> fit all
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
