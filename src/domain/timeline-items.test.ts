import { describe, expect, it } from "vitest";
import { indexDataset } from "./filter";
import { testDataset, testEvent } from "./test-dataset";
import {
  PERIODS_GROUP,
  diffItems,
  periodItemId,
  periodLabelId,
  timelineGroups,
  timelineItems,
  type TimelineItemModel,
} from "./timeline-items";

const index = indexDataset(
  testDataset({
    events: [
      testEvent({ id: "day", start: "2021-08-26", title: "A <b>day</b>" }),
      testEvent({ id: "month", start: "2025-03", precision: "month", track: "military" }),
      testEvent({ id: "range", start: "2021-08-14", end: "2021-08-30", provenance: "article", articleParagraphs: [4] }),
    ],
  }),
);

describe("timelineGroups", () => {
  it("gives one row per track, in the dataset's order, with its label and colour, below a row for periods", () => {
    expect(timelineGroups(index)).toEqual([
      { id: PERIODS_GROUP, label: "Periods", description: "", className: "te-periods-group", order: 0 },
      { id: "diplomacy", label: "Diplomacy", description: "", className: "te-group te-track-0", order: 1 },
      { id: "military", label: "Military", description: "", className: "te-group te-track-1", order: 2 },
    ]);
  });

  it("leaves out the tracks the reader hides, keeping their colours, and the row of a selected event", () => {
    expect(timelineGroups(index, ["military"]).map((group) => [group.id, group.className])).toEqual([
      [PERIODS_GROUP, "te-periods-group"],
      ["military", "te-group te-track-1"],
    ]);
    expect(timelineGroups(index, [], "diplomacy").map((group) => group.id)).toEqual([PERIODS_GROUP, "diplomacy"]);
    expect(timelineGroups(index, null).map((group) => group.id)).toEqual([PERIODS_GROUP, "diplomacy", "military"]);
  });

  it("has no periods row when the dataset has no periods", () => {
    const groups = timelineGroups(indexDataset(testDataset({ periods: [] })));
    expect(groups.map((group) => group.id)).toEqual(["diplomacy", "military"]);
  });
});

describe("timelineItems", () => {
  const items = timelineItems(index, index.events, { outside: "month" });
  const byId = new Map(items.map((item) => [item.id, item]));

  it("draws ranges as ranges covering their last day", () => {
    expect(byId.get("range")).toMatchObject({
      type: "range",
      start: Date.UTC(2021, 7, 14),
      end: Date.UTC(2021, 7, 31),
      dateLabel: "Aug 14–30, 2021",
      group: "diplomacy",
      "event-id": "range",
    });
  });

  it("draws dated events as points in the middle of what their date covers", () => {
    expect(byId.get("day")).toMatchObject({
      type: "point",
      start: Date.UTC(2021, 7, 26, 12),
      dateLabel: "Aug 26, 2021",
    });
    const month = byId.get("month")!;
    expect(month.type).toBe("point");
    expect(month.start).toBeGreaterThan(Date.UTC(2025, 2, 15));
    expect(month.start).toBeLessThan(Date.UTC(2025, 2, 17));
    expect(month.dateLabel).toBe("Mar 2025");
  });

  it("keeps labels as the text they are: markup is the template's business to show as text", () => {
    expect(byId.get("day")!.label).toBe("A <b>day</b>");
    expect(byId.get("day")!.content).toBe("");
  });

  it("classes items by track, provenance, precision, and an event shown outside the filters", () => {
    expect(byId.get("range")!.className).toBe("te-item te-track-0 te-prov-article te-precision-day");
    expect(byId.get("month")!.className).toBe("te-item te-track-1 te-prov-context te-precision-month te-outside");
  });

  it("draws periods as background bands ending where their last day starts, named in their own row", () => {
    const span = { start: Date.UTC(2021, 0, 20), end: Date.UTC(2025, 0, 20) };
    expect(byId.get(periodItemId("term"))).toMatchObject({ type: "background", ...span });
    expect(byId.get(periodLabelId("term"))).toMatchObject({
      type: "background",
      group: PERIODS_GROUP,
      label: "A term",
      dateLabel: "Jan 20, 2021 – Jan 20, 2025",
      ...span,
    });
    expect(byId.get(periodItemId("term"))!["event-id"]).toBeUndefined();
    expect(byId.get(periodLabelId("term"))!["event-id"]).toBeUndefined();
  });
});

describe("diffItems", () => {
  const item = (id: string, label = id): TimelineItemModel => ({
    id,
    type: "point",
    start: 0,
    className: "",
    label,
    dateLabel: "",
    content: "",
  });
  const current = new Map([
    ["a", item("a")],
    ["b", item("b")],
    ["c", item("c")],
  ]);

  it("adds, updates and removes only what changed", () => {
    expect(diffItems(current, [item("a"), item("b", "renamed"), item("d")])).toEqual({
      add: [item("d")],
      update: [item("b", "renamed")],
      remove: ["c"],
    });
  });

  it("does nothing when nothing changed", () => {
    expect(diffItems(current, [item("a"), item("b"), item("c")])).toEqual({ add: [], update: [], remove: [] });
  });
});
