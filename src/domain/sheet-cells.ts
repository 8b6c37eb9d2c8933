/**
 * Reading the cells of the explorer's sheet (explorer-sheet-read.ts): lists, lines of parts, names to
 * ids, paragraph numbers (its dates are sheet-dates.ts's). Each cell is text; nothing in it
 * is ever run or rendered as markup.
 */
import { PROVENANCE_ENGLISH } from "./provenance-words";
import { say } from "./say";

/**
 * A cell's text. The export puts an apostrophe before text a spreadsheet would run as a formula
 * ("=…", "+…", "-…", "@…"); reading takes it off again. Nothing read is ever run or rendered as markup.
 */
export function readCell(value: string): string {
  const text = value.trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** "a; b" → ["a", "b"], or "a, b" in a cell without a semicolon; a cell holding JSON ["a", "b"] is that list. */
export function splitList(text: string, problem: (message: string) => void): string[] {
  if (text === "") return [];
  if (text.startsWith("[")) {
    const parsed = parseJson(text);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
    problem(say(/*i18n*/ "starts with [ but is not a list of texts in JSON"));
    return [];
  }
  return text
    .split(text.includes(";") ? ";" : ",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** One item per line, its parts split at " | " (an array of parts); or the items as JSON (objects). */
export function splitLines(text: string, problem: (message: string) => void): unknown[] {
  if (text === "") return [];
  if (text.startsWith("[")) {
    const parsed = parseJson(text);
    if (Array.isArray(parsed)) return parsed;
    problem(say(/*i18n*/ "starts with [ but is not a list in JSON"));
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => line.split("|").map((part) => part.trim()));
}

export function fromParts(keys: readonly string[], parts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  keys.forEach((key, at) => {
    if (parts[at]) out[key] = parts[at];
  });
  return out;
}

/** Ids for names: a name or id already known gives its id; a new name makes a new item. */
export function resolver(
  items: { id: string; label: string }[],
  make: (label: string, id: string) => void,
): (name: string) => string {
  return (name) => {
    const lower = name.toLowerCase();
    const known =
      items.find((item) => item?.id === name) ?? items.find((item) => String(item?.label).toLowerCase() === lower);
    if (known) return known.id;
    const base = slug(name) || `item-${items.length + 1}`;
    let id = base;
    for (let n = 2; items.some((item) => item?.id === id); n++) id = `${base}-${n}`;
    make(name, id);
    return id;
  };
}

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The provenance for a label or code; an empty cell is "context" (from the public record). */
export function provenanceOf(text: string): string {
  if (text === "") return "context";
  const lower = text.toLowerCase();
  const found = Object.entries(PROVENANCE_ENGLISH).find(
    ([code, label]) => code === lower || label.toLowerCase() === lower,
  );
  return found ? found[0] : text;
}

const COARSENESS = ["day", "month", "year"];

/**
 * The precision the date allows ("2021" a year, "2021-08" a month), or the one written when it is not
 * finer than that: a row copied from a day's event and given a year alone is a year, not an error.
 */
export function precisionFor(written: string, start: string): string {
  const allowed = /^\d{4}$/.test(start) ? "year" : /^\d{4}-\d{2}$/.test(start) ? "month" : "day";
  const given = written.toLowerCase();
  if (!COARSENESS.includes(given)) return written || allowed; // the format's checks name a typo
  return COARSENESS.indexOf(given) < COARSENESS.indexOf(allowed) ? allowed : given;
}

/** "P3 P4" or "3, 4" → [3, 4]. */
export function paragraphs(text: string, problem: (message: string) => void): number[] {
  if (text === "") return [];
  return text
    .split(/[\s,;]+/)
    .filter((part) => part !== "")
    .flatMap((part) => {
      const match = /^P?(\d+)$/i.exec(part);
      if (match) return [Number(match[1])];
      problem(say(/*i18n*/ "“{value}” is not a paragraph number such as P3", { value: part }));
      return [];
    });
}

/** Whether a header row is the explorer's own: it names an id, a start (or a date), a title and a summary. */
export function isExplorerHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return ["id", "title", "summary"].every((name) => names.has(name)) && (names.has("start") || names.has("date"));
}

/** A header cell as the column it names: trimmed, lower case, spaces and hyphens as underscores. */
export const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
