import { useEffect, useState } from "react";
import type { EventIndex } from "../domain/filter";
import type { TextSearch } from "../domain/text-search";

/** One search index per dataset, however many times it is asked for. */
const built = new WeakMap<EventIndex, Promise<TextSearch>>();

function load(index: EventIndex): Promise<TextSearch> {
  let search = built.get(index);
  if (!search) {
    search = import("../domain/text-search").then((module) => module.buildTextSearch(index));
    built.set(index, search);
    // A failed load (the network, a new build) is tried again on the next search.
    search.catch(() => built.delete(index));
  }
  return search;
}

/**
 * The dataset's search index, loaded (with its code) as soon as the reader searches, or else once the
 * page is idle; null until then, while the words are found as typed (filter.ts).
 */
export function useTextSearch(index: EventIndex, wanted: boolean): TextSearch | null {
  const [loaded, setLoaded] = useState<{ index: EventIndex; search: TextSearch } | null>(null);
  const ready = loaded?.index === index ? loaded.search : null;
  useEffect(() => {
    if (ready) return;
    let live = true;
    const start = () =>
      void load(index)
        .then((search) => live && setLoaded({ index, search }))
        .catch(() => {});
    if (wanted) {
      start();
      return () => void (live = false);
    }
    const handle = requestIdleCallback(start, { timeout: 5000 });
    return () => {
      live = false;
      cancelIdleCallback(handle);
    };
  }, [index, wanted, ready]);
  return ready;
}
