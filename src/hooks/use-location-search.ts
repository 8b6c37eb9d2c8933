import { useCallback, useSyncExternalStore } from "react";

/**
 * The page's query string as React state. The URL is the one source of truth for the view: this hook
 * reads it, and `navigate` writes it, pushing a history entry for discrete actions and replacing the
 * entry for continuous ones, so Back and Forward step through what the reader did.
 */
const CHANGE = "timeline-explorer:locationchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type HistoryMode = "push" | "replace";

export interface HistoryEntryState {
  /** What kind of change made this entry; a run of the same kind (typing a search) shares one entry. */
  kind?: string;
}

export function useLocationSearch(): [string, (search: string, mode: HistoryMode, kind?: string) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const navigate = useCallback((next: string, mode: HistoryMode, kind?: string) => {
    const query = next === "" ? "" : `?${next}`;
    if (query === window.location.search) return;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    const current = (window.history.state ?? {}) as HistoryEntryState;
    const entry: HistoryEntryState = { kind };
    // Typing a search replaces the entry it started, so Back does not replay every keystroke.
    const replace = mode === "replace" || (kind !== undefined && current.kind === kind);
    if (replace) window.history.replaceState(entry, "", url);
    else window.history.pushState(entry, "", url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [search, navigate];
}
