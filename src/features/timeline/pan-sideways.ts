/**
 * vis pans in every direction on touch, which sets `touch-action: none` on the whole timeline: a finger
 * that swipes up over it never scrolls the page (on a phone it fills most of the screen). Panning
 * sideways only lets the browser scroll the page on a vertical swipe (`pan-y`); a horizontal swipe still
 * moves the timeline, and two fingers still zoom it. Hammer updates the element's touch-action itself
 * when a recognizer's options change.
 */

/** The part of vis's Timeline this reaches: the Hammer instance it keeps (not in its typings). */
export interface HammerHolder {
  hammer?: { get(name: string): { set(options: object): unknown } | null | undefined };
}

/** Hammer.DIRECTION_LEFT | Hammer.DIRECTION_RIGHT: hammer is vis's dependency, not imported here. */
export const HAMMER_DIRECTION_HORIZONTAL = 2 | 4;

export function panSideways(timeline: object): void {
  (timeline as HammerHolder).hammer?.get("pan")?.set({ direction: HAMMER_DIRECTION_HORIZONTAL });
}
