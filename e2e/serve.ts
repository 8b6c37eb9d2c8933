import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** A file of e2e/fixtures, as text. */
export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/**
 * Serves a file at a path of the explorer's own origin ("/lessons/a.json") or at another origin's URL.
 * Matched on the path, never the query: the page's own address names the file in ?data=.
 */
export async function serve(page: Page, url: string, body: string, { status = 200, type = "application/json" } = {}) {
  const matches = (candidate: URL) =>
    url.startsWith("/") ? candidate.pathname === url : `${candidate.origin}${candidate.pathname}` === url;
  await page.route(matches, (route) => route.fulfill({ status, body, contentType: type }));
}

/** A one-pixel PNG: a teacher's picture, served by the test. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
