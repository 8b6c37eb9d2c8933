import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is printed (or shown as print media): the handout renders only then, so a
 * dataset of thousands of events does not carry a second copy of every event on screen.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia("print").matches);
  useEffect(() => {
    const media = window.matchMedia("print");
    const change = () => setPrinting(media.matches);
    // beforeprint must render before the browser lays out the pages, hence flushSync.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    media.addEventListener("change", change);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      media.removeEventListener("change", change);
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
