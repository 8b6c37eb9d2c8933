import { datasetOfView, eventsToCsv, exportFileName } from "../domain/export";
import type { Dataset, TimelineEvent } from "../domain/schema";
import type { ViewState } from "../domain/view-state";

/** Saves text as a file through the browser's download, from memory: nothing is sent anywhere. */
export function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The events of the view as a file: CSV for a spreadsheet, or JSON as a dataset of just those events
 * (which validates, so a teacher can open it again or edit it). Named after the dataset, "-view" when
 * filtered.
 */
export function downloadEvents(
  format: "csv" | "json",
  dataset: Dataset,
  events: readonly TimelineEvent[],
  view: ViewState,
): void {
  const whole = events.length === dataset.events.length;
  const name = exportFileName(dataset, format, whole);
  if (format === "csv") download(name, "text/csv;charset=utf-8", eventsToCsv(dataset, events));
  else download(name, "application/json", `${JSON.stringify(datasetOfView(dataset, events, view), null, 2)}\n`);
}
