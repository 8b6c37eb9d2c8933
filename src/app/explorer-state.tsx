import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { flushSync } from "react-dom";
import { t } from "@lingui/core/macro";
import { useLingui } from "@lingui/react";
import { describeFilters } from "../domain/active-filters";
import { fullExplorerUrl, type SharedLink } from "../domain/embed";
import { activeFilterCount } from "../domain/filter";
import { localize, type Localized } from "../domain/localize";
import { isLanguage } from "../domain/locales";
import type { Dataset } from "../domain/schema";
import type { Theme, ViewState } from "../domain/view-state";
import { usePrinting } from "../features/print/use-printing";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import { useMediaQuery, useReducedMotion } from "../hooks/use-media-query";
import { useLocation } from "./location";
import { linkedSource, type DatasetOrigin, type DatasetSource, type LoadedDataset } from "./use-dataset-source";
import { useExplorerModel, type ExplorerModel } from "./use-explorer-model";
import { useHandIns, type HandIns } from "./use-hand-ins";
import { useLesson, type LessonMode } from "./use-lesson";
import { useLessonDraft, type LessonDraftState } from "./use-lesson-draft";
import { usePrintRequest, type PrintRequest } from "./use-print-request";
import { useSelection, type Selection } from "./use-selection";
import { useSharing, type Sharing } from "./use-sharing";
import { useTheme } from "./use-theme";
import { useView, type UpdateView } from "./use-view";

/**
 * Everything the explorer's parts share, made once per dataset shown: the view from the link and the way
 * to change it, what the view shows (the model), the selection and the lesson, and how the page is laid
 * out. Each part reads the slice it needs (parts.tsx); nothing is handed down through a part that does
 * not use it.
 */
export interface ExplorerState {
  source: DatasetSource;
  loaded: LoadedDataset;
  /** The dataset as the page shows it: in the interface's language where it has a translation. */
  dataset: Dataset;
  /** The same, with the language each text is shown in and the dataset as written (for downloads). */
  localized: Localized;
  origin: DatasetOrigin;
  view: ViewState;
  update: UpdateView;
  /** What the link asked for that could not be used. */
  linkNotice: readonly string[];
  /** A lesson the link named that the dataset does not have. */
  missingLesson: string | null;
  dismissLinkNotice(): void;
  model: ExplorerModel;
  selection: Selection;
  lesson: LessonMode;
  draft: LessonDraftState;
  /** The teacher's lesson builder is open (never in a frame). */
  building: boolean;
  /** The theme shown: the link's, else the reader's system setting. */
  theme: Theme;
  /** A laptop's layout: filters beside the events, the timeline pinned. */
  wide: boolean;
  embedded: boolean;
  reducedMotion: boolean;
  /** The page is being printed: the handout or the worksheet renders. */
  printing: boolean;
  /** The lesson's worksheet prints short (a page per step or less), as last asked. */
  shortWorksheet: boolean;
  /** Prints the lesson's worksheet, whole or short. */
  printWorksheet(short: boolean): void;
  /** Print handout, which asks first before a long handout. */
  print: PrintRequest;
  /** The link to this view that opens it for anyone (Copy link), or none (a file too large for a link). */
  shareLink(): Promise<SharedLink>;
  /** The same now, for paper: null when no link opens this timeline (or a file's is not ready). */
  printLink(): string | null;
  /** This view's own address, in the full explorer (an embed's way out). */
  pageLink(): string;
  /** Links for the timeline shown: a file's carry it whole when it fits (Embed, lesson links). */
  sharing: Sharing;
  /** The page's address, the base of every link it makes. */
  base(): string;
  timeline: RefObject<TimelineHandle | null>;
  embedDialog: { open: boolean; setOpen(open: boolean): void };
  /** The filters' drawer on a phone (a laptop shows them beside the events). */
  filtersDrawer: { open: boolean; setOpen(open: boolean): void };
  /** Where the focus goes back to when the lesson builder closes (or, when it is folded away, the next). */
  buildLessonButton: RefObject<HTMLButtonElement | null>;
  /** The button that shows the teacher's tools. */
  toolsButton: RefObject<HTMLButtonElement | null>;
  /** Students' handed-in work the teacher has opened (files, or a link's answers=). */
  handIns: HandIns;
  /** Opens files chosen or dropped: handed-in work, or a dataset. */
  openFiles(files: File[]): void;
}

const ExplorerContext = createContext<ExplorerState | null>(null);

/** The hovered event, apart from the rest: it changes as the pointer moves, and few parts need it. */
const HoverContext = createContext<{ hoveredId: string | null; setHoveredId(id: string | null): void }>({
  hoveredId: null,
  setHoveredId: () => {},
});

export function useExplorer(): ExplorerState {
  const state = useContext(ExplorerContext);
  if (!state) throw new Error("useExplorer is used outside the explorer");
  return state;
}

export const useHover = () => useContext(HoverContext);

/**
 * Whether the timeline has drawn for the first time, apart from the rest like the hover: the cards below
 * the screen render then (card-list.tsx, FIRST_CARDS), in the update that sets data-ready.
 */
const TimelineDrawnContext = createContext<{ drawn: boolean; setDrawn(): void }>({
  drawn: false,
  setDrawn: () => {},
});

export const useTimelineDrawn = () => useContext(TimelineDrawnContext);

export function ExplorerProvider({
  source,
  loaded,
  children,
}: {
  source: DatasetSource;
  loaded: LoadedDataset;
  children: ReactNode;
}) {
  const { origin } = loaded;
  const { i18n } = useLingui();
  // The explorer is made anew when the language changes (explorer.tsx keys it): this is its language.
  const localized = useMemo(() => localize(loaded.dataset, i18n.locale), [loaded.dataset, i18n.locale]);
  const dataset = localized.dataset;
  const location = useLocation();
  const { view, update, notice, missingLesson, dismissNotice } = useView(dataset, linkedSource(origin));
  const theme = useTheme(view.theme);
  const reducedMotion = useReducedMotion();
  const wide = useMediaQuery("(min-width: 64rem)");
  const printing = usePrinting();
  const embedded = view.embed;
  const model = useExplorerModel(localized, view, isLanguage(i18n.locale) ? i18n.locale : "en");
  const selection = useSelection({
    index: model.index,
    view,
    shown: model.visible.shown,
    update,
    locale: model.locale,
    embedded,
  });
  const lesson = useLesson(dataset, view, update, selection, embedded || !wide);
  const draft = useLessonDraft(dataset);
  const timeline = useRef<TimelineHandle | null>(null);
  const buildLessonButton = useRef<HTMLButtonElement | null>(null);
  const toolsButton = useRef<HTMLButtonElement | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [shortWorksheet, setShortWorksheet] = useState(false);
  const handIns = useHandIns(view.answers, update);
  const sharing = useSharing(loaded);
  const toFullExplorer = (shared: ViewState) => fullExplorerUrl(location.base(), shared);
  const print = usePrintRequest({
    worksheet: lesson.active !== null,
    // A laptop's filters are beside the events: the first of them takes the focus. A phone's open.
    chooseFilters: () => {
      if (wide) document.querySelector<HTMLElement>("#filters :is(input, button, select)")?.focus();
      else setFiltersOpen(true);
    },
    filtered: activeFilterCount(view) > 0,
    handout: () => ({
      dataset,
      events: model.visible.matches,
      filters: describeFilters(dataset, view),
      locale: model.locale,
      link: sharing.linkNow(view, toFullExplorer),
    }),
  });

  useEffect(() => {
    const title = dataset.title;
    document.title = t({ comment: "the page's title in the browser's tab", message: `${title} · Timeline explorer` });
  }, [dataset.title]);

  const state: ExplorerState = {
    source,
    loaded,
    dataset,
    localized,
    origin,
    view,
    update,
    // The missing lesson has a notice of its own, which lists the lessons there are.
    linkNotice: [
      ...notice.filter((line) => !missingLesson || !line.includes(`“${missingLesson}”`)),
      ...lesson.problems,
    ],
    missingLesson,
    dismissLinkNotice: () => {
      dismissNotice();
      lesson.dismissProblems();
    },
    model,
    selection,
    lesson,
    draft,
    building: draft.open && !embedded,
    theme,
    wide,
    embedded,
    reducedMotion,
    printing,
    shortWorksheet,
    printWorksheet: (short) => {
      // Rendered before the browser lays out the pages (print is synchronous).
      flushSync(() => setShortWorksheet(short));
      window.print();
    },
    print,
    shareLink: () => sharing.link(view, toFullExplorer),
    printLink: () => sharing.linkNow(view, toFullExplorer),
    pageLink: () => toFullExplorer(view),
    sharing,
    base: location.base,
    timeline,
    embedDialog: { open: embedOpen, setOpen: setEmbedOpen },
    filtersDrawer: { open: filtersOpen, setOpen: setFiltersOpen },
    buildLessonButton,
    toolsButton,
    handIns,
    openFiles: (files) => handIns.openFiles(files, source.openFile),
  };
  return (
    <ExplorerContext.Provider value={state}>
      <HoverProvider>
        <TimelineDrawnProvider>{children}</TimelineDrawnProvider>
      </HoverProvider>
    </ExplorerContext.Provider>
  );
}

// Its own component, so that hovering re-renders only the parts that show it.
function HoverProvider({ children }: { children: ReactNode }) {
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const value = useMemo(() => ({ hoveredId, setHoveredId }), [hoveredId]);
  return <HoverContext.Provider value={value}>{children}</HoverContext.Provider>;
}

function TimelineDrawnProvider({ children }: { children: ReactNode }) {
  const [drawn, markDrawn] = useState(false);
  const value = useMemo(() => ({ drawn, setDrawn: () => markDrawn(true) }), [drawn]);
  return <TimelineDrawnContext.Provider value={value}>{children}</TimelineDrawnContext.Provider>;
}
