import { clusterHolding } from "./cluster-zoom";

/**
 * The rows of a timeline that scrolls inside (pinned on a laptop, capped in a frame) are moved by vis, not
 * by the browser: the events' panel clips them, and vis scrolls the track names' column and the events
 * together. Two fixes keep them together and bring an event's row into sight.
 */

/**
 * Anything that scrolls the events' panel natively (the browser bringing a focused or found item into
 * view) would slide the events past their tracks' names: the scroll is handed to the names' column
 * instead, which vis follows with both. Returns the cleanup.
 */
export function scrollRowsTogether(container: HTMLElement): () => void {
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

/** The vertical extent of a box on screen. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll the rows for `item` to be in the middle of what `visible` shows; 0 when the panel's
 * edges clip none of it.
 */
export function scrollToReveal(item: Span, visible: Span): number {
  if (item.top >= visible.top && item.bottom <= visible.bottom) return 0;
  return item.top - visible.top - (visible.bottom - visible.top - (item.bottom - item.top)) / 2;
}

/**
 * Scrolls the rows so that an event's item is in the middle of what they show, when it is drawn above or
 * below it, once vis has drawn the move that may have come with it. vis's own focus scrolls only to the
 * top of the item's track, which a tall track leaves far off. The names' column is scrolled: vis follows
 * it with the events (scrollRowsTogether).
 *
 * An event inside a cluster ("14 events", on a phone or a long timeline) is not drawn: `open` shows the
 * cluster's events apart, and the row is revealed once the event is drawn (a few times at most, as a
 * cluster can part into smaller ones). The move across may be animated: the event, or its cluster, is
 * looked for in each frame for about a second.
 */
export function revealRow(container: HTMLElement, id: string, open?: (cluster: Element) => boolean): void {
  let opened = 0;
  const run = (framesLeft: number) => {
    const item = [...container.querySelectorAll(".vis-item[data-event-id]")].find(
      (element) => element.getAttribute("data-event-id") === id,
    );
    const panel = container.querySelector(".vis-panel.vis-center");
    const names = container.querySelector(".vis-panel.vis-left");
    if (!panel || !names) return;
    if (!item) {
      const cluster = open && opened < 3 ? clusterHolding(container, id) : null;
      if (cluster && open!(cluster)) opened++;
      if (framesLeft > 0) requestAnimationFrame(() => run(framesLeft - 1));
      return;
    }
    const by = scrollToReveal(item.getBoundingClientRect(), panel.getBoundingClientRect());
    if (by === 0) return;
    names.scrollTop += by;
    // vis learns of a scroll from the scroll event, which the browser sends in the next frame; a redraw
    // before it (the window still moving to the event) would put back vis's own, older scroll. Told now.
    names.dispatchEvent(new Event("scroll"));
  };
  requestAnimationFrame(() => requestAnimationFrame(() => run(60)));
}
