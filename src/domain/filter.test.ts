import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  facetCounts,
  filterEvents,
  fitWindow,
  indexDataset,
  stepEvent,
  visibleEvents,
  zoomLimits,
} from "./filter";
import { testDataset, testEvent } from "./test-dataset";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

const dataset = testDataset({
  events: [
    testEvent({
      id: "doha",
      start: "2020-02-29",
      title: "Doha agreement signed",
      actors: ["united-states", "taliban", "qatar"],
      provenance: "article",
      articleParagraphs: [4],
    }),
    testEvent({
      id: "airlift",
      start: "2021-08-14",
      end: "2021-08-30",
      track: "military",
      title: "Kabul airlift",
      actors: ["united-states"],
      provenance: "article",
      articleParagraphs: [4],
    }),
    testEvent({
      id: "bombing",
      start: "2021-08-26",
      track: "military",
      title: "Abbey Gate bombing",
      summary: "A bomber struck the crowd at Kābul airport.",
      actors: ["united-states"],
    }),
    testEvent({
      id: "talks",
      start: "2025-03",
      precision: "month",
      title: "Talks in Kabul",
      actors: ["taliban", "qatar"],
      details: "Recognition was RAISED.",
    }),
    testEvent({
      id: "later",
      start: "2025-07-03",
      title: "Later event",
      actors: ["taliban"],
      provenance: "after-article",
    }),
  ],
});
const index = indexDataset(dataset);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const ids = (patch: Partial<ViewState>) => filterEvents(index, view(patch)).map((event) => event.id);

describe("indexDataset", () => {
  it("orders events by date, ranges by their start", () => {
    expect(index.events.map((event) => event.id)).toEqual(["doha", "airlift", "bombing", "talks", "later"]);
  });

  it("is built once per dataset", () => {
    expect(indexDataset(dataset)).toBe(index);
  });
});

describe("filterEvents", () => {
  it("shows everything without filters", () => {
    expect(ids({})).toHaveLength(5);
  });

  it("filters by track, with an empty selection showing nothing", () => {
    expect(ids({ tracks: ["military"] })).toEqual(["airlift", "bombing"]);
    expect(ids({ tracks: [] })).toEqual([]);
  });

  it("filters by any of the actors", () => {
    expect(ids({ actors: ["qatar"] })).toEqual(["doha", "talks"]);
    expect(ids({ actors: ["qatar", "united-states"] })).toEqual(["doha", "airlift", "bombing", "talks"]);
  });

  it("filters by provenance", () => {
    expect(ids({ prov: ["article"] })).toEqual(["doha", "airlift"]);
    expect(ids({ prov: ["context", "after-article"] })).toEqual(["bombing", "talks", "later"]);
  });

  it("filters by an inclusive date range that any part of an event may overlap", () => {
    expect(ids({ from: "2021-08-01", to: "2021-08-31" })).toEqual(["airlift", "bombing"]);
    // The airlift runs to the 30th: a range starting that day still overlaps it.
    expect(ids({ from: "2021-08-30", to: "2021-09-30" })).toEqual(["airlift"]);
    // "to" covers its whole day, month or year.
    expect(ids({ to: "2020-02-29" })).toEqual(["doha"]);
    expect(ids({ from: "2025-03-31", to: "2025-03-31" })).toEqual(["talks"]);
    expect(ids({ from: "2025" })).toEqual(["talks", "later"]);
  });

  it("searches titles, summaries, details and actor names, forgiving case and diacritics", () => {
    expect(ids({ q: "kabul" })).toEqual(["airlift", "bombing", "talks"]);
    expect(ids({ q: "raised" })).toEqual(["talks"]);
    expect(ids({ q: "QATAR" })).toEqual(["doha", "talks"]);
    expect(ids({ q: "abbey gate" })).toEqual(["bombing"]);
    expect(ids({ q: "abbey doha" })).toEqual([]);
  });

  it("combines filters", () => {
    expect(ids({ tracks: ["diplomacy"], actors: ["qatar"], q: "talks" })).toEqual(["talks"]);
  });
});

describe("facetCounts", () => {
  it("counts each value given the other filters, not its own", () => {
    const facets = facetCounts(index, view({ tracks: ["military"], q: "kabul" }));
    // Tracks ignore the track filter: kabul matches 2 military events and 1 diplomacy event.
    expect(Object.fromEntries(facets.tracks)).toEqual({ diplomacy: 1, military: 2 });
    // Actors and provenance respect it.
    expect(Object.fromEntries(facets.actors)).toEqual({ "united-states": 2, taliban: 0, qatar: 0 });
    expect(Object.fromEntries(facets.prov)).toEqual({ article: 1, context: 1, "after-article": 0 });
  });

  it("counts every event under every one of its actors", () => {
    expect(Object.fromEntries(facetCounts(index, DEFAULT_VIEW).actors)).toEqual({
      "united-states": 3,
      taliban: 3,
      qatar: 2,
    });
  });
});

describe("visibleEvents", () => {
  it("keeps the selected event in view even when the filters hide it, and says so", () => {
    const visible = visibleEvents(index, view({ tracks: ["military"], event: "doha" }));
    expect(visible.matches.map((event) => event.id)).toEqual(["airlift", "bombing"]);
    expect(visible.shown.map((event) => event.id)).toEqual(["doha", "airlift", "bombing"]);
    expect(visible.selectedOutsideFilters).toBe(true);
  });

  it("ignores a selection that does not exist", () => {
    const visible = visibleEvents(index, view({ event: "nope" }));
    expect(visible.selected).toBeNull();
    expect(visible.shown).toHaveLength(5);
  });
});

describe("stepEvent", () => {
  const shown = index.events;
  it("moves one event forward or back from the selection, stopping at the ends", () => {
    expect(stepEvent(shown, "airlift", 1)?.id).toBe("bombing");
    expect(stepEvent(shown, "airlift", -1)?.id).toBe("doha");
    expect(stepEvent(shown, "later", 1)).toBeNull();
    expect(stepEvent(shown, "doha", -1)).toBeNull();
  });

  it("starts at the first event of the view going forward, and at the last going back", () => {
    expect(stepEvent(shown, null, 1)?.id).toBe("doha");
    expect(stepEvent(shown, null, -1)?.id).toBe("later");
    expect(stepEvent(shown.slice(1, 3), "doha", 1)?.id).toBe(shown[1]!.id);
    expect(stepEvent([], null, 1)).toBeNull();
  });
});

describe("fitWindow", () => {
  it("frames the events with a margin", () => {
    const window = fitWindow(index, index.events)!;
    expect(window.start).toBeLessThan(Date.UTC(2020, 1, 29));
    expect(window.end).toBeGreaterThan(Date.UTC(2025, 6, 4));
  });

  it("keeps at least a month in view for a single day", () => {
    const window = fitWindow(index, [index.byId.get("bombing")!])!;
    expect(window.end - window.start).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(window.start).toBeLessThan(Date.UTC(2021, 7, 26));
    expect(window.end).toBeGreaterThan(Date.UTC(2021, 7, 27));
  });

  it("has nothing to frame without events", () => {
    expect(fitWindow(index, [])).toBeNull();
  });
});

describe("zoomLimits", () => {
  const YEAR = 365.25 * 86_400_000;
  it("stops at a week and at a few decades for a dataset of a few years", () => {
    expect(zoomLimits(index)).toEqual({ min: 7 * 86_400_000, max: 40 * YEAR });
  });

  it("lets a dataset of centuries fit whole", () => {
    const long = indexDataset(
      testDataset({
        events: [testEvent({ id: "a", start: "1848", precision: "year" }), testEvent({ id: "b", start: "1928-07-02" })],
      }),
    );
    const whole = fitWindow(long, long.events)!;
    expect(zoomLimits(long).max).toBeGreaterThan(whole.end - whole.start);
  });
});

describe("activeFilterCount", () => {
  it("counts each active filter once, and each chosen actor", () => {
    expect(activeFilterCount(DEFAULT_VIEW)).toBe(0);
    expect(activeFilterCount(view({ tracks: ["a"], actors: ["x", "y"], from: "2021", q: "k", event: "e" }))).toBe(5);
  });
});
