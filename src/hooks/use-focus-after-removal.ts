import { useEffectEvent, useLayoutEffect, useRef, type RefObject } from "react";

/**
 * A control that removes its own item (a filter chip, a lesson's step) takes the focus with it. Told
 * which place was removed, this hands the focus, once `items` has changed, to the control (`selector`,
 * inside `list`) now at that place, or the last one before it; with none left, to `fallback`. Changes
 * from elsewhere (Back, a filter ticked) leave the focus alone.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(
  items: unknown,
  selector: string,
  fallback: () => void,
): { list: RefObject<T | null>; removing(index: number): void } {
  const list = useRef<T>(null);
  const removedAt = useRef<number | null>(null);
  const onEmpty = useEffectEvent(fallback);
  useLayoutEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const controls = list.current?.querySelectorAll<HTMLElement>(selector) ?? [];
    if (controls.length > 0) controls[Math.min(at, controls.length - 1)]!.focus();
    else onEmpty();
  }, [items, selector]);
  return { list, removing: (index) => (removedAt.current = index) };
}
