import { describe, expect, it } from "vitest";
import { linesOf, problemsOf, testDataset, testEvent } from "./test-dataset";
import { formatPath, validateDataset } from "./validate-dataset";

describe("validateDataset", () => {
  it("accepts a valid dataset and returns it typed", () => {
    const result = validateDataset(testDataset());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events.map((event) => event.id)).toEqual(["first", "second"]);
  });

  it("accepts the optional fields and an editor's $schema key", () => {
    const dataset = {
      $schema: "../schema/dataset.schema.json",
      ...testDataset({
        source: { title: "An article", publisher: "A paper", url: "https://example.org", published: "2025-04-03" },
      }),
    };
    dataset.events[0] = { ...dataset.events[0]!, details: "More.\n\nAnd more.", notes: "Disputed.", tags: ["a"] };
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "text", [], [1, 2], { events: "x" }, { events: [null, 3, "x"] }]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
    }
    expect(linesOf(null)).toEqual(["expected an object { … }, got null"]);
  });

  it("reports every problem at once, each with its path", () => {
    const dataset = testDataset({
      events: [
        testEvent({ id: "a", start: "2021-02-30" }),
        testEvent({ id: "b", track: "diplomcy" }),
        testEvent({ id: "c", precision: "month", start: "2021-08-15" }),
      ],
    });
    expect(linesOf(dataset)).toEqual([
      'events[0].start: "2021-02-30" is not a real calendar date',
      'events[1].track: "diplomcy" is not a track of this dataset (known: diplomacy, military)',
      'events[2].start: "2021-08-15" is a day but precision is "month": write it as YYYY-MM',
    ]);
  });

  it("reports a missing required field", () => {
    const { summary: _summary, ...event } = testEvent({ id: "a" });
    expect(linesOf(testDataset({ events: [event as never] }))).toEqual(["events[0].summary: is required"]);
  });

  it("rejects unknown fields at their own path, so a typo points at itself", () => {
    const dataset = { ...testDataset(), colour: "red" };
    const event = { ...testEvent({ id: "a" }), sumary: "typo" };
    dataset.events = [event];
    expect(linesOf(dataset)).toEqual([
      "events[0].sumary: is not a field of the dataset format (check the spelling, or remove it)",
      "colour: is not a field of the dataset format (check the spelling, or remove it)",
    ]);
  });

  it("rejects dates that are not in one of the three forms", () => {
    expect(linesOf(testDataset({ events: [testEvent({ id: "a", start: "26 Aug 2021" })] }))).toEqual([
      'events[0].start: "26 Aug 2021" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    ]);
  });

  it("rejects a range that ends before it starts, for events and periods", () => {
    const dataset = testDataset({
      periods: [{ id: "p", label: "P", start: "2025", end: "2024" }],
      events: [testEvent({ id: "a", start: "2021-08-30", end: "2021-08-14" })],
    });
    expect(linesOf(dataset)).toEqual([
      'periods[0].end: "2024" is before the start "2025"',
      'events[0].end: "2021-08-14" is before the start "2021-08-30"',
    ]);
  });

  it("accepts a one-day range and checks the end's precision too", () => {
    expect(validateDataset(testDataset({ events: [testEvent({ id: "a", end: "2021-08-15" })] })).ok).toBe(true);
    expect(linesOf(testDataset({ events: [testEvent({ id: "a", end: "2021-09" })] }))).toEqual([
      'events[0].end: "2021-09" is a month but precision is "day": write it as YYYY-MM-DD',
    ]);
  });

  it("requires unique ids in every collection", () => {
    const dataset = testDataset({
      tracks: [
        { id: "diplomacy", label: "Diplomacy" },
        { id: "diplomacy", label: "Again" },
      ],
      events: [testEvent({ id: "a" }), testEvent({ id: "a" })],
    });
    expect(linesOf(dataset)).toEqual([
      'tracks[1].id: "diplomacy" is used by an earlier item in tracks: ids must be unique',
      'events[1].id: "a" is used by an earlier item in events: ids must be unique',
    ]);
  });

  it("requires actors and related events to resolve", () => {
    const dataset = testDataset({
      events: [
        testEvent({
          id: "a",
          actors: ["taliban", "nato"],
          related: [
            { id: "missing", relation: "led-to" },
            { id: "a", relation: "see-also" },
          ],
        }),
      ],
    });
    expect(linesOf(dataset)).toEqual([
      'events[0].actors[1]: "nato" is not an actor of this dataset: add it to "actors" or fix the spelling',
      'events[0].related[0].id: "missing" is not the id of an event in this dataset',
      "events[0].related[1].id: an event cannot be related to itself",
    ]);
  });

  it("keeps article paragraphs for the events the source reports", () => {
    const dataset = testDataset({ events: [testEvent({ id: "a", provenance: "context", articleParagraphs: [2] })] });
    expect(linesOf(dataset)).toEqual([
      'events[0].articleParagraphs: must be [] when provenance is "context": only events the source reports cite its paragraphs',
    ]);
    const cited = testDataset({ events: [testEvent({ id: "a", provenance: "article", articleParagraphs: [2, 3] })] });
    expect(validateDataset(cited).ok).toBe(true);
    expect(
      linesOf(testDataset({ events: [testEvent({ id: "a", provenance: "article", articleParagraphs: [0, 2.5] })] })),
    ).toEqual([
      "events[0].articleParagraphs[0]: paragraph numbers start at 1",
      "events[0].articleParagraphs[1]: expected a whole paragraph number",
    ]);
  });

  it("names each enum's allowed values", () => {
    const event = { ...testEvent({ id: "a" }), precision: "week", provenance: "rumour" };
    const dataset = testDataset({ events: [event as never] });
    expect(linesOf(dataset)).toEqual([
      'events[0].precision: expected "day", "month" or "year"',
      'events[0].provenance: expected "article", "context" or "after-article"',
    ]);
  });

  it("checks the document's own fields", () => {
    const dataset = {
      ...testDataset(),
      schemaVersion: 2,
      id: "Not Kebab",
      title: "  ",
      language: "English",
      tracks: [],
    };
    expect(linesOf(dataset)).toEqual([
      "schemaVersion: expected schemaVersion 1",
      'id: expected a kebab-case id such as "doha-agreement" (a–z, 0–9 and single hyphens)',
      "title: must not be empty",
      'language: expected a BCP 47 language tag such as "en" or "en-US"',
      "tracks: needs at least one track",
      'events[0].track: "diplomacy" is not a track of this dataset (it has none)',
      'events[1].track: "military" is not a track of this dataset (it has none)',
    ]);
  });

  it("says what kind of value it expected and what it got", () => {
    expect(linesOf({ ...testDataset(), actors: "united-states", events: [42] })).toEqual([
      "actors: expected a list [ … ], got text",
      "events[0]: expected an object { … }, got a number",
    ]);
  });
});

describe("formatPath", () => {
  it("writes paths as a reader would", () => {
    expect(formatPath(["events", 3, "start"])).toBe("events[3].start");
    expect(formatPath(["events", 3, "related", 0, "id"])).toBe("events[3].related[0].id");
    expect(formatPath(["title"])).toBe("title");
    expect(formatPath([])).toBe("");
    expect(formatPath(["events", 0, "my field"])).toBe('events[0]["my field"]');
    expect(formatPath(["[ "])).toBe('["[ "]');
  });
});

describe("presets", () => {
  it("accepts date-range shortcuts and checks their order and ids", () => {
    const ok = testDataset({ presets: [{ id: "aug", label: "August 2021", from: "2021-08-01", to: "2021-08-31" }] });
    expect(validateDataset(ok).ok).toBe(true);
    const bad = testDataset({
      presets: [
        { id: "aug", label: "August 2021", from: "2021-08-31", to: "2021-08-01" },
        { id: "aug", label: "Again", from: "2021", to: "2022" },
      ],
    });
    expect(linesOf(bad)).toEqual([
      'presets[1].id: "aug" is used by an earlier item in presets: ids must be unique',
      'presets[0].to: "2021-08-01" is before the start "2021-08-31"',
    ]);
  });
});

describe("hints", () => {
  it("pairs each problem with plain advice", () => {
    const dataset = { ...testDataset(), colour: "red" };
    dataset.events = [testEvent({ id: "a", start: "26/08/2021", track: "nope" }), testEvent({ id: "a" })];
    const hints = Object.fromEntries(problemsOf(dataset).map((problem) => [problem.path, problem.hint]));
    expect(hints).toEqual({
      colour: "Remove this field, or check its spelling: the published schema lists every field.",
      "events[0].start": "Write dates as 2021-08-26 (a day), 2021-08 (a month) or 2021 (a year).",
      "events[0].track": 'Use the id of one of the tracks listed under "tracks", or add a track with this id.',
      "events[1].id": "Give each item its own id, for example by adding -2 to the second one.",
    });
  });
});
