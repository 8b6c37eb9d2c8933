import { useEffect, useState } from "react";

/**
 * `value` once it has stopped changing for `delay` ms; at once when `delay` is 0. For the one input that
 * changes in quick runs (typing a search), so a costly view follows the last of a run, not every step.
 */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delay === 0) return;
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return delay === 0 ? value : settled;
}
