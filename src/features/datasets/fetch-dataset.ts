/**
 * Fetching a dataset a teacher names by URL: only http(s), never more than 10 MB, never longer than a
 * timeout, cancellable, and every failure turned into a sentence a teacher can act on.
 */
import { plural, t } from "@lingui/core/macro";
import { MAX_DATASET_BYTES } from "../../domain/limits";
import { readAtMost } from "../../domain/read-bytes";
import type { Problem } from "../../domain/validate-dataset";
import { decodeText } from "../../platform/decode-text";

export class DatasetFetchError extends Error {
  constructor(
    readonly problem: Problem,
    readonly cancelled = false,
  ) {
    super(problem.message);
  }
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Where relative addresses ("./my-lesson.json") are resolved from: the page. */
  base?: string;
  fetcher?: typeof fetch;
}

export const FETCH_TIMEOUT_MS = 20_000;

/** The absolute address of a dataset link, or null when it is not a web address. */
export function resolveDatasetUrl(url: string, base: string): URL | null {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === "https:" || resolved.protocol === "http:" ? resolved : null;
  } catch {
    return null;
  }
}

const fail = (message: string, hint: string): DatasetFetchError => new DatasetFetchError({ path: "", message, hint });

const started = new Map<string, { promise: Promise<string>; controller: AbortController }>();

/**
 * Starts fetching a dataset named by the page's own link before the app has rendered anything; the
 * first `fetchDatasetText` for the same address takes over the request instead of starting another.
 */
export function prefetchDatasetText(url: string, base: string): void {
  const controller = new AbortController();
  const promise = fetchDatasetText(url, { signal: controller.signal, base });
  promise.catch(() => {}); // reported to whoever takes the request over
  started.set(`${base} ${url}`, { promise, controller });
}

export async function fetchDatasetText(url: string, options: FetchOptions = {}): Promise<string> {
  const early = started.get(`${options.base ?? document.baseURI} ${url}`);
  if (early && !options.fetcher) {
    started.delete(`${options.base ?? document.baseURI} ${url}`);
    const abort = () => early.controller.abort(options.signal?.reason);
    if (options.signal?.aborted) abort();
    else options.signal?.addEventListener("abort", abort, { once: true });
    return early.promise;
  }
  return fetchFresh(url, options);
}

async function fetchFresh(url: string, options: FetchOptions): Promise<string> {
  const {
    signal,
    timeoutMs = FETCH_TIMEOUT_MS,
    maxBytes = MAX_DATASET_BYTES,
    base = document.baseURI,
    fetcher = fetch,
  } = options;
  const resolved = resolveDatasetUrl(url, base);
  if (!resolved) {
    const address = url.slice(0, 120);
    throw fail(
      t`“${address}” is not a web address`,
      t`A dataset link starts with https:// (or is a path on this site, like ./my-lesson.json).`,
    );
  }
  // A Google Sheets link (to edit or as published) is read as its CSV; that code loads only for one.
  const sheets = resolved.hostname === "docs.google.com" ? await import("../../domain/google-sheets") : null;
  const sheet = sheets?.googleSheetCsvUrl(resolved) ?? null;
  const target = sheet ?? resolved;
  const sheetUnreadable = () => {
    const { message, hint } = sheets!.sheetUnreadable();
    return fail(message, hint);
  };
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const limit = Math.round(maxBytes / 1024 / 1024);

  try {
    const response = await fetcher(target.href, { signal: combined, credentials: "omit", redirect: "follow" });
    if (!response.ok && sheet) throw sheetUnreadable();
    if (!response.ok) {
      const { status, statusText } = response;
      throw fail(
        statusText ? t`the server answered ${status} ${statusText}` : t`the server answered ${status}`,
        status === 404
          ? t`Check the address: there is no file there. It may have moved, or the link may have a typo.`
          : t`Check the address, or try again later.`,
      );
    }
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) throw tooLarge(limit);
    if (!response.body) return decodeText(new Uint8Array(await response.arrayBuffer()));

    // Count bytes as they arrive, so an endless or huge response stops at the limit.
    const bytes = await readAtMost(response.body, maxBytes);
    if (!bytes) throw tooLarge(limit);
    // Decoded whole: whether it is UTF-8 or a spreadsheet's code page shows only in all its bytes.
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof DatasetFetchError) throw error;
    if (signal?.aborted) throw new DatasetFetchError({ path: "", message: t`loading was cancelled` }, true);
    if (sheet && !timeout.aborted) throw sheetUnreadable();
    if (timeout.aborted) {
      const seconds = Math.round(timeoutMs / 1000);
      throw fail(
        plural(seconds, {
          one: "the server did not answer within # second",
          other: "the server did not answer within # seconds",
        }),
        t`The server may be down or very slow. Try again later, or download the file and open it from your computer.`,
      );
    }
    const host = resolved.host;
    throw fail(
      t`the file at ${host} could not be fetched`,
      t`Check the address. If it is right, that server may not let other sites read its files (CORS): download the file and open it from your computer instead.`,
    );
  }
}

/** `megabytes`: the limit, in MB. */
function tooLarge(megabytes: number): DatasetFetchError {
  return fail(
    t`the file is larger than ${megabytes} MB`,
    t`Datasets up to ${megabytes} MB can be opened. Split a very large timeline into several files.`,
  );
}
