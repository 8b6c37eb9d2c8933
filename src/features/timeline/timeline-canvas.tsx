/**
 * The vis-timeline wrapper. Created once per mount with its DataSets, updated by diff, destroyed in the
 * cleanup (React StrictMode mounts twice in development; each mount gets a fresh, complete instance).
 * Selection and window follow props; events reach the latest callbacks through a ref, so handlers are
 * registered once.
 */
import moment from "moment";
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import { diffItems, type TimelineGroupModel, type TimelineItemModel } from "../../domain/timeline-items";
import "./timeline.css";

export interface TimelineWindow {
  start: number;
  end: number;
}

export interface TimelineHandle {
  /** 1 zooms in, -1 zooms out, by the same step either way. */
  zoom(direction: 1 | -1): void;
  move(fraction: number): void;
  fit(): void;
  /** The middle of what is in view, for "Next event" with nothing selected. */
  center(): number;
}

export interface TimelineCanvasProps {
  groups: readonly TimelineGroupModel[];
  items: readonly TimelineItemModel[];
  selectedId: string | null;
  hoveredId: string | null;
  /** The window to show; a new object (filters changed) fits the timeline to it again. */
  fitTo: TimelineWindow | null;
  reducedMotion: boolean;
  /** CSS height the timeline may grow to before it scrolls; undefined for no limit. */
  maxHeight: string | undefined;
  /** Closest and farthest zoom, in ms of visible time. */
  zoom: { min: number; max: number };
  /**
   * Many events: items close together on screen merge into one "N events" item (double-click zooms
   * in), and moves are not animated, so the DOM and each redraw stay small.
   */
  large: boolean;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  onReady(): void;
}

type Callbacks = Pick<TimelineCanvasProps, "onSelect" | "onHover" | "onReady" | "items" | "groups">;

export const TimelineCanvas = forwardRef<TimelineHandle, TimelineCanvasProps>(function TimelineCanvas(props, ref) {
  const { groups, items, selectedId, hoveredId, fitTo, reducedMotion, maxHeight, zoom, large } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItemModel, "id"> | null>(null);
  const groupsRef = useRef<DataSet<TimelineGroupModel, "id"> | null>(null);
  const currentRef = useRef(new Map<string, TimelineItemModel>());
  const callbacks = useRef<Callbacks>(props);
  const motion = useRef(!reducedMotion);
  const fitRef = useRef(fitTo);
  const maxHeightRef = useRef(maxHeight);
  const zoomRef = useRef(zoom);
  const largeRef = useRef(large);
  /** The options and window vis has, to apply only changes. */
  const appliedOptions = useRef<{ maxHeight: string | undefined; zoom: { min: number; max: number }; large: boolean }>(
    null,
  );
  const fitted = useRef<TimelineWindow | null>(null);
  useEffect(() => {
    callbacks.current = props;
    motion.current = !reducedMotion && !large;
    fitRef.current = fitTo;
    maxHeightRef.current = maxHeight;
    zoomRef.current = zoom;
    largeRef.current = large;
  });

  // The selected item is highlighted whenever it is on the timeline, and revealed (the window moved to
  // it) once per selection: changing filters later never pulls the reader's view back to it.
  const selectedRef = useRef(selectedId);
  const revealed = useRef<string | null>(null);
  const syncSelection = useCallback(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const id = selectedRef.current;
    const item = id ? currentRef.current.get(id) : undefined;
    timeline.setSelection(item ? [item.id] : []);
    if (!item || revealed.current === id) return;
    revealed.current = id;
    const window = timeline.getWindow();
    const itemEnd = item.end ?? item.start;
    // Move only when the item is out of view, and keep the reader's zoom.
    if (item.start < window.start.getTime() || itemEnd > window.end.getTime()) {
      timeline.moveTo((item.start + itemEnd) / 2, { animation: motion.current });
    }
  }, []);

  // The timeline is created, and its first events added, outside React's render and effects: a failure
  // there is handed back to render, where the timeline's error boundary catches it (and shows the
  // notice that the cards tell the whole story).
  const [failure, setFailure] = useState<unknown>(null);
  /** Runs `task` from a timer or a frame; what it throws reaches the boundary. */
  const guarded = useCallback(<T,>(task: () => T): T | undefined => {
    try {
      return task();
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
  }, []);

  /** Whether vis has drawn its tracks and takes events (see `create`). */
  const takesEvents = useRef(false);
  /** Brings vis's items in line with the latest props, by diff. */
  const applyItems = useCallback(() => {
    const itemSet = itemsRef.current;
    if (!itemSet || !takesEvents.current) return;
    const current = currentRef.current;
    const diff = diffItems(current, callbacks.current.items);
    // Never setItems: it re-adds everything, scrolls and drops the selection.
    if (diff.remove.length) itemSet.remove(diff.remove);
    if (diff.add.length || diff.update.length) itemSet.update([...diff.add, ...diff.update]);
    for (const id of diff.remove) current.delete(id);
    for (const item of [...diff.add, ...diff.update]) current.set(item.id, item);
    syncSelection(); // with the first items: a selection made (or linked) before they were drawn
  }, [syncSelection]);

  // Create once, everything that changes later flows in through the effects below. Created in a task of
  // its own once the page has painted: the header and cards show first, and neither their render nor
  // vis's first draw (each one long on a slow laptop) blocks input for the length of both.
  const create = useCallback(() => {
    const container = containerRef.current!;
    // Created with the tracks only; the events follow once vis has drawn them and the axis. Both draws
    // force layout many times over (vis measures as it goes), and together they were one task long
    // enough to block input on a slow laptop; apart, each is about half of it. The timeline stays
    // hidden until the events are drawn (te-drawing in timeline.css), so it never shows empty tracks,
    // nor tracks that grow around their events as they arrive (layout shift).
    container.classList.add("te-drawing");
    const itemSet = new DataSet<TimelineItemModel, "id">();
    const groupSet = new DataSet<TimelineGroupModel, "id">([...callbacks.current.groups]);
    const initial = fitRef.current;
    // Shown (and ready) once vis calls its first draw complete, which it does only some time after its
    // first range change, and once the events are drawn.
    let firstDrawDone = false;
    let eventsDrawn = false;
    let destroyed = false; // vis's first-draw-complete comes on a timer destroy() does not cancel
    const shown = () => {
      if (!firstDrawDone || !eventsDrawn || destroyed) return;
      container.classList.remove("te-drawing");
      callbacks.current.onReady();
    };
    const options: TimelineOptions = {
      // The timeline grows with its rows, so every track shows at once; on a phone it stops at most of
      // the screen and scrolls inside, so the cards below stay within reach.
      maxHeight: maxHeightRef.current ?? "",
      minHeight: 240,
      orientation: { axis: "top", item: "top" },
      stack: true,
      zoomMin: zoomRef.current.min,
      zoomMax: zoomRef.current.max,
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
      onInitialDrawComplete: () => {
        firstDrawDone = true;
        shown();
      },
      cluster: clustering(largeRef.current),
      ...(initial ? { start: initial.start, end: initial.end } : {}),
    } as TimelineOptions;
    const timeline = new Timeline(container, itemSet as never, groupSet as never, options);
    container.setAttribute("aria-hidden", "true");
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
        takesEvents.current = true;
        guarded(() => {
          applyItems();
          // Given no window (nothing matches the filters), vis fitted itself to the events it had on its
          // first draw: none yet. Fitted to the periods (and a linked event) now.
          if (!fitRef.current && itemSet.length > 0) timeline.fit({ animation: false });
        });
        if (itemSet.length === 0) drawn(); // nothing to draw at all: no redraw need come
      });
    };
    timeline.on("changed", addEvents);
    // vis completes its first draw only on a redraw after its first range change; when the only redraw
    // so far came before that change, it stays hidden for good. One more redraw finishes it.
    const finishFirstDraw = () => {
      timeline.off("rangechanged", finishFirstDraw);
      timeline.redraw();
    };
    timeline.on("rangechanged", finishFirstDraw);

    timeline.on("select", (properties: { items: string[] }) => {
      const id = properties.items[0] ?? null;
      // A cluster is not an event: it is opened by double-click (vis zooms into it), not selected.
      if (id === null || itemSet.get(id)) callbacks.current.onSelect(id);
    });
    timeline.on("itemover", (properties: { item: string }) => {
      if (itemSet.get(properties.item)?.["event-id"]) callbacks.current.onHover(properties.item);
    });
    timeline.on("itemout", () => callbacks.current.onHover(null));

    timelineRef.current = timeline;
    itemsRef.current = itemSet;
    groupsRef.current = groupSet;
    appliedOptions.current = { maxHeight: maxHeightRef.current, zoom: zoomRef.current, large: largeRef.current };
    fitted.current = initial;
    const current = currentRef.current;
    return () => {
      destroyed = true;
      window.clearTimeout(eventsTimer);
      takesEvents.current = false;
      timeline.destroy();
      // destroy() can leave the loading overlay behind when the first draw never finished.
      container.replaceChildren();
      current.clear();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
  }, [applyItems, guarded]);

  if (failure) throw failure;
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    const cancel = afterPaint(() => {
      cleanup = guarded(create);
    });
    return () => {
      cancel();
      cleanup?.();
    };
  }, [create, guarded]);

  // Every setOptions names `cluster`: vis turns clustering off when an options object leaves it out.
  // Options the constructor already had are not applied again: setOptions redraws every item.
  useEffect(() => {
    const applied = appliedOptions.current;
    if (
      !applied ||
      (applied.maxHeight === maxHeight &&
        applied.zoom.min === zoom.min &&
        applied.zoom.max === zoom.max &&
        applied.large === large)
    ) {
      return;
    }
    appliedOptions.current = { maxHeight, zoom: { min: zoom.min, max: zoom.max }, large };
    timelineRef.current?.setOptions({
      maxHeight: maxHeight ?? "",
      zoomMin: zoom.min,
      zoomMax: zoom.max,
      cluster: clustering(large),
    });
  }, [maxHeight, zoom.min, zoom.max, large]);

  useEffect(() => {
    const groupSet = groupsRef.current;
    if (!groupSet) return;
    const existing = new Map(groupSet.get().map((group) => [group.id, group]));
    const diff = diffItems(existing, groups);
    if (diff.remove.length) groupSet.remove(diff.remove);
    if (diff.add.length || diff.update.length) groupSet.update([...diff.add, ...diff.update]);
  }, [groups]);

  // `items` is read through the latest props (the first effect above has stored them by now).
  useEffect(() => {
    if (!large) {
      applyItems();
      return;
    }
    // With thousands of items each update redraws a lot: while the reader types a search, only the
    // last of a quick run of changes reaches the timeline (the cards follow every keystroke).
    const timer = window.setTimeout(() => guarded(applyItems), 400);
    return () => window.clearTimeout(timer);
  }, [items, large, applyItems, guarded]);

  // Fit again whenever the filters change what is in view (a new fitTo object), but not to the window
  // the constructor was given.
  useEffect(() => {
    if (!timelineRef.current || fitted.current === fitTo) return;
    fitted.current = fitTo;
    if (fitTo) timelineRef.current.setWindow(fitTo.start, fitTo.end, { animation: motion.current });
  }, [fitTo]);

  useEffect(() => {
    selectedRef.current = selectedId;
    if (selectedId === null) revealed.current = null;
    syncSelection();
  }, [selectedId, syncSelection]);

  // Hovering a card highlights its item. A class on the rendered element is enough: hover is fleeting
  // and need not survive a redraw.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !hoveredId) return;
    const element = container.querySelector(`[data-event-id="${CSS.escape(hoveredId)}"]`);
    element?.classList.add("te-linked");
    return () => element?.classList.remove("te-linked");
  }, [hoveredId, items]);

  useImperativeHandle(
    ref,
    () => ({
      zoom(direction) {
        const timeline = timelineRef.current;
        if (!timeline) return;
        // zoomIn divides the width by 1.6 and zoomOut multiplies it by 1.6, so in then out is a no-op.
        if (direction === 1) timeline.zoomIn(0.6, { animation: motion.current });
        else timeline.zoomOut(0.6, { animation: motion.current });
      },
      move(fraction) {
        const timeline = timelineRef.current;
        if (!timeline) return;
        const { start, end } = timeline.getWindow();
        const shift = (end.getTime() - start.getTime()) * fraction;
        timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: motion.current });
      },
      fit() {
        const window = fitRef.current;
        if (window) timelineRef.current?.setWindow(window.start, window.end, { animation: motion.current });
      },
      center() {
        const timeline = timelineRef.current;
        if (!timeline) return Date.now();
        const { start, end } = timeline.getWindow();
        return (start.getTime() + end.getTime()) / 2;
      },
    }),
    [],
  );

  return <div ref={containerRef} className="te-timeline" />;
});

/**
 * Runs `task` in a new task after the next paint. A frame callback alone is not enough: browsers pause
 * them in background tabs and off-screen frames, where the timeline must still be created, so a timer
 * stands in when no frame comes.
 */
function afterPaint(task: () => void): () => void {
  let timer = 0;
  const run = () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(fallback);
    window.clearTimeout(timer);
    task();
  };
  const frame = requestAnimationFrame(() => {
    window.clearTimeout(fallback);
    timer = window.setTimeout(run, 0);
  });
  const fallback = window.setTimeout(run, 200);
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(fallback);
    window.clearTimeout(timer);
  };
}

const CLUSTERS = { maxItems: 2, titleTemplate: "", showStipes: false };
/** vis accepts `cluster: false` (its validator says boolean or object); its type says object only. */
const clustering = (on: boolean) => (on ? CLUSTERS : (false as unknown as undefined));

/** An item's visible content, built from text with DOM APIs: data never becomes markup. */
export function itemContent(item: TimelineItemModel & { isCluster?: boolean; uiItems?: unknown[] }): HTMLElement {
  const root = document.createElement("span");
  root.className = "te-item-label";
  if (item.isCluster) {
    const count = item.uiItems?.length ?? 0;
    root.textContent = `${count} events`;
    root.title = `${count} events close together: double-click to zoom in`;
    return root;
  }
  if (!item["event-id"]) {
    // A period's band (no text) or its name.
    root.textContent = item.label;
    if (item.label) root.title = `${item.label}: ${item.dateLabel}`;
    return root;
  }
  const date = document.createElement("span");
  date.className = "te-item-date";
  date.textContent = item.dateLabel;
  const title = document.createElement("span");
  title.className = "te-item-title";
  title.textContent = item.label;
  root.append(date, title);
  root.title = `${item.dateLabel}: ${item.label}`;
  return root;
}

export function groupContent(group: TimelineGroupModel | null): HTMLElement {
  const root = document.createElement("span");
  root.className = "te-group-label";
  if (!group) return root; // vis asks for the label of its internal "no group" row with null
  root.textContent = group.label;
  if (group.description) root.title = group.description;
  return root;
}
