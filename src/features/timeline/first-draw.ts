/**
 * vis-timeline's first draw, hidden until the events are in it (te-drawing in timeline.css): the timeline
 * never shows empty tracks, nor tracks that grow around their events as they arrive. (vis shows itself at
 * its first draw: patched, see patches/.)
 *
 * vis is made with the tracks only (create-timeline.ts) and draws them and the axis first. The events go
 * in once that draw is done, when vis knows its width: it builds clusters only for events added then
 * (made with them and a window, it drew them unclustered), and a window fitted to the events can leave
 * room after the last one for its label. `apart`, they go in in a task of their own: drawing the tracks
 * and drawing the events each force layout many times over (vis measures as it goes), and together they
 * were one task long enough to block input on a slow laptop; apart, each is about half of it. Otherwise
 * they go in in the frame that drew the tracks, and vis draws them in the next.
 */
import { applyWaitingItems, fitTo, type SyncTarget, type TimelineState } from "./timeline-sync";

/** The few methods of vis's Timeline the first draw calls. */
export interface DrawingTimeline {
  /** "changed": vis has drawn. */
  on(event: "changed", handler: () => void): void;
  off(event: "changed", handler: () => void): void;
  /** Fits the window to the items. */
  fit(options: { animation: boolean }): void;
}

export interface FirstDraw {
  container: HTMLElement;
  timeline: DrawingTimeline;
  target: SyncTarget;
  /** The props now, not those the timeline was made with: the link may change while vis draws its tracks. */
  latest: { readonly current: TimelineState };
  /** The events go in in a task of their own (a large dataset), not in the frame that drew the tracks. */
  apart: boolean;
  /** The timeline shows, its events drawn. */
  onShown(): void;
  /** What goes wrong in the tasks this starts, so it can reach React's error boundary. */
  fail(error: unknown): void;
}

/** Starts the first draw of a timeline just made; returns what cancels it (the timeline is destroyed). */
export function drawFirst({ container, timeline, target, latest, apart, onShown, fail }: FirstDraw): () => void {
  container.classList.add("te-drawing");
  let timer = 0;
  let cancelled = false;

  const shown = () => {
    timeline.off("changed", shown);
    if (cancelled) return;
    container.classList.remove("te-drawing");
    onShown();
  };
  const addEvents = () => {
    if (cancelled) return;
    timeline.on("changed", shown); // the redraw that draws them
    target.acceptsItems = true;
    try {
      applyWaitingItems(target, latest.current);
      const fit = latest.current.fitTo;
      // Given no window (nothing matches the filters), vis fitted itself to the events it had on its
      // first draw: none yet. Fitted to the periods (and a linked event) now.
      if (!fit && target.items.length > 0) timeline.fit({ animation: false });
      // Made before it was laid out, the timeline could not leave room for the last label: now it can.
      if (fit) fitTo(target, fit, false);
    } catch (error) {
      fail(error);
    }
    if (target.items.length === 0) shown(); // nothing to draw at all: no redraw need come
  };
  const tracksDrawn = () => {
    timeline.off("changed", tracksDrawn);
    if (apart) timer = window.setTimeout(addEvents);
    else addEvents();
  };
  timeline.on("changed", tracksDrawn);

  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    timeline.off("changed", tracksDrawn);
    timeline.off("changed", shown);
  };
}
