import { path } from "virtual:default-dataset";
import type { Dataset } from "../domain/schema";

let pending: Promise<Dataset> | null = null;

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

async function fetchDefaultDataset(): Promise<Dataset> {
  if (import.meta.env.MODE === "single") {
    return (await import("virtual:default-dataset-bundled")).default;
  }
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`The default dataset answered ${response.status}`);
  return (await response.json()) as Dataset;
}
