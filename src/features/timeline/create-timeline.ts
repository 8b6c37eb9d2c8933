/**
 * Creating vis-timeline for the explorer: its options, its DataSets, and the fixes it needs, each in a
 * module of its own: the first draw (first-draw.ts), sideways touch panning (pan-sideways.ts), rows that
 * scroll together and an event's row brought into sight (row-scroll.ts), and a click on a cluster
 * zooming into it (cluster-zoom.ts). Everything after creation is timeline-sync.ts.
 */
import moment from "moment";
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import { majorLabel, minorLabel, type AxisScale } from "../../domain/axis-labels";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import { openCluster, zoomIntoCluster } from "./cluster-zoom";
import { drawFirst } from "./first-draw";
import { groupContent, itemContent } from "./item-templates";
import { panSideways } from "./pan-sideways";
import { revealRow, scrollRowsTogether } from "./row-scroll";
import { animates, clustering, type SyncTarget, type TimelineState } from "./timeline-sync";

export interface TimelineHandlers {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  onReady(): void;
}

/** The latest props, read when they are needed rather than when the timeline was made. */
export interface Latest {
  readonly current: TimelineState & TimelineHandlers;
}

export interface CreatedTimeline {
  target: SyncTarget;
  destroy(): void;
}

/**
 * Makes the timeline in `container` from the latest props, with its tracks; its events follow once they
 * are drawn (first-draw.ts). `fail` receives what goes wrong in the tasks this starts, so it can reach
 * React's error boundary.
 */
export function createTimeline(
  container: HTMLElement,
  latest: Latest,
  fail: (error: unknown) => void,
): CreatedTimeline {
  const initial = latest.current;
  const items = new DataSet<TimelineItemModel, "id">();
  const groups = new DataSet<TimelineGroupModel, "id">([...initial.groups]);
  const timeline = new Timeline(
    container,
    items as never,
    groups as never,
    {
      ...timelineOptions(initial),
      ...(initial.fitTo ? { start: initial.fitTo.start, end: initial.fitTo.end } : {}),
    } as TimelineOptions,
  );
  container.setAttribute("aria-hidden", "true");
  // The rows' panels scroll inside, which makes the browser give them a Tab stop: one with no name, in a
  // part screen readers skip. The keyboard's way through the events is the cards and the controls.
  for (const panel of container.querySelectorAll(".vis-panel")) panel.setAttribute("tabindex", "-1");
  panSideways(timeline);
  const stopScrollingRows = scrollRowsTogether(container);
  const target: SyncTarget = {
    timeline,
    items,
    groups,
    shown: new Map(),
    acceptsItems: false,
    revealed: null,
    // An event inside a cluster: the cluster opens at once (the window jumps, as a tap on it zooms).
    revealRow: (id) => revealRow(container, id, (cluster) => openCluster(timeline, cluster, items, false)),
    width: () => container.querySelector(".vis-panel.vis-center")?.clientWidth ?? 0,
  };
  const stopFirstDraw = drawFirst({
    container,
    timeline,
    target,
    latest,
    // A small timeline's events go in in the frame that drew its tracks; a large one's in a task of their own.
    apart: initial.large,
    onShown: () => latest.current.onReady(),
    fail,
  });

  timeline.on("select", (properties: { items: string[]; event: Event }) => {
    const id = properties.items[0] ?? null;
    if (id === null || items.get(id)) {
      latest.current.onSelect(id);
      return;
    }
    // A cluster: the selection stays what it was, and the timeline zooms into it.
    const { selectedId } = latest.current;
    timeline.setSelection(selectedId && items.get(selectedId) ? [selectedId] : []);
    zoomIntoCluster(timeline, properties.event, items, animates(latest.current));
  });
  timeline.on("itemover", (properties: { item: string }) => {
    if (items.get(properties.item)?.["event-id"]) latest.current.onHover(properties.item);
  });
  timeline.on("itemout", () => latest.current.onHover(null));

  return {
    target,
    destroy() {
      stopFirstDraw();
      stopScrollingRows();
      target.acceptsItems = false;
      timeline.destroy();
      // destroy() can leave the loading overlay behind when the first draw never finished.
      container.replaceChildren();
      target.shown.clear();
    },
  };
}

export function timelineOptions(state: TimelineState): TimelineOptions {
  return {
    // The timeline grows with its rows, so every track shows at once; on a phone it stops at most of the
    // screen and scrolls inside, so the cards below stay within reach.
    maxHeight: state.maxHeight ?? "",
    minHeight: state.minHeight,
    orientation: { axis: "top", item: "top" },
    stack: true,
    zoomMin: state.zoom.min,
    zoomMax: state.zoom.max,
    zoomKey: "ctrlKey", // a plain wheel scrolls the page (and an LMS host's page), as readers expect
    horizontalScroll: false,
    verticalScroll: true,
    showCurrentTime: false,
    showTooltips: false, // vis tooltips render HTML; items carry a plain-text title instead
    selectable: true,
    multiselect: false,
    margin: { item: { horizontal: 4, vertical: 4 }, axis: 4 },
    groupOrder: "order",
    dataAttributes: ["event-id"],
    xss: { disabled: false }, // a second line of defence; content is built from text anyway
    // Dates are UTC calendar dates: no reader's time zone may move an event to another day.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    // The axis in the reader's language, by Intl (vis's own labels are moment's English months and
    // Western digits). vis reads the page's direction itself: right to left in Dari and Pashto.
    format: {
      minorLabels: (date: moment.Moment, scale: AxisScale) => minorLabel(date.valueOf(), scale, state.locale),
      majorLabels: (date: moment.Moment, scale: AxisScale) => majorLabel(date.valueOf(), scale, state.locale),
    },
    template: (item: TimelineItemModel) => itemContent(item),
    groupTemplate: (group: TimelineGroupModel) => groupContent(group),
    cluster: clustering(state.cluster),
  } as TimelineOptions;
}
