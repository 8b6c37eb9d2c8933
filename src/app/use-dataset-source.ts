import { t } from "@lingui/core/macro";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { MAX_DATASET_BYTES } from "../domain/limits";
import type { DatasetFormat, LoadResult } from "../domain/load-dataset";
import type { Dataset } from "../domain/schema";
import type { Problem } from "../domain/validate-dataset";
import { DEFAULT_VIEW } from "../domain/view-state";
import { DatasetFetchError, fetchDatasetText, resolveDatasetUrl } from "../features/datasets/fetch-dataset";

import { decodeText } from "../platform/decode-text";
import { whenIdle } from "../platform/idle";
import { loadDefaultDataset, prefetchDefaultDataset } from "./default-dataset";
import { useLinked, useLocation } from "./location";

export type DatasetOrigin =
  | { kind: "default" }
  /** `url` as the link gives it; `host` shown to the reader when the file is on another site. */
  | { kind: "url"; url: string; host: string; foreign: boolean }
  | { kind: "file"; name: string }
  /** Carried whole in the link (pack=): a timeline whoever shared the link made. */
  | { kind: "pack"; pack: string };

/** What a link names as the dataset of this origin: its data= and pack=. */
export function linkedSource(origin: DatasetOrigin): { data: string | null; pack: string | null } {
  return { data: origin.kind === "url" ? origin.url : null, pack: origin.kind === "pack" ? origin.pack : null };
}

export interface LoadedDataset {
  dataset: Dataset;
  origin: DatasetOrigin;
  /** What a conversion (from TimelineJS, or a spreadsheet) could not carry over or had to assume. */
  notes: string[];
  /** What the file or download was; the notes' heading says so. */
  format?: DatasetFormat;
}

export interface DatasetFailure {
  /** "the file “x.json”" or "https://…", for "Could not open …". */
  source: string;
  problems: Problem[];
}

export interface DatasetSource {
  /** What the explorer shows; null until the first dataset is ready. */
  loaded: LoadedDataset | null;
  /** The address being fetched; null when nothing is loading. */
  loading: string | null;
  /** The timeline the link carries (pack=) is being unpacked and checked. */
  unpacking: boolean;
  /** The default dataset itself could not be loaded (offline, a broken deployment). */
  broken: boolean;
  /** A dataset named by the page's own link is still on its way: there is nothing to show yet. */
  firstLoad: boolean;
  failure: DatasetFailure | null;
  cancel(): void;
  openFile(file: File): void;
  showDefault(): void;
  dismissFailure(): void;
}

const SUPERSEDED = "superseded";

/**
 * Validation (zod), the TimelineJS converter and their messages load only when a reader opens a dataset
 * of their own: the default one was validated when the site was built.
 */
const loader = () => Promise.all([import("../domain/load-dataset"), import("../platform/html-text")]);
const readDatasetText = async (text: string): Promise<LoadResult> => {
  const [{ readTimelineText: read }, { htmlToText }] = await loader();
  return read(text, htmlToText);
};

/** A timeline carried in the link: unpacked, then read and checked as a file is. Never throws. */
const readPack = async (pack: string): Promise<LoadResult> => {
  try {
    const { unpackDataset } = await import("../domain/dataset-pack");
    const unpacked = await unpackDataset(pack);
    return unpacked.ok ? await readDatasetText(unpacked.text) : { ok: false, problems: [unpacked.problem] };
  } catch {
    return { ok: false, problems: [{ path: "", message: t`the timeline in the link could not be read` }] };
  }
};
/** How a failure names the timeline a link carries. */
const packSource = () => t`the timeline carried in the link`;

/**
 * Which dataset the explorer shows. `data=` in the link names one to fetch, `pack=` carries one whole;
 * a file can be opened from the reader's computer. Nothing is ever half-loaded: until a new dataset is
 * valid, the one shown stays, and a failure is described problem by problem.
 */
export function useDatasetSource(): DatasetSource {
  const location = useLocation();
  const { data: dataParam, pack: packParam } = useLinked().state;
  const [defaultDataset, setDefaultDataset] = useState<Dataset | null>(null);
  const [broken, setBroken] = useState(false);
  /** A dataset other than the default; null shows the default. */
  const [other, setOther] = useState<LoadedDataset | null>(null);
  const [failure, setFailure] = useState<DatasetFailure | null>(null);
  /** Whether any dataset load has finished, one way or another. */
  const [settled, setSettled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  // Back past the link that loaded a dataset: the page shows the default again.
  if (dataParam === null && other?.origin.kind === "url") setOther(null);
  if (packParam === null && other?.origin.kind === "pack") setOther(null);

  const shownUrl = other?.origin.kind === "url" ? other.origin.url : null;
  const shownPack = other?.origin.kind === "pack" ? other.origin.pack : null;
  const loading = dataParam !== null && dataParam !== shownUrl ? dataParam : null;
  const unpacking = packParam !== null && packParam !== shownPack ? packParam : null;

  // The default dataset is loaded when it is to be shown. While a dataset the link names is on its way it
  // is not (a teacher's link never waits for its 900 kB); once another dataset is shown it is only the way
  // back (Back, Show the default timeline): its file is downloaded when the page is idle, and read only
  // if the reader takes that way, so the page neither parses nor renders it meanwhile.
  const wanted = defaultDataset ? null : other ? "idle" : loading === null && unpacking === null ? "now" : null;
  useEffect(() => {
    if (!wanted) return;
    if (wanted === "idle") return whenIdle(prefetchDefaultDataset, 10_000);
    let current = true;
    void loadDefaultDataset()
      // A transition: the explorer's first full render yields to input every few milliseconds.
      .then((dataset) => current && startTransition(() => setDefaultDataset(dataset)))
      .catch(() => current && setBroken(true));
    return () => {
      current = false;
    };
  }, [wanted]);

  // Rewrites the link to name the dataset shown, after a load failed or was cancelled.
  const restoreLink = useCallback(
    (data: string | null, pack: string | null) =>
      location.write({ ...location.read().state, data, pack }, { mode: "replace" }),
    [location],
  );

  // A dataset the link named, read: shown when valid; otherwise its problems are named and the link put back
  // to the dataset still shown, so nothing is half-loaded.
  const settle = useCallback(
    (result: LoadResult, source: string, origin: DatasetOrigin) => {
      if (!result.ok) {
        setSettled(true);
        setFailure({ source, problems: result.problems });
        restoreLink(shownUrl, shownPack);
        return;
      }
      startTransition(() => {
        setSettled(true);
        setOther({ dataset: result.dataset, origin, notes: result.notes, format: result.format });
        setFailure(null);
      });
    },
    [restoreLink, shownUrl, shownPack],
  );

  useEffect(() => {
    if (loading === null) return;
    const abort = new AbortController();
    controller.current = abort;
    const base = document.baseURI;
    const resolved = resolveDatasetUrl(loading, base);
    void loader(); // the validator's code downloads while the file does
    fetchDatasetText(loading, { signal: abort.signal, base })
      .then(readDatasetText)
      .then((result) => {
        if (abort.signal.aborted) return;
        settle(result, loading, {
          kind: "url",
          url: loading,
          host: resolved?.host ?? "",
          foreign: resolved?.origin !== location.origin(),
        });
      })
      .catch((error: unknown) => {
        // Superseded by another link, or the page going away: nothing to report or restore.
        if (abort.signal.reason === SUPERSEDED) return;
        setSettled(true);
        const cancelled = error instanceof DatasetFetchError && error.cancelled;
        const problem =
          error instanceof DatasetFetchError ? error.problem : { path: "", message: t`the file could not be read` };
        if (!cancelled) setFailure({ source: loading, problems: [problem] });
        restoreLink(shownUrl, shownPack);
      });
    return () => abort.abort(SUPERSEDED);
  }, [loading, shownUrl, shownPack, restoreLink, settle, location]);

  // A timeline carried in the link: no request, but the same reading and checks as a file's.
  useEffect(() => {
    if (unpacking === null) return;
    let current = true;
    void readPack(unpacking).then((result) => {
      if (current) settle(result, packSource(), { kind: "pack", pack: unpacking });
    });
    return () => {
      current = false;
    };
  }, [unpacking, settle]);

  // A new dataset starts from all its events; the page's theme and embedding stay.
  const freshView = useCallback(() => {
    const { theme, embed, filters } = location.read().state;
    location.write({ ...DEFAULT_VIEW, theme, embed, filters });
  }, [location]);

  const openFile = useCallback(
    (file: File) => {
      const name = file.name;
      const source = t`the file “${name}”`;
      if (file.size > MAX_DATASET_BYTES) {
        setFailure({
          source,
          problems: [
            {
              path: "",
              message: t`the file is larger than 10 MB`,
              hint: t`Datasets up to 10 MB can be opened. Split a very large timeline into several files.`,
            },
          ],
        });
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => readDatasetText(decodeText(new Uint8Array(buffer))))
        .then((result) => {
          if (!result.ok) {
            setFailure({ source, problems: result.problems });
            return;
          }
          setOther({
            dataset: result.dataset,
            origin: { kind: "file", name: file.name },
            notes: result.notes,
            format: result.format,
          });
          setFailure(null);
          freshView();
        })
        .catch(() =>
          setFailure({ source, problems: [{ path: "", message: t`the file could not be read from your computer` }] }),
        );
    },
    [freshView],
  );

  const showDefault = useCallback(() => {
    setOther(null);
    setFailure(null);
    freshView();
  }, [freshView]);

  const loaded =
    other ?? (defaultDataset ? { dataset: defaultDataset, origin: { kind: "default" as const }, notes: [] } : null);
  return {
    loaded,
    loading,
    unpacking: unpacking !== null,
    broken: broken && other === null,
    firstLoad: (loading !== null || unpacking !== null) && other === null && !settled,
    failure,
    cancel: () => controller.current?.abort("cancelled"),
    openFile,
    showDefault,
    dismissFailure: () => setFailure(null),
  };
}
