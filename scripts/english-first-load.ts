import { formatter } from "@lingui/format-po";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * English's messages are split in two so the page's first paint does not wait for all of them: the messages
 * of the files below (the entry chunk and what it imports statically: the header, the loading notice, the
 * link's notes, a dataset's loading errors) come with the page; the rest come with the explorer's chunk,
 * which every view needs and which is fetched at once beside the dataset. The build fails when a file in the
 * entry's chunks has messages and is not listed here (vite.config.ts, checkBudgets), so a message is never
 * shown as its id. The modules the shell imports on demand while the explorer's chunk may still be on its way
 * (reading, unpacking or fetching a teacher's dataset) are listed too, by hand: no build can tell when their
 * words are shown. Spanish, Dari and Pashto stay whole: each loads only when chosen.
 */
export const FIRST_LOAD_SOURCES: readonly string[] = [
  "src/app/app.tsx",
  "src/app/feature-boundary.tsx",
  "src/app/header.tsx",
  "src/app/use-dataset-source.ts",
  "src/domain/dataset-pack.ts",
  "src/domain/google-sheets.ts",
  "src/domain/link-notes.ts",
  "src/domain/load-dataset.ts",
  "src/domain/packed-parameters.ts",
  "src/domain/view-reconcile.ts",
  "src/features/datasets/fetch-dataset.ts",
  "src/features/datasets/loading-notice.tsx",
  "src/ui/notice.tsx",
];

/** English's PO catalogue's live entries by id, read by Lingui's own PO reader. */
async function entries(po: string) {
  const catalog = await formatter({ lineNumbers: false }).parse(po, {
    locale: "en",
    sourceLocale: "en",
    filename: "messages.po",
  });
  return Object.entries(catalog ?? {}).filter(([, entry]) => !entry.obsolete);
}

/** A PO catalogue's messages by id, with the source files that use each. */
export async function messageOrigins(po: string): Promise<Map<string, string[]>> {
  return new Map((await entries(po)).map(([id, entry]) => [id, (entry.origin ?? []).map(([file]) => file)]));
}

/**
 * The messages written with their English as their id (domain/say.ts, in the modules free of Lingui's macros):
 * in English, say() writes the id itself, so English's catalogue need not carry those the first paint does not
 * show (the validator's and the spreadsheet readers', some 200, in the explorer's chunk otherwise).
 */
export async function englishIds(po: string): Promise<Set<string>> {
  return new Set((await entries(po)).filter(([, entry]) => entry.message === undefined).map(([id]) => id));
}

/** The compiled messages split into those the first paint needs and the rest; every message is in one. */
export function splitFirstLoad<T>(
  compiled: Record<string, T>,
  origins: Map<string, string[]>,
  firstLoad: readonly string[] = FIRST_LOAD_SOURCES,
): { first: Record<string, T>; later: Record<string, T> } {
  const wanted = new Set(firstLoad);
  const first: Record<string, T> = {};
  const later: Record<string, T> = {};
  for (const [id, message] of Object.entries(compiled)) {
    if ((origins.get(id) ?? []).some((file) => wanted.has(file))) first[id] = message;
    else later[id] = message;
  }
  return { first, later };
}

/**
 * The files among a build's first-load modules (absolute ids, under `root`) that have messages but are not
 * in the list: the build fails on them (vite.config.ts), as their words would show as ids.
 */
export function unlistedFirstLoadFiles(
  moduleIds: readonly string[],
  root: string,
  origins: Map<string, string[]>,
  firstLoad: readonly string[] = FIRST_LOAD_SOURCES,
): string[] {
  const speaking = new Set([...origins.values()].flat());
  const files = moduleIds.filter((id) => id.startsWith(root)).map((id) => id.slice(root.length));
  return [...new Set(files)].filter((file) => speaking.has(file) && !firstLoad.includes(file));
}

/** The same module shape as `lingui compile --typescript` writes. */
const asModule = (messages: object) =>
  `/*eslint-disable*/import type{Messages}from"@lingui/core";export const messages=JSON.parse(${JSON.stringify(
    JSON.stringify(messages),
  )}) as Messages;`;

// npm run i18n:compile runs this after `lingui compile`: src/locales/en/first-load.ts and later.ts.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL("../src/locales/en/", import.meta.url);
  const { messages } = (await import(new URL("messages.ts", root).href)) as { messages: Record<string, unknown> };
  const po = readFileSync(new URL("messages.po", root), "utf8");
  const origins = await messageOrigins(po);
  const { first, later } = splitFirstLoad(messages, origins);
  const own = await englishIds(po);
  writeFileSync(new URL("first-load.ts", root), asModule(first));
  writeFileSync(
    new URL("later.ts", root),
    asModule(Object.fromEntries(Object.entries(later).filter(([id]) => !own.has(id)))),
  );
}
