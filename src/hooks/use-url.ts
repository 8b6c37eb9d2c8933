import { createContext, useContext, useSyncExternalStore } from "react";
import { browserUrlStore, type HistoryMode, type UrlStore } from "../platform/url-store";

export type { HistoryMode } from "../platform/url-store";

let pageStore: UrlStore | null = null;
/** The page's own address: the store every part of the app shares unless a provider gives another. */
export function pageUrl(): UrlStore {
  pageStore ??= browserUrlStore();
  return pageStore;
}

const UrlContext = createContext<UrlStore | null>(null);
/** Gives a part of the app another address to own (a test's memory history). */
export const UrlProvider = UrlContext.Provider;

/** The one owner of the address: read it, write it, and know the page's base. */
export function useUrl(): UrlStore {
  return useContext(UrlContext) ?? pageUrl();
}

/** The current query as React state, and the way to change it. */
export function useLocationSearch(): [string, (query: string, mode: HistoryMode, kind?: string) => void] {
  const store = useUrl();
  const search = useSyncExternalStore(store.subscribe, store.search, () => "");
  return [search, store.navigate];
}
