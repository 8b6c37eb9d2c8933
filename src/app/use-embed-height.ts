import { useEffect, type RefObject } from "react";
import { HEIGHT_MESSAGE, type HeightMessage } from "../domain/embed";

/**
 * When the explorer is framed, it tells the host page its content height whenever that changes, so an
 * LMS page can size the frame to fit. The message carries only a number; any host may read it.
 */
export function useEmbedHeight(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || window.parent === window) return;
    let last = -1;
    // The height that would show everything: the frame's own height holds the title and the timeline,
    // and the events scroll inside it; a host that resizes its frame wants the whole list.
    const scroller = element.querySelector<HTMLElement>("[data-scroll-container]");
    const post = () => {
      const hidden = scroller ? scroller.scrollHeight - scroller.clientHeight : 0;
      const height = Math.ceil(element.getBoundingClientRect().height + hidden);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    // The list's content changes height inside a box that does not.
    for (const child of scroller?.children ?? []) observer.observe(child);
    post();
    return () => observer.disconnect();
  }, [ref, enabled]);
}
