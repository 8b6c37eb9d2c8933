/**
 * The page's address, owned in one place. The URL is the single source of truth for the view: every read
 * of the query and every history entry goes through a store like this one, so nothing else touches
 * window.location and tests can swap in one kept in memory.
 */
export type HistoryMode = "push" | "replace";

export interface UrlStore {
  /** The current entry's query, "?a=b" or "". */
  search(): string;
  /** Called after every change of entry: ours, or the reader's Back and Forward. */
  subscribe(listener: () => void): () => void;
  /**
   * A new query: a history entry of its own for a discrete action ("push"), the same entry for a
   * continuous one ("replace"). A run of changes of the same `kind` (typing a search) shares one entry,
   * so Back does not replay every keystroke.
   */
  navigate(query: string, mode: HistoryMode, kind?: string): void;
  /** The page's address without a query or hash: the base of every link it makes. */
  base(): string;
  /** The page's origin, to tell a dataset from this site from one elsewhere. */
  origin(): string;
  /** Leaves for the page's address without a query: a fresh start after the explorer itself failed. */
  restart(): void;
}

interface EntryState {
  kind?: string;
}

const CHANGE = "timeline-explorer:locationchange";

/** The browser's address and history. */
export function browserUrlStore(win: Window = window): UrlStore {
  return {
    search: () => win.location.search,
    subscribe(listener) {
      win.addEventListener("popstate", listener);
      win.addEventListener(CHANGE, listener);
      return () => {
        win.removeEventListener("popstate", listener);
        win.removeEventListener(CHANGE, listener);
      };
    },
    navigate(next, mode, kind) {
      const query = next === "" ? "" : `?${next}`;
      if (query === win.location.search) return;
      const url = `${win.location.pathname}${query}${win.location.hash}`;
      const current = (win.history.state ?? {}) as EntryState;
      const entry: EntryState = { kind };
      if (mode === "replace" || (kind !== undefined && current.kind === kind)) win.history.replaceState(entry, "", url);
      else win.history.pushState(entry, "", url);
      win.dispatchEvent(new Event(CHANGE));
    },
    base: () => `${win.location.origin}${win.location.pathname}`,
    origin: () => win.location.origin,
    restart: () => win.location.assign(win.location.pathname),
  };
}

/** A history kept in memory, with Back and Forward, for tests of what happens as the address changes. */
export interface MemoryUrlStore extends UrlStore {
  back(): void;
  forward(): void;
  /** Every entry's query, oldest first, and which one is current. */
  readonly entries: readonly string[];
  readonly index: number;
  readonly restarts: number;
}

export function memoryUrlStore(initial = "", base = "https://explorer.test/"): MemoryUrlStore {
  const entries: { query: string; kind?: string }[] = [{ query: initial.replace(/^\?/, "") }];
  let index = 0;
  let restarts = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    search: () => (entries[index]!.query === "" ? "" : `?${entries[index]!.query}`),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(query, mode, kind) {
      if (query === entries[index]!.query) return;
      if (mode === "replace" || (kind !== undefined && entries[index]!.kind === kind)) entries[index] = { query, kind };
      else {
        entries.splice(index + 1, entries.length, { query, kind });
        index += 1;
      }
      notify();
    },
    back() {
      if (index === 0) return;
      index -= 1;
      notify();
    },
    forward() {
      if (index === entries.length - 1) return;
      index += 1;
      notify();
    },
    get entries() {
      return entries.map((entry) => entry.query);
    },
    get index() {
      return index;
    },
    get restarts() {
      return restarts;
    },
    base: () => base,
    origin: () => new URL(base).origin,
    restart: () => {
      restarts += 1;
    },
  };
}
