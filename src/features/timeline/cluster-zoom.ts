/**
 * A cluster ("5 events") is not an event: a tap or a click on one zooms in around the events it stands
 * for until they part. vis reports it as a selection of an item that is none of the events; the events a
 * cluster holds are named on its label (data-event-ids, item-templates.ts). An event selected inside one
 * (Next event, a link, a lesson's step) is shown the same way: its cluster is opened (row-scroll.ts).
 */

/** The few methods of vis's Timeline a zoom into a cluster calls. */
export interface ZoomingTimeline {
  setWindow(start: number, end: number, options?: { animation: boolean }): void;
  getEventProperties(event: Event): { time: Date };
  moveTo(time: number, options?: { animation: boolean }): void;
  zoomIn(percentage: number, options?: { animation: boolean }): void;
}

interface Dated {
  start: string | number | Date;
  end?: string | number | Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** The cluster drawn in `container` that holds the event `id`, if one does. */
export function clusterHolding(container: ParentNode, id: string): Element | null {
  for (const label of container.querySelectorAll(".vis-item [data-event-ids]")) {
    if (label.getAttribute("data-event-ids")!.split(" ").includes(id)) return label.closest(".vis-item");
  }
  return null;
}

/** Shows the events `cluster` holds, with room for them to part; false when it names none. */
export function openCluster(
  timeline: Pick<ZoomingTimeline, "setWindow">,
  cluster: Element,
  items: { get(id: string): Dated | null },
  animation: boolean,
): boolean {
  const span = clusterSpan(cluster, items);
  if (!span) return false;
  const margin = Math.max((span.end - span.start) / 2, 7 * DAY);
  timeline.setWindow(span.start - margin, span.end + margin, { animation });
  return true;
}

/** The time a cluster's events span, from the events its label names; null when it names none. */
export function clusterSpan(
  cluster: Element | null,
  items: { get(id: string): Dated | null },
): { start: number; end: number } | null {
  const label = cluster?.querySelector("[data-event-ids]");
  const times = (label?.getAttribute("data-event-ids") ?? "")
    .split(" ")
    .flatMap((id) => {
      const item = id ? items.get(id) : null;
      return item ? [new Date(item.start).getTime(), new Date(item.end ?? item.start).getTime()] : [];
    })
    .filter(Number.isFinite);
  return times.length ? { start: Math.min(...times), end: Math.max(...times) } : null;
}

/**
 * Shows the cluster's own events with room at each side, enough for them to part (at least a week). A
 * cluster whose events are not known is zoomed into where it was clicked.
 */
export function zoomIntoCluster(
  timeline: ZoomingTimeline,
  event: Event,
  items: { get(id: string): Dated | null },
  animation: boolean,
): void {
  const cluster = (event.target as Element | null)?.closest(".vis-item");
  if (cluster && openCluster(timeline, cluster, items, animation)) return;
  const { time } = timeline.getEventProperties(event);
  timeline.moveTo(time.getTime(), { animation: false });
  timeline.zoomIn(0.6, { animation });
}
