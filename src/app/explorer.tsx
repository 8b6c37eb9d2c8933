// Before any part that speaks: English's messages beyond the first paint's.
import "./english-later";
import { Trans } from "@lingui/react/macro";
import { useRef } from "react";
import { preloadVirtualRows } from "../features/cards/card-list";
import { DropOverlay, useFileDrop } from "../features/datasets/open-dataset";
import { ClaimsPart } from "./claims-part";
import { ExplorerProvider, useExplorer } from "./explorer-state";
import { Footer } from "./footer";
import { EmbedLayout, FullLayout } from "./layouts";
import {
  EventsPart,
  FiltersPart,
  LessonPart,
  MessagesPart,
  SearchPart,
  SelectionAnnouncement,
  TimelinePart,
  useResultsInSight,
} from "./parts";
import { EmbedDialogPart, HandInsPart, HeaderPart, PrintPart, PrintQuestionPart } from "./teacher-parts";
import type { DatasetSource, LoadedDataset } from "./use-dataset-source";
import { useEmbedHeight } from "./use-embed-height";
import { useShortcuts } from "./use-shortcuts";

const SKIP_LINK =
  "sr-only z-50 rounded-md bg-[var(--accent)] px-4 py-2 font-semibold text-[var(--surface)] focus:not-sr-only focus:fixed focus:top-3 focus:left-3";

/** The long-list code, for a dataset named in the link (teachers' datasets are often long). */
export const preloadLongLists = () => preloadVirtualRows();

/** The explorer: its state, made once (explorer-state.tsx), and the page that lays out its parts. */
export function Explorer({ source, loaded }: { source: DatasetSource; loaded: LoadedDataset }) {
  return (
    <ExplorerProvider source={source} loaded={loaded}>
      <ExplorerPage />
    </ExplorerProvider>
  );
}

/** The layout: the parts in a page of their own (two layouts, by width) or in a frame. */
function ExplorerPage() {
  const { embedded, wide, view, origin, selection, timeline, lesson, building, theme, openFiles } = useExplorer();
  const root = useRef<HTMLDivElement>(null);
  useEmbedHeight(root, embedded);
  const active = lesson.active;
  useShortcuts(
    {
      selected: view.event,
      selection,
      timeline,
      lessonStep: active ? (direction) => lesson.go(active.step + direction, "keyboard") : null,
    },
    { root, embedded },
  );
  const dragging = useFileDrop(openFiles, !embedded);
  useResultsInSight();

  const parts = {
    header: <HeaderPart />,
    messages: <MessagesPart />,
    lesson: active || building ? <LessonPart /> : null,
    panel: <FiltersPart />,
    search: <SearchPart />,
    timeline: <TimelinePart />,
    events: view.view === "claims" ? <ClaimsPart /> : <EventsPart />,
    handIns: <HandInsPart />,
  };

  return (
    <div
      ref={root}
      className={`bg-[var(--page)] text-[var(--ink)] ${embedded ? "" : "min-h-screen"}`}
      data-theme-resolved={theme}
    >
      {/* Two ways past the header and the filters (some 30 stops): to the cards, or to the timeline's controls. */}
      <a href="#events" className={SKIP_LINK}>
        <Trans>Skip to events</Trans>
      </a>
      <a href="#timeline" className={SKIP_LINK}>
        <Trans>Skip to the timeline</Trans>
      </a>

      {embedded ? (
        <EmbedLayout {...parts} filtersOpen={view.filters} />
      ) : (
        <FullLayout {...parts} wide={wide} footer={<Footer origin={origin} />} />
      )}

      <SelectionAnnouncement />
      <EmbedDialogPart />
      <PrintQuestionPart />
      <PrintPart />
      {dragging && <DropOverlay />}
    </div>
  );
}
