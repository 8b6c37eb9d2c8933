import { download } from "../platform/download";
import { datasetOfView, exportFileName } from "../domain/export";
import type { Dataset, TimelineEvent } from "../domain/schema";
import type { ViewState } from "../domain/view-state";

/**
 * The events of the view as a file: CSV for a spreadsheet, or JSON as a dataset of just those events
 * (which validates, so a teacher can open it again or edit it). Named after the dataset, "-view" when
 * filtered.
 */
export async function downloadEvents(
  format: "csv" | "json",
  dataset: Dataset,
  events: readonly TimelineEvent[],
  view: ViewState,
): Promise<void> {
  const whole = events.length === dataset.events.length;
  const name = exportFileName(dataset, format, whole);
  const exported = datasetOfView(dataset, events, view);
  if (format === "json") return download(name, "application/json", `${JSON.stringify(exported, null, 2)}\n`);
  // The sheet's code is needed only for a CSV: it loads with the first one.
  const { datasetToCsv } = await import("../domain/explorer-sheet");
  download(name, "text/csv;charset=utf-8", datasetToCsv(exported));
}

/** The whole timeline shown, as the JSON file it can be shared as (put online and opened with data=). */
export function downloadDataset(dataset: Dataset): void {
  download(`${dataset.id}.json`, "application/json", `${JSON.stringify(dataset, null, 2)}\n`);
}
