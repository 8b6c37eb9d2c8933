import { useWindowVirtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";

export interface RowScroller {
  /** Scrolls the page so that row shows; it renders on a following frame. */
  scrollToIndex(index: number): void;
}

export interface VirtualRowsProps {
  count: number;
  keyOf(index: number): string;
  estimate: number;
  listRef: RefObject<HTMLOListElement | null>;
  scroller: RefObject<RowScroller | null>;
  onKeyDown(event: KeyboardEvent<HTMLOListElement>): void;
  /** One row's content; the row itself (its list item, position and size) is this component's. */
  row(index: number): ReactNode;
}

/**
 * The rows of a long list that are near the screen, in the page's own scroll; rows of any height,
 * measured as they render. Loaded only for lists long enough to need it.
 */
export default function VirtualRows({ count, keyOf, estimate, listRef, scroller, onKeyDown, row }: VirtualRowsProps) {
  // Where the list starts on the page. After every render, since anything above the list (a notice,
  // the timeline's height) can move it; state changes only when it actually moved.
  const [margin, setMargin] = useState(0);
  const measureMargin = useCallback(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    setMargin((margin) => (Math.abs(top - margin) > 1 ? top : margin));
  }, [listRef]);
  useLayoutEffect(measureMargin);
  // Content above can also change size without this list rendering again (the timeline drawing, a
  // notice closing): the page's height changes with it.
  useEffect(() => {
    const observer = new ResizeObserver(measureMargin);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [measureMargin]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan: 4,
    scrollMargin: margin,
    getItemKey: keyOf,
  });
  useImperativeHandle(scroller, () => ({
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: "center" }),
  }));

  return (
    // The list's own key handling (arrow keys between card buttons) is a convenience on top of Tab.
    <ol ref={listRef} onKeyDown={onKeyDown} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          aria-setsize={count}
          aria-posinset={item.index + 1}
          className="absolute top-0 start-0 w-full pb-3"
          style={{ transform: `translateY(${item.start - margin}px)` }}
        >
          {row(item.index)}
        </li>
      ))}
    </ol>
  );
}
