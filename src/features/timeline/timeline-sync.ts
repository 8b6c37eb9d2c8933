/**
 * Keeping vis-timeline in step with the explorer, without React: one function takes what vis was last
 * given and what it should show now, and applies only the difference, the way react-leaflet updates a
 * map's layers. Tested on its own with real DataSets and a stand-in for the timeline.
 */
import type { DataSet } from "vis-data/esnext";
import { diffItems, type TimelineGroupModel, type TimelineItemModel } from "../../domain/timeline-items";

export interface TimelineWindow {
  start: number;
  end: number;
}

/** What the timeline shows: the props of the canvas that are not callbacks. */
export interface TimelineState {
  groups: readonly TimelineGroupModel[];
  items: readonly TimelineItemModel[];
  selectedId: string | null;
  /** The window to fit to: a different one (by value) fits the timeline to it again. */
  fitTo: TimelineWindow | null;
  reducedMotion: boolean;
  /** CSS height the timeline may grow to before it scrolls; undefined for no limit. */
  maxHeight: string | undefined;
  /** Pixels the timeline takes at least (less while a card is read on a laptop: see timeline-section.tsx). */
  minHeight: number;
  /** Closest and farthest zoom, in ms of visible time. */
  zoom: { min: number; max: number };
  /**
   * The locale the axis labels its steps in. Set when the timeline is made: the explorer is made anew
   * when the reader changes language (and with it the page's direction, which vis reads then too).
   */
  locale: string;
  /** Many events: moves are not animated. */
  large: boolean;
  /** Close items merge into a count ("5 events"): with many events, or on a phone's narrow screen. */
  cluster: boolean;
}

/** The few methods of vis's Timeline this module calls. */
export interface TimelineLike {
  setOptions(options: object): void;
  setSelection(ids: string[]): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: number, end: number, options?: { animation: boolean }): void;
  /** Centres an item, scrolling the rows to it too when they scroll inside; zoom: false keeps the zoom. */
  focus(id: string, options?: { zoom: boolean; animation: boolean }): void;
  zoomIn(percentage: number, options?: { animation: boolean }): void;
  /** Draws at once (vis otherwise draws a change in a later frame). */
  redraw(): void;
  zoomOut(percentage: number, options?: { animation: boolean }): void;
}

/** vis and its data, with what it was last given. */
export interface SyncTarget {
  timeline: TimelineLike;
  items: DataSet<TimelineItemModel, "id">;
  groups: DataSet<TimelineGroupModel, "id">;
  /** The items vis has, by id: the other side of every diff. */
  shown: Map<string, TimelineItemModel>;
  /** False until vis has drawn its tracks (see first-draw.ts): until then, items wait. */
  acceptsItems: boolean;
  /** The event the window was last moved to, so a selection is revealed once, not on every change. */
  revealed: string | null;
  /**
   * Scrolls the rows (when the timeline scrolls inside) so that an event's item is in sight, once vis has
   * drawn: vis's own focus scrolls only to the top of the item's track, which a tall track leaves far off.
   */
  revealRow(id: string): void;
  /** The width, in pixels, of the part of the timeline that shows events (0 before it is laid out). */
  width(): number;
}

/**
 * The widest label an item has (the short title's max-width in timeline.css: 13rem, 6.5rem on a phone),
 * in pixels: a window fitted to the events leaves this much room after the last one, so its label is
 * not cut at the timeline's edge.
 */
export const labelWidth = (narrow: boolean) => (narrow ? 104 : 208);

/**
 * A window that ends late enough for the last event's label to show in full on a timeline `width` pixels
 * wide. Unchanged when the timeline is too narrow to give labels more than half of it, or not laid out.
 */
export function withLabelRoom(window: TimelineWindow, width: number, label: number): TimelineWindow {
  if (width <= 0 || label <= 0 || label > width / 2) return window;
  const span = window.end - window.start;
  return { start: window.start, end: window.start + (span * width) / (width - label) };
}

/** Whether moves animate: never for readers who asked for less motion, nor with many events. */
export const animates = (state: Pick<TimelineState, "reducedMotion" | "large">) => !state.reducedMotion && !state.large;

export function sameWindow(a: TimelineWindow | null | undefined, b: TimelineWindow | null | undefined): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}

const CLUSTERS = { maxItems: 2, titleTemplate: "", showStipes: false };
/** vis accepts `cluster: false` (its validator says boolean or object); its type says object only. */
export const clustering = (on: boolean) => (on ? CLUSTERS : (false as unknown as undefined));

/**
 * Applies to vis what changed from `prev` (what it was last given; null right after it was created with
 * `next`'s options and window) to `next`.
 */
export function applyChanges(target: SyncTarget, prev: TimelineState | null, next: TimelineState): void {
  // A track's row comes before its items and goes after them: vis must never hold an item whose row
  // is gone.
  const groupsChanged = !prev || prev.groups !== next.groups;
  const groupDiff = groupsChanged
    ? diffItems(new Map(target.groups.get().map((group) => [group.id, group])), next.groups)
    : null;
  if (groupDiff && (groupDiff.add.length || groupDiff.update.length)) {
    target.groups.update([...groupDiff.add, ...groupDiff.update] as never);
  }
  const itemsChanged = target.acceptsItems && (!prev || prev.items !== next.items);
  if (itemsChanged) applyDiff(target.items, target.shown, next.items);
  // Options are applied only when they change: setOptions redraws every item. Every setOptions names
  // `cluster`: vis turns clustering off when an options object leaves it out. They come after the items:
  // clustering switched on (Clear all at 2,000 events) then draws the ~1,800 items added as clusters
  // at once, and switched off (an actor's ~200 events) draws only the items that stay.
  if (
    prev &&
    (prev.maxHeight !== next.maxHeight ||
      prev.minHeight !== next.minHeight ||
      prev.zoom.min !== next.zoom.min ||
      prev.zoom.max !== next.zoom.max ||
      prev.cluster !== next.cluster)
  ) {
    target.timeline.setOptions({
      maxHeight: next.maxHeight ?? "",
      minHeight: next.minHeight,
      zoomMin: next.zoom.min,
      zoomMax: next.zoom.max,
      cluster: clustering(next.cluster),
    });
  }
  if (groupDiff?.remove.length) target.groups.remove(groupDiff.remove);
  // Fit again when what matches the filters spans another window, not on every change of the view.
  if (prev && !sameWindow(prev.fitTo, next.fitTo) && next.fitTo) fitTo(target, next.fitTo, animates(next));
  // A timeline made shorter (a card opened on a laptop) or taller keeps the selected event's row in sight.
  const resized = !!prev && (prev.maxHeight !== next.maxHeight || prev.minHeight !== next.minHeight);
  if (resized && next.selectedId) {
    // Where the rows are scrolled to is judged from the new height: vis draws it now, not in a frame.
    target.timeline.redraw();
    target.revealed = null;
  }
  if (!prev || prev.selectedId !== next.selectedId || itemsChanged || resized) syncSelection(target, next);
}

/** Shows `window`, with room after it for the last event's label. */
export function fitTo(target: SyncTarget, window: TimelineWindow, animation: boolean): void {
  const narrow = typeof matchMedia === "function" && matchMedia("(max-width: 40rem)").matches;
  const room = withLabelRoom(window, target.width(), labelWidth(narrow));
  target.timeline.setWindow(room.start, room.end, { animation });
}

/**
 * Brings a DataSet in line with `next` and records it in `shown`. Never setItems: it re-adds everything,
 * scrolls and drops the selection.
 */
function applyDiff<T extends { id: string }>(set: DataSet<T, "id">, shown: Map<string, T>, next: readonly T[]): void {
  const diff = diffItems(shown, next);
  if (diff.remove.length) set.remove(diff.remove);
  if (diff.add.length || diff.update.length) set.update([...diff.add, ...diff.update] as never);
  for (const id of diff.remove) shown.delete(id);
  for (const item of [...diff.add, ...diff.update]) shown.set(item.id, item);
}

/**
 * The selected item is highlighted whenever it is on the timeline, and revealed (the window moved to it)
 * once per selection: changing filters later never pulls the reader's view back to it.
 */
function syncSelection(target: SyncTarget, next: TimelineState): void {
  const id = next.selectedId;
  if (id === null) target.revealed = null;
  const item = id ? target.shown.get(id) : undefined;
  target.timeline.setSelection(item ? [item.id] : []);
  if (!item || target.revealed === id) return;
  target.revealed = id;
  const window = target.timeline.getWindow();
  const itemEnd = item.end ?? item.start;
  // Move across only when the item is out of view, and keep the reader's zoom; down, to its row.
  const outside = item.start < window.start.getTime() || itemEnd > window.end.getTime();
  if (outside) target.timeline.focus(item.id, { zoom: false, animation: animates(next) });
  target.revealRow(item.id);
}

/** Once vis takes items: everything `state` shows that waited for it (its items, the selection among them). */
export function applyWaitingItems(target: SyncTarget, state: TimelineState): void {
  applyChanges(target, { ...state, items: [] }, state);
}
