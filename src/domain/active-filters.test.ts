import { describe, expect, it } from "vitest";
import { describeFilters, filterChips } from "./active-filters";
import { testDataset } from "./test-dataset";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

const dataset = testDataset();
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("filterChips", () => {
  it("has none without filters", () => {
    expect(filterChips(dataset, DEFAULT_VIEW)).toEqual([]);
    expect(describeFilters(dataset, DEFAULT_VIEW)).toBe("No filters: every event.");
  });

  it("names each active filter in words and says what removing it does", () => {
    const chips = filterChips(
      dataset,
      view({
        q: "kabul",
        tracks: ["military"],
        actors: ["qatar", "taliban"],
        prov: ["article"],
        from: "2021-08-01",
        to: "2021-08",
      }),
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      "Search: “kabul”",
      "Track: Military",
      "Actor: Qatar",
      "Actor: Taliban",
      "In the article",
      "Dates: Aug 1, 2021 to Aug 2021",
    ]);
    expect(chips.map((chip) => chip.remove)).toEqual([
      { q: "" },
      { tracks: null },
      { actors: ["taliban"] },
      { actors: ["qatar"] },
      { prov: null },
      { from: null, to: null },
    ]);
  });

  it("words open-ended ranges and empty selections", () => {
    expect(filterChips(dataset, view({ from: "2025" }))[0]!.label).toBe("Dates: From 2025");
    expect(filterChips(dataset, view({ to: "2021-08-31" }))[0]!.label).toBe("Dates: Until Aug 31, 2021");
    expect(filterChips(dataset, view({ tracks: [] }))[0]!.label).toBe("Tracks: none");
    expect(filterChips(dataset, view({ actors: ["qatar"] }))[0]!.remove).toEqual({ actors: null });
  });

  it("describes the filters in one sentence for a handout", () => {
    expect(describeFilters(dataset, view({ q: "gate", tracks: ["military", "diplomacy"] }))).toBe(
      "Filters: Search: “gate”; Tracks: Diplomacy, Military.",
    );
  });
});
