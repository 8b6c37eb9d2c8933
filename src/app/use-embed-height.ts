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
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [ref, enabled]);
}
