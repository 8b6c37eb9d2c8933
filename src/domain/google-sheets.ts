/**
 * Google Sheets links, read as CSV. Loaded only when a dataset link points at docs.google.com.
 */
import { t } from "@lingui/core/macro";

/**
 * A Google Sheets address as the address of its CSV: an edit link (`/spreadsheets/d/<id>/edit#gid=…`)
 * becomes the sheet's CSV export, a published page (`/pubhtml`) its published CSV (`/pub?output=csv`);
 * a published CSV stays as it is. Null for any other address.
 */
export function googleSheetCsvUrl(url: URL): URL | null {
  if (url.hostname !== "docs.google.com" || !url.pathname.startsWith("/spreadsheets/")) return null;
  const gid = url.searchParams.get("gid") ?? /(?:^|[#&])gid=(\d+)/.exec(url.hash.slice(1))?.[1] ?? null;
  const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/(pubhtml|pub)$/.exec(url.pathname);
  if (published) {
    const csv = new URL(`https://docs.google.com/spreadsheets/d/e/${published[1]}/pub`);
    if (gid) csv.searchParams.set("gid", gid);
    const single = url.searchParams.get("single");
    if (single) csv.searchParams.set("single", single);
    csv.searchParams.set("output", "csv");
    return csv;
  }
  const document = /^\/spreadsheets\/d\/([\w-]+)(?:\/|$)/.exec(url.pathname);
  if (!document) return null;
  const csv = new URL(`https://docs.google.com/spreadsheets/d/${document[1]}/export`);
  csv.searchParams.set("format", "csv");
  if (gid) csv.searchParams.set("gid", gid);
  return csv;
}

/** What to do when a sheet cannot be read from another site: publish it, or download it as CSV. */
export const sheetUnreadable = () => ({
  message: t`the Google Sheet could not be read from here`,
  hint: t`Publish it: in Google Sheets choose File › Share › Publish to web, pick the sheet and “Comma-separated values (.csv)”, and use that link. Or choose File › Download › Comma-separated values and open the file with Open dataset….`,
});
