import type { Dataset, TimelineEvent } from "./schema";
import { describeProblem, validateDataset, type Problem } from "./validate-dataset";

/** A small valid dataset for unit tests; `events` lets a test add its own. */
export function testDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    id: "test-dataset",
    title: "Test dataset",
    description: "A dataset for unit tests.",
    language: "en",
    tracks: [
      { id: "diplomacy", label: "Diplomacy" },
      { id: "military", label: "Military" },
    ],
    actors: [
      { id: "united-states", label: "United States", kind: "state" },
      { id: "taliban", label: "Taliban", kind: "group" },
      { id: "qatar", label: "Qatar", kind: "state" },
    ],
    periods: [{ id: "term", label: "A term", start: "2021-01-20", end: "2025-01-20" }],
    events: [
      testEvent({ id: "first", start: "2020-02-29", title: "First", actors: ["united-states", "taliban"] }),
      testEvent({
        id: "second",
        start: "2021-08",
        precision: "month",
        track: "military",
        related: [{ id: "first", relation: "response-to" }],
      }),
    ],
    ...overrides,
  };
}

export function testEvent(overrides: Partial<TimelineEvent> & { id: string }): TimelineEvent {
  return {
    title: `Event ${overrides.id}`,
    start: "2021-08-15",
    precision: "day",
    track: "diplomacy",
    actors: ["taliban"],
    summary: `Summary of ${overrides.id}.`,
    provenance: "context",
    articleParagraphs: [],
    sources: [{ title: "A source", publisher: "A publisher", url: "https://example.org/a" }],
    ...overrides,
  };
}

/** Text that would run or inject something if any view treated data as markup. */
export const HOSTILE_TEXT = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>{{constructor.constructor('1')()}} \u202Egnp.exe`;

/** The problems validation finds in a dataset that must be invalid. */
export function problemsOf(input: unknown): Problem[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error("expected the dataset to be invalid");
  return result.problems;
}

/** The problems as "path: message" lines, for readable assertions. */
export function linesOf(input: unknown): string[] {
  return problemsOf(input).map(describeProblem);
}
