import { i18n } from "@lingui/core";
import { createContext, useContext, useSyncExternalStore } from "react";
import { reconcileViewState, type KnownIds } from "../domain/view-reconcile";
import { parseViewState, serialiseViewState, type Parsed, type ViewState } from "../domain/view-state";
import { browserUrlStore, type HistoryMode, type UrlStore } from "../platform/url-store";

/** The link as the codec reads it, and the query it was read from (without "?"). */
export interface Linked extends Parsed {
  query: string;
}

export interface WriteOptions {
  /** Pan, zoom and theme-like changes replace the history entry; filters and selection push one. */
  mode?: HistoryMode;
  /** Names a continuous change (typing a search) whose entries collapse into one. */
  kind?: string;
  /** The ids of the dataset the view is for: what it names that the dataset lacks is left out. */
  known?: KnownIds;
}

/**
 * The page's address, read and written in one place. Everything a link carries (the view, the dataset it
 * names, the lesson, the language) is one ViewState, parsed once per address by the one codec
 * (domain/view-state.ts) and written back only here, always in its canonical form: keys in a fixed order,
 * defaults left out, ids the dataset does not have dropped. No other module touches the address.
 */
export interface Location {
  /** The link as the codec reads it: the same object until the address changes. */
  read(): Linked;
  /** Called after every change of entry: ours, or the reader's Back and Forward. */
  subscribe(listener: () => void): () => void;
  /** Writes a view, in a history entry of its own unless `mode` is "replace". */
  write(view: ViewState, options?: WriteOptions): void;
  /** The page's address without a query or hash: the base of every link it makes. */
  base(): string;
  /** The page's origin, to tell a dataset from this site from one elsewhere. */
  origin(): string;
  /** Leaves for the page's address without a query: a fresh start after the explorer itself failed. */
  restart(): void;
}

export function createLocation(url: UrlStore): Location {
  let cached: (Linked & { locale: string }) | null = null;
  const read = (): Linked => {
    const query = url.search().replace(/^\?/, "");
    // Read again in another language: what could not be used is said in the page's language.
    if (cached?.query !== query || cached.locale !== i18n.locale)
      cached = { ...parseViewState(query), query, locale: i18n.locale };
    return cached;
  };
  return {
    read,
    subscribe: url.subscribe,
    write(view, { mode = "push", kind, known } = {}) {
      const checked = known ? reconcileViewState(view, known).state : view;
      url.navigate(serialiseViewState(checked), mode, kind);
    },
    base: url.base,
    origin: url.origin,
    restart: url.restart,
  };
}

let pageLocation: Location | null = null;
/** The page's own address: the one every part of the app shares unless a provider gives another. */
export function pageAddress(): Location {
  pageLocation ??= createLocation(browserUrlStore());
  return pageLocation;
}

const LocationContext = createContext<Location | null>(null);
/** Gives a part of the app another address to own (a test's memory history). */
export const LocationProvider = LocationContext.Provider;

/** The one owner of the address. */
export function useLocation(): Location {
  return useContext(LocationContext) ?? pageAddress();
}

/** The link as React state: re-renders when the address changes. */
export function useLinked(): Linked {
  const location = useLocation();
  return useSyncExternalStore(location.subscribe, location.read, location.read);
}
