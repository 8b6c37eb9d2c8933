/**
 * Moves the focus to the element with `id` once it is on the page: a control that goes away with what it
 * did (Leave lesson, Back to the events) would otherwise drop the focus to the page's start. The element
 * may come a few frames later (a part rendered in a transition, or its code loaded); `leaving`, an
 * element of that id on its way out (the view being replaced has its own), is waited past. After
 * `frames` frames without it, the focus stays where it is. Returns what cancels the wait.
 */
export function focusWhenThere(id: string, { leaving = null, frames = 60 }: Waiting = {}): () => void {
  let handle = 0;
  const attempt = (left: number) => {
    const element = document.getElementById(id);
    if (element && element !== leaving) {
      element.focus();
      return;
    }
    if (left > 0) handle = requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(frames);
  return () => cancelAnimationFrame(handle);
}

export interface Waiting {
  /** An element with the id that is going away: not the one to focus. */
  leaving?: Element | null;
  /** How many frames to wait at most. */
  frames?: number;
}
