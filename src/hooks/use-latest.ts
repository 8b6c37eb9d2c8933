import { useLayoutEffect, useRef } from "react";

/**
 * The latest value given, in a ref: for what is made once and outlives renders (a widget's event
 * handlers, a callback that keeps one identity) yet must act on the latest props. Read `.current` when
 * that code runs, never while rendering. It is updated in a layout effect, before any passive effect of
 * the same render runs. Where the reader is an effect's own listener, React's `useEffectEvent` says the
 * same more plainly; this is for the rest.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
