/**
 * Runs `task` once the page is idle, and at the latest after `timeout` ms. Where the browser has no idle
 * callbacks (Safari, jsdom), a short timer stands in. Returns what cancels it.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, Math.min(timeout, FALLBACK_MS));
  return () => clearTimeout(timer);
}

const FALLBACK_MS = 500;
