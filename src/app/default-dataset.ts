import type { Dataset } from "../domain/schema";

/**
 * The default dataset. The site build publishes it as JSON beside the page (index.html preloads it), so
 * its 80 kB of text stay out of the JavaScript the first cards wait for; the single-file build has no
 * files beside it and carries the typed module instead. It was validated when the site was built.
 */
export async function loadDefaultDataset(): Promise<Dataset> {
  if (import.meta.env.MODE === "single") {
    return (await import("../data/us-taliban-relations")).usTalibanRelations;
  }
  const response = await fetch(new URL("datasets/us-taliban-relations.json", document.baseURI));
  if (!response.ok) throw new Error(`The default dataset answered ${response.status}`);
  return (await response.json()) as Dataset;
}
