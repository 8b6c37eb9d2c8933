/**
 * Runs `task` in a new task after the next paint, so that what was just rendered shows before it runs.
 * A frame callback alone is not enough: browsers pause them in background tabs and off-screen frames,
 * where the task must still run, so a timer stands in when no frame comes. Returns what cancels it.
 */
export function afterPaint(task: () => void, fallbackMs = 200): () => void {
  let timer = 0;
  const cancel = () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(fallback);
    window.clearTimeout(timer);
  };
  const run = () => {
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    window.clearTimeout(fallback);
    timer = window.setTimeout(run, 0);
  });
  const fallback = window.setTimeout(run, fallbackMs);
  return cancel;
}
