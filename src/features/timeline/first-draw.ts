/**
 * Creating vis-timeline, and its first draw in two halves. Both halves force layout many times over (vis
 * measures as it goes); together they were one task long enough to block input on a slow laptop, apart
 * each is about half of it. vis is created with the tracks only and draws them and the axis; the events
 * follow in a task of their own once that draw is done. The timeline stays hidden until the events are
 * drawn (te-drawing in timeline.css), so it never shows empty tracks, nor tracks that grow around their
 * events as they arrive.
 */
import moment from "moment";
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import { groupContent, itemContent } from "./item-templates";
import { animates, applyWaitingItems, clustering, fitTo, type SyncTarget, type TimelineState } from "./timeline-sync";

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
 * Makes the timeline in `container` from the latest props. `fail` receives what goes wrong in the tasks
 * this starts (vis adds the first events from its own timer), so it can reach React's error boundary.
 */
export function createTimeline(
  container: HTMLElement,
  latest: Latest,
  fail: (error: unknown) => void,
): CreatedTimeline {
  container.classList.add("te-drawing");
  const initial = latest.current;
  const items = new DataSet<TimelineItemModel, "id">();
  // Made with its tracks, which vis draws first.
  const groups = new DataSet<TimelineGroupModel, "id">([...initial.groups]);
  // Shown (and ready) once vis calls its first draw complete, which it does only some time after its
  // first range change, and once the events are drawn.
  let firstDrawDone = false;
  let eventsDrawn = false;
  let destroyed = false; // vis's first-draw-complete comes on a timer destroy() does not cancel
  const shown = () => {
    if (!firstDrawDone || !eventsDrawn || destroyed) return;
    container.classList.remove("te-drawing");
    latest.current.onReady();
  };
  const timeline = new Timeline(
    container,
    items as never,
    groups as never,
    {
      ...baseOptions(initial),
      onInitialDrawComplete: () => {
        firstDrawDone = true;
        shown();
      },
      ...(initial.fitTo ? { start: initial.fitTo.start, end: initial.fitTo.end } : {}),
    } as TimelineOptions,
  );
  container.setAttribute("aria-hidden", "true");
  // The rows' panels scroll inside, which makes the browser give them a Tab stop: one with no name, in a
  // part screen readers skip. The keyboard's way through the events is the cards and the controls.
  for (const panel of container.querySelectorAll(".vis-panel")) panel.setAttribute("tabindex", "-1");
  panSideways(timeline);
  const stopNativeScroll = scrollRowsTogether(container);
  const target: SyncTarget = {
    timeline,
    items,
    groups,
    shown: new Map(),
    acceptsItems: false,
    revealed: null,
    revealRow: (id) => revealRow(container, id),
    width: () => container.querySelector(".vis-panel.vis-center")?.clientWidth ?? 0,
  };

  // The events go in once the tracks and the axis are drawn, in a task of their own. (vis also builds
  // its clusters only for events added once it knows its width: constructed with them and a window,
  // it drew them unclustered until the cluster option was applied again.)
  let eventsTimer = 0;
  const addEvents = () => {
    timeline.off("changed", addEvents);
    eventsTimer = window.setTimeout(() => {
      const drawn = () => {
        timeline.off("changed", drawn);
        eventsDrawn = true;
        shown();
      };
      timeline.on("changed", drawn);
      target.acceptsItems = true;
      try {
        // The props now, not those the timeline was made with: the link may have changed meanwhile.
        applyWaitingItems(target, latest.current);
        // Given no window (nothing matches the filters), vis fitted itself to the events it had on its
        // first draw: none yet. Fitted to the periods (and a linked event) now.
        const fit = latest.current.fitTo;
        if (!fit && items.length > 0) timeline.fit({ animation: false });
        // Made before it was laid out, the timeline could not leave room for the last label: now it can.
        if (fit) fitTo(target, fit, false);
      } catch (error) {
        fail(error);
      }
      if (items.length === 0) drawn(); // nothing to draw at all: no redraw need come
    });
  };
  timeline.on("changed", addEvents);
  // vis completes its first draw only on a redraw after its first range change; when the only redraw so
  // far came before that change, it stays hidden for good. One more redraw finishes it.
  const finishFirstDraw = () => {
    timeline.off("rangechanged", finishFirstDraw);
    timeline.redraw();
  };
  timeline.on("rangechanged", finishFirstDraw);

  timeline.on("select", (properties: { items: string[]; event: Event }) => {
    const id = properties.items[0] ?? null;
    if (id === null || items.get(id)) {
      latest.current.onSelect(id);
      return;
    }
    // A cluster ("5 events") is not an event: a tap or a click zooms in around it until its events
    // part, and the selection stays what it was.
    const { selectedId } = latest.current;
    timeline.setSelection(selectedId && items.get(selectedId) ? [selectedId] : []);
    const members = clusterMembers(properties.event, items);
    if (members) {
      // Around the cluster's own events, with room at each side: enough for them to part.
      const margin = Math.max((members.end - members.start) / 2, 7 * DAY);
      timeline.setWindow(members.start - margin, members.end + margin, { animation: animates(latest.current) });
      return;
    }
    const { time } = timeline.getEventProperties(properties.event);
    timeline.moveTo(time.getTime(), { animation: false });
    timeline.zoomIn(0.6, { animation: animates(latest.current) });
  });
  timeline.on("itemover", (properties: { item: string }) => {
    if (items.get(properties.item)?.["event-id"]) latest.current.onHover(properties.item);
  });
  timeline.on("itemout", () => latest.current.onHover(null));

  return {
    target,
    destroy() {
      destroyed = true;
      stopNativeScroll();
      window.clearTimeout(eventsTimer);
      target.acceptsItems = false;
      timeline.destroy();
      // destroy() can leave the loading overlay behind when the first draw never finished.
      container.replaceChildren();
      target.shown.clear();
    },
  };
}

/**
 * vis pans in every direction on touch, which sets `touch-action: none` on the whole timeline: a finger
 * that swipes up over it never scrolls the page (on a phone it fills most of the screen). Panning
 * sideways only lets the browser scroll the page on a vertical swipe (`pan-y`); a horizontal swipe still
 * moves the timeline, and two fingers still zoom it. Hammer updates the element's touch-action itself
 * when a recognizer's options change.
 */
export function panSideways(timeline: Timeline): void {
  const hammer = (timeline as unknown as { hammer?: HammerLike }).hammer;
  hammer?.get("pan")?.set({ direction: HAMMER_DIRECTION_HORIZONTAL });
}

interface HammerLike {
  get(name: string): { set(options: object): unknown } | null | undefined;
}
/** Hammer.DIRECTION_LEFT | Hammer.DIRECTION_RIGHT: hammer is vis's dependency, not imported here. */
const HAMMER_DIRECTION_HORIZONTAL = 2 | 4;

/**
 * The rows of a timeline that scrolls inside are moved by vis, not by the browser: the events' panel
 * clips them. Anything that scrolls that panel natively (the browser bringing a focused or found item
 * into view) would slide the events past their tracks' names; the scroll is handed to the names' column
 * instead, which vis follows with both.
 */
function scrollRowsTogether(container: HTMLElement): () => void {
  const center = container.querySelector<HTMLElement>(".vis-panel.vis-center");
  const names = container.querySelector<HTMLElement>(".vis-panel.vis-left");
  if (!center || !names) return () => {};
  const onScroll = () => {
    const offset = center.scrollTop;
    if (offset === 0) return;
    center.scrollTop = 0;
    names.scrollTop += offset;
  };
  center.addEventListener("scroll", onScroll);
  return () => center.removeEventListener("scroll", onScroll);
}

/**
 * Scrolls the rows so that an event's item is in the middle of what they show, when it is drawn above or
 * below it, after vis has drawn the move that may have come with it (two frames). The names' column is
 * scrolled: vis follows it with the events (scrollRowsTogether).
 */
function revealRow(container: HTMLElement, id: string): void {
  const run = () => {
    const item = [...container.querySelectorAll(".vis-item[data-event-id]")].find(
      (element) => element.getAttribute("data-event-id") === id,
    );
    const panel = container.querySelector(".vis-panel.vis-center");
    const names = container.querySelector(".vis-panel.vis-left");
    if (!item || !panel || !names) return;
    const box = item.getBoundingClientRect();
    const visible = panel.getBoundingClientRect();
    if (box.top >= visible.top && box.bottom <= visible.bottom) return;
    names.scrollTop += box.top - visible.top - (visible.height - box.height) / 2;
  };
  requestAnimationFrame(() => requestAnimationFrame(run));
}

function baseOptions(state: TimelineState): TimelineOptions {
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
    template: (item: TimelineItemModel) => itemContent(item),
    groupTemplate: (group: TimelineGroupModel) => groupContent(group),
    cluster: clustering(state.cluster),
  } as TimelineOptions;
}

const DAY = 24 * 60 * 60 * 1000;

/** The time a clicked or tapped cluster spans, from the events its label names (data-event-ids). */
function clusterMembers(
  event: Event,
  items: { get(id: string): { start: string | number | Date; end?: string | number | Date } | null },
): { start: number; end: number } | null {
  const label = (event.target as Element | null)?.closest(".vis-item")?.querySelector("[data-event-ids]");
  const times = (label?.getAttribute("data-event-ids") ?? "")
    .split(" ")
    .flatMap((id) => {
      const item = id ? items.get(id) : null;
      return item ? [new Date(item.start).getTime(), new Date(item.end ?? item.start).getTime()] : [];
    })
    .filter(Number.isFinite);
  return times.length ? { start: Math.min(...times), end: Math.max(...times) } : null;
}
