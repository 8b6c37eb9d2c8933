/**
 * The mapping from events to vis-timeline items and groups, and the diff that updates the timeline
 * without re-creating it. Plain data only: the timeline feature turns labels into DOM text.
 */
import { t } from "@lingui/core/macro";
import type { EventIndex } from "./filter";
import { formatEventDate } from "./format-date";
import type { TimelineEvent } from "./schema";
import { spanOf } from "./dates";

export interface TimelineItemModel {
  id: string;
  group?: string;
  type: "point" | "range" | "background";
  start: number;
  end?: number;
  className: string;
  /** Shown on the item (the event's short title, or its title); text, never markup. */
  label: string;
  /** The event's whole title, for the item's tooltip when the label is its short title. */
  fullTitle?: string;
  /** The date as the reader sees it, in the event's precision. */
  dateLabel: string;
  /** Becomes the item's data-event-id attribute (vis-timeline's dataAttributes option). */
  "event-id"?: string;
  /** vis-timeline requires the field; the template builds the visible content from `label`. */
  content: string;
}

export interface TimelineGroupModel {
  id: string;
  label: string;
  description: string;
  className: string;
  order: number;
}

/** Number of track colours in the stylesheet; tracks beyond it reuse them (the row label tells them apart). */
export const TRACK_COLOURS = 8;

/** Past this many items the timeline clusters them, stops animating, and follows a typed search after a pause. */
export const LARGE_TIMELINE = 300;

/** Ids of a period's band and of its name; never kebab-case, so never an event's or a track's id. */
export const periodItemId = (id: string) => `period:${id}`;
export const periodLabelId = (id: string) => `period-label:${id}`;
export const PERIODS_GROUP = "periods:";

/**
 * One row per track the reader shows (all of them when `shown` is null), in the dataset's order and
 * each in its own colour whatever is hidden; `keep` names a track whose row stays anyway (a selected
 * event's, shown outside the filters).
 */
export function timelineGroups(
  index: EventIndex,
  shown: readonly string[] | null = null,
  keep: string | null = null,
): TimelineGroupModel[] {
  const wanted = shown === null ? null : new Set(keep ? [...shown, keep] : shown);
  const tracks = index.dataset.tracks
    .map((track, order) => ({
      id: track.id,
      label: track.label,
      description: track.description ?? "",
      className: `te-group te-track-${order % TRACK_COLOURS}`,
      order: order + 1,
    }))
    .filter((track) => wanted === null || wanted.has(track.id));
  if ((index.dataset.periods ?? []).length === 0) return tracks;
  // The periods' names get a row of their own above the tracks; their bands run through every row.
  return [
    { id: PERIODS_GROUP, label: t`Periods`, description: "", className: "te-periods-group", order: 0 },
    ...tracks,
  ];
}

// One model per event and locale, made once: filtering thousands of events then reuses the same
// objects, which also lets the diff see at a glance that nothing changed.
const models = new WeakMap<EventIndex, Map<string, TimelineItemModel>>();

export function timelineItems(
  index: EventIndex,
  events: readonly TimelineEvent[],
  { locale = "en", outside = null }: { locale?: string; outside?: string | null } = {},
): TimelineItemModel[] {
  const trackOrder = new Map(index.dataset.tracks.map((track, order) => [track.id, order]));
  let cache = models.get(index);
  if (!cache) models.set(index, (cache = new Map()));
  const items: TimelineItemModel[] = [];
  for (const period of index.dataset.periods ?? []) {
    const span = spanOf(period.start, period.end);
    if (!span) continue;
    const band = {
      start: span.start,
      // A period's end is the day it ends on (an inauguration), so the band stops where that day starts.
      end: spanOf(period.end)!.start,
      label: period.label,
      dateLabel: formatEventDate({ start: period.start, end: period.end, precision: "day" }, { locale }),
      content: "",
    };
    items.push({ ...band, id: periodItemId(period.id), type: "background", className: "te-period", label: "" });
    // A background item inside a group stays in that row and never stacks, so names sit side by side.
    items.push({
      ...band,
      id: periodLabelId(period.id),
      type: "background",
      group: PERIODS_GROUP,
      className: "te-period-label",
    });
  }
  for (const event of events) {
    const key = `${locale}|${event.id}`;
    let model = cache.get(key);
    if (!model) {
      model = eventItem(index, event, trackOrder, locale);
      cache.set(key, model);
    }
    items.push(event.id === outside ? { ...model, className: `${model.className} te-outside` } : model);
  }
  return items;
}

function eventItem(
  index: EventIndex,
  event: TimelineEvent,
  trackOrder: ReadonlyMap<string, number>,
  locale: string,
): TimelineItemModel {
  const span = index.spans[index.order.get(event.id)!]!;
  const colour = (trackOrder.get(event.track) ?? 0) % TRACK_COLOURS;
  const base = {
    id: event.id,
    "event-id": event.id,
    group: event.track,
    className: ["te-item", `te-track-${colour}`, `te-prov-${event.provenance}`, `te-precision-${event.precision}`].join(
      " ",
    ),
    label: event.shortTitle ?? event.title,
    fullTitle: event.title,
    dateLabel: formatEventDate(event, { locale }),
    content: "",
  };
  if (event.end !== undefined) return { ...base, type: "range", start: span.start, end: span.end };
  // A point sits in the middle of what its date covers: mid-day, mid-month or mid-year, so a
  // month-precise event does not pretend to have happened on the 1st.
  return { ...base, type: "point", start: Math.round((span.start + span.end) / 2) };
}

export interface ItemDiff<T> {
  add: T[];
  update: T[];
  remove: string[];
}

/** What changed between the items on the timeline and the items wanted: the smallest DataSet update. */
export function diffItems<T extends { id: string }>(current: ReadonlyMap<string, T>, next: readonly T[]): ItemDiff<T> {
  const diff: ItemDiff<T> = { add: [], update: [], remove: [] };
  const wanted = new Set<string>();
  for (const item of next) {
    wanted.add(item.id);
    const existing = current.get(item.id);
    if (!existing) diff.add.push(item);
    else if (existing !== item && !shallowEqual(existing, item)) diff.update.push(item);
  }
  for (const id of current.keys()) if (!wanted.has(id)) diff.remove.push(id);
  return diff;
}

function shallowEqual(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}
