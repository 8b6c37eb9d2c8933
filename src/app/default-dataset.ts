import { path } from "virtual:default-dataset";
import type { Dataset } from "../domain/schema";

let pending: Promise<Dataset> | null = null;
/** The file, downloaded and not yet read (prefetchDefaultDataset). */
let prefetched: Promise<Blob> | null = null;

/**
 * The default dataset. The site build publishes it as JSON beside the page, so its text (about 90 kB
 * compressed) stays out of the JavaScript the heading waits for. It is fetched as soon as that script
 * runs (main.tsx asks before the first render), not preloaded beside it: on a slow connection the two
 * shared the bandwidth, and the heading, the page's largest text, painted later for it, while the cards,
 * needing both, came no sooner. The single-file build has no files beside it and carries the typed module
 * instead. It was validated when the site was built. Which dataset it is, the build decides
 * (DEFAULT_DATASET, see scripts/default-dataset.ts).
 */
export function loadDefaultDataset(): Promise<Dataset> {
  pending ??= fetchDefaultDataset();
  // A failed load may be tried again (the reader reloads the part, or comes back online).
  pending.catch(() => (pending = null));
  return pending;
}

/**
 * Downloads the default dataset's file without reading it, while another dataset is shown: the way back
 * (Back, Show the default timeline) then waits only for the file to be read, and the page showing the other
 * dataset neither parses some 900 kB of JSON nor keeps it in memory meanwhile (a Blob's bytes live outside
 * the script's heap).
 */
export function prefetchDefaultDataset(): void {
  if (import.meta.env.MODE === "single" || pending || prefetched) return;
  const file = fetchFile().then((response) => response.blob());
  prefetched = file;
  // A failed download is left to the load that needs it.
  file.catch(() => prefetched === file && (prefetched = null));
}

async function fetchDefaultDataset(): Promise<Dataset> {
  if (import.meta.env.MODE === "single") {
    return (await import("virtual:default-dataset-bundled")).default;
  }
  const file = prefetched;
  prefetched = null;
  const downloaded = await file?.catch(() => null);
  if (downloaded) return JSON.parse(await downloaded.text()) as Dataset;
  return (await (await fetchFile()).json()) as Dataset;
}

async function fetchFile(): Promise<Response> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`The default dataset answered ${response.status}`);
  return response;
}
