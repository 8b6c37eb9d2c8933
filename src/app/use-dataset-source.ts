import { useCallback, useEffect, useRef, useState } from "react";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { MAX_DATASET_BYTES, readDatasetText } from "../domain/load-dataset";
import type { Dataset } from "../domain/schema";
import type { Problem } from "../domain/validate-dataset";
import { parseViewState, serialiseViewState, DEFAULT_VIEW } from "../domain/view-state";
import { DatasetFetchError, fetchDatasetText, resolveDatasetUrl } from "../features/datasets/fetch-dataset";
import { useLocationSearch } from "../hooks/use-location-search";

export type DatasetOrigin =
  | { kind: "default" }
  /** `url` as the link gives it; `host` shown to the reader when the file is on another site. */
  | { kind: "url"; url: string; host: string; foreign: boolean }
  | { kind: "file"; name: string };

export interface LoadedDataset {
  dataset: Dataset;
  origin: DatasetOrigin;
  /** What a conversion (from TimelineJS) could not carry over. */
  notes: string[];
}

export interface DatasetFailure {
  /** "the file “x.json”" or "https://…", for "Could not open …". */
  source: string;
  problems: Problem[];
}

export interface DatasetSource {
  loaded: LoadedDataset;
  /** The address being fetched; null when nothing is loading. */
  loading: string | null;
  /** True while the very first dataset of the page is loading: there is nothing to show yet. */
  firstLoad: boolean;
  failure: DatasetFailure | null;
  cancel(): void;
  openFile(file: File): void;
  showDefault(): void;
  dismissFailure(): void;
}

const SUPERSEDED = "superseded";

const DEFAULT: LoadedDataset = { dataset: usTalibanRelations, origin: { kind: "default" }, notes: [] };

/**
 * Which dataset the explorer shows. `data=` in the link names one to fetch; a file can be opened from
 * the reader's computer. Nothing is ever half-loaded: until a new dataset is valid, the one shown
 * stays, and a failure is described problem by problem.
 */
export function useDatasetSource(): DatasetSource {
  const [search, navigate] = useLocationSearch();
  const dataParam = parseViewState(search).state.data;
  const [shown, setShown] = useState<LoadedDataset>(DEFAULT);
  const [failure, setFailure] = useState<DatasetFailure | null>(null);
  const [everShown, setEverShown] = useState(false);
  const controller = useRef<AbortController | null>(null);

  // Back past the link that loaded a dataset: the page shows the default again.
  if (dataParam === null && shown.origin.kind === "url") setShown(DEFAULT);

  const shownUrl = shown.origin.kind === "url" ? shown.origin.url : null;
  const loading = dataParam !== null && dataParam !== shownUrl ? dataParam : null;

  // Rewrites the link to name the dataset shown, after a load failed or was cancelled.
  const restoreLink = useCallback(
    (url: string | null) => {
      const view = parseViewState(window.location.search).state;
      navigate(serialiseViewState({ ...view, data: url }), "replace");
    },
    [navigate],
  );

  useEffect(() => {
    if (loading === null) return;
    const abort = new AbortController();
    controller.current = abort;
    const base = document.baseURI;
    const resolved = resolveDatasetUrl(loading, base);
    fetchDatasetText(loading, { signal: abort.signal, base })
      .then((text) => {
        if (abort.signal.aborted) return;
        const result = readDatasetText(text);
        if (!result.ok) {
          setFailure({ source: loading, problems: result.problems });
          restoreLink(shownUrl);
          return;
        }
        const host = resolved?.host ?? "";
        setShown({
          dataset: result.dataset,
          origin: { kind: "url", url: loading, host, foreign: resolved?.origin !== window.location.origin },
          notes: result.notes,
        });
        setEverShown(true);
        setFailure(null);
      })
      .catch((error: unknown) => {
        // Superseded by another link, or the page going away: nothing to report or restore.
        if (abort.signal.reason === SUPERSEDED) return;
        const problem =
          error instanceof DatasetFetchError ? error.problem : { path: "", message: "the file could not be read" };
        if (!(error instanceof DatasetFetchError && error.cancelled))
          setFailure({ source: loading, problems: [problem] });
        restoreLink(shownUrl);
      });
    return () => abort.abort(SUPERSEDED);
  }, [loading, shownUrl, restoreLink]);

  const openFile = useCallback(
    (file: File) => {
      const source = `the file “${file.name}”`;
      if (file.size > MAX_DATASET_BYTES) {
        setFailure({
          source,
          problems: [
            {
              path: "",
              message: "the file is larger than 10 MB",
              hint: "Datasets up to 10 MB can be opened. Split a very large timeline into several files.",
            },
          ],
        });
        return;
      }
      file
        .text()
        .then((text) => {
          const result = readDatasetText(text);
          if (!result.ok) {
            setFailure({ source, problems: result.problems });
            return;
          }
          setShown({ dataset: result.dataset, origin: { kind: "file", name: file.name }, notes: result.notes });
          setEverShown(true);
          setFailure(null);
          // A new dataset starts from all its events; the page's theme and embedding stay.
          const view = parseViewState(window.location.search).state;
          navigate(
            serialiseViewState({ ...DEFAULT_VIEW, theme: view.theme, embed: view.embed, filters: view.filters }),
            "push",
          );
        })
        .catch(() =>
          setFailure({ source, problems: [{ path: "", message: "the file could not be read from your computer" }] }),
        );
    },
    [navigate],
  );

  const showDefault = useCallback(() => {
    setShown(DEFAULT);
    setFailure(null);
    const view = parseViewState(window.location.search).state;
    navigate(
      serialiseViewState({ ...DEFAULT_VIEW, theme: view.theme, embed: view.embed, filters: view.filters }),
      "push",
    );
  }, [navigate]);

  return {
    loaded: shown,
    loading,
    firstLoad: loading !== null && !everShown && shown.origin.kind === "default",
    failure,
    cancel: () => controller.current?.abort("cancelled"),
    openFile,
    showDefault,
    dismissFailure: () => setFailure(null),
  };
}
