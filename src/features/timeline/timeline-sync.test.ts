import { describe, expect, it, vi } from "vitest";
import { DataSet } from "vis-data/esnext";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import {
  applyChanges,
  applyWaitingItems,
  sameWindow,
  withLabelRoom,
  type SyncTarget,
  type TimelineLike,
  type TimelineState,
} from "./timeline-sync";

const DAY = 86_400_000;

function item(id: string, start = Date.UTC(2021, 7, 26), label = `Event ${id}`): TimelineItemModel {
  return {
    id,
    "event-id": id,
    group: "g",
    type: "point",
    start,
    className: "te-item",
    label,
    dateLabel: "",
    content: "",
  };
}
const group = (id: string, label = id): TimelineGroupModel => ({ id, label, description: "", className: "", order: 0 });

function state(overrides: Partial<TimelineState> = {}): TimelineState {
  return {
    groups: [group("g")],
    items: [item("a"), item("b")],
    selectedId: null,
    fitTo: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) },
    reducedMotion: true,
    maxHeight: undefined,
    minHeight: 240,
    zoom: { min: DAY, max: 1000 * DAY },
    locale: "en",
    large: false,
    cluster: false,
    ...overrides,
  };
}

/** Real DataSets with spies on what vis would be told, and a stand-in timeline showing 2021. */
function target(initial: TimelineState, acceptsItems = true) {
  const items = new DataSet<TimelineItemModel, "id">();
  const groups = new DataSet<TimelineGroupModel, "id">([...initial.groups]);
  const window = { start: new Date(Date.UTC(2021, 0, 1)), end: new Date(Date.UTC(2022, 0, 1)) };
  const timeline: TimelineLike = {
    setOptions: vi.fn(),
    setSelection: vi.fn(),
    getWindow: () => window,
    setWindow: vi.fn(),
    focus: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    redraw: vi.fn(),
  };
  const revealed: string[] = [];
  const sync: SyncTarget = {
    timeline,
    items,
    groups,
    shown: new Map(),
    acceptsItems,
    revealed: null,
    revealRow: (id) => revealed.push(id),
    width: () => 0,
  };
  if (acceptsItems) applyWaitingItems(sync, initial);
  const spies = {
    update: vi.spyOn(items, "update"),
    remove: vi.spyOn(items, "remove"),
    add: vi.spyOn(items, "add"),
  };
  const ids = (spy: typeof spies.update | typeof spies.remove) =>
    spy.mock.calls.flatMap(([data]) =>
      [data].flat().map((each) => (typeof each === "string" ? each : (each as { id: string }).id)),
    );
  return { sync, timeline, items, groups, spies, ids, revealed };
}

describe("applyChanges", () => {
  it("tells vis only what changed in the items: added, changed and removed, by id", () => {
    const before = state();
    const { sync, items, spies, ids } = target(before);
    const next = state({ items: [item("a", Date.UTC(2021, 7, 26), "Renamed"), before.items[1]!, item("c")] });
    applyChanges(sync, before, next);
    expect(ids(spies.update)).toEqual(["c", "a"]);
    expect(spies.remove).not.toHaveBeenCalled();
    expect(items.getIds()).toEqual(["a", "b", "c"]);
    expect(items.get("a")!.label).toBe("Renamed");

    const last = state({ items: [next.items[2]!] });
    applyChanges(sync, next, last);
    expect(ids(spies.remove)).toEqual(["a", "b"]);
    expect(items.getIds()).toEqual(["c"]);
    expect(spies.add).not.toHaveBeenCalled(); // never setItems or a re-add of everything
  });

  it("changes the items before it switches clustering, so vis draws the new set once, clustered or not", () => {
    const few = state({ items: [item("a")], cluster: false });
    const { sync, timeline, spies } = target(few);
    const many = state({ items: Array.from({ length: 40 }, (_, index) => item(`e${index}`)), cluster: true });
    applyChanges(sync, few, many);
    const setOptions = vi.mocked(timeline.setOptions).mock.invocationCallOrder[0]!;
    expect(spies.update.mock.invocationCallOrder[0]!).toBeLessThan(setOptions);
    applyChanges(sync, many, few);
    expect(spies.remove.mock.invocationCallOrder[0]!).toBeLessThan(
      vi.mocked(timeline.setOptions).mock.invocationCallOrder[1]!,
    );
  });

  it("applies every update in a run of them, none dropped", () => {
    let previous = state({ items: [] });
    const { sync, items } = target(previous);
    for (let count = 1; count <= 5; count++) {
      const next = state({ items: Array.from({ length: count }, (_, index) => item(`e${index}`)) });
      applyChanges(sync, previous, next);
      previous = next;
      expect(items.length).toBe(count);
    }
  });

  it("keeps items waiting until vis takes them, then gives it the latest ones", () => {
    const first = state();
    const { sync, items, timeline } = target(first, false);
    const linked = state({ items: [item("b"), item("c")], selectedId: "c" });
    applyChanges(sync, first, linked); // the link changed while the timeline drew its tracks
    expect(items.length).toBe(0);
    sync.acceptsItems = true;
    applyWaitingItems(sync, linked);
    expect(items.getIds()).toEqual(["b", "c"]);
    expect(timeline.setSelection).toHaveBeenLastCalledWith(["c"]);
  });

  it("diffs the tracks the same way", () => {
    const before = state();
    const { sync, groups } = target(before);
    applyChanges(sync, before, state({ groups: [group("g", "Renamed"), group("h")] }));
    expect(groups.getIds()).toEqual(["g", "h"]);
    expect(groups.get("g")!.label).toBe("Renamed");
  });

  it("adds a track's row before its items and removes it after them", () => {
    const before = state();
    const { sync, groups, items } = target(before);
    const order: string[] = [];
    groups.on("add", () => order.push("row added"));
    groups.on("remove", () => order.push("row removed"));
    items.on("add", () => order.push("items added"));
    items.on("remove", () => order.push("items removed"));
    const inH = { ...item("c"), group: "h" };
    const withH = state({ groups: [group("g"), group("h")], items: [item("a"), inH] });
    applyChanges(sync, before, withH);
    applyChanges(sync, withH, state({ groups: [group("g")], items: [item("a")] }));
    expect(order).toEqual(["row added", "items removed", "items added", "items removed", "row removed"]);
  });

  it("fits the window again only when it changes by value", () => {
    const before = state();
    const { sync, timeline } = target(before);
    applyChanges(sync, before, state({ fitTo: { ...before.fitTo! }, selectedId: "a" }));
    expect(timeline.setWindow).not.toHaveBeenCalled();
    applyChanges(sync, before, state({ fitTo: { start: Date.UTC(2020, 0, 1), end: Date.UTC(2022, 0, 1) } }));
    expect(timeline.setWindow).toHaveBeenCalledWith(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1), { animation: false });
  });

  it("selects the item and moves to it once per selection, and only when it is out of view", () => {
    const before = state({ items: [item("a"), item("far", Date.UTC(2024, 0, 1))] });
    const { sync, timeline } = target(before);
    applyChanges(sync, before, { ...before, selectedId: "a" });
    expect(timeline.setSelection).toHaveBeenLastCalledWith(["a"]);
    expect(timeline.focus).not.toHaveBeenCalled(); // in view already

    const far = { ...before, selectedId: "far" };
    applyChanges(sync, { ...before, selectedId: "a" }, far);
    expect(timeline.focus).toHaveBeenCalledTimes(1);
    expect(timeline.focus).toHaveBeenLastCalledWith("far", { zoom: false, animation: false });
    applyChanges(sync, far, { ...far, items: [...far.items] }); // a filter change keeps the reader's window
    expect(timeline.focus).toHaveBeenCalledTimes(1);
    applyChanges(sync, far, { ...far, selectedId: null });
    expect(timeline.setSelection).toHaveBeenLastCalledWith([]);
  });

  it("scrolls the rows to a selected item, keeping the window when it is in view across", () => {
    const before = state({ items: [item("a"), item("low")] });
    const { sync, timeline, revealed } = target(before);
    applyChanges(sync, before, { ...before, selectedId: "low" });
    expect(revealed).toEqual(["low"]);
    expect(timeline.focus).not.toHaveBeenCalled();
    expect(timeline.setWindow).not.toHaveBeenCalled();
    // A filter change later does not pull the rows back to it.
    applyChanges(sync, { ...before, selectedId: "low" }, { ...before, selectedId: "low", items: [...before.items] });
    expect(revealed).toEqual(["low"]);
  });

  it("sets the options only when one of them changes, naming clustering every time", () => {
    const before = state();
    const { sync, timeline } = target(before);
    applyChanges(sync, before, state({ zoom: { ...before.zoom } }));
    expect(timeline.setOptions).not.toHaveBeenCalled();
    applyChanges(sync, before, state({ cluster: true, maxHeight: "75vh" }));
    expect(timeline.setOptions).toHaveBeenCalledWith(
      expect.objectContaining({ maxHeight: "75vh", cluster: expect.objectContaining({ maxItems: 2 }) }),
    );
  });
});

describe("room for labels and for reading", () => {
  it("ends a fitted window late enough for the last label to show in full", () => {
    // 800 pixels wide, 200 for the label: the events' last day sits 600 pixels in.
    expect(withLabelRoom({ start: 0, end: 600 }, 800, 200)).toEqual({ start: 0, end: 800 });
    // Not laid out yet, or too narrow to give a label more than half: as it was.
    expect(withLabelRoom({ start: 0, end: 600 }, 0, 200)).toEqual({ start: 0, end: 600 });
    expect(withLabelRoom({ start: 0, end: 600 }, 300, 200)).toEqual({ start: 0, end: 600 });
  });

  it("fits to the events with room for the last label, once laid out", () => {
    const before = state();
    const { sync, timeline } = target(before);
    sync.width = () => 800;
    const fitTo = { start: 0, end: 600_000 };
    applyChanges(sync, before, { ...before, fitTo });
    const [start, end] = vi.mocked(timeline.setWindow).mock.lastCall!;
    expect(start).toBe(0);
    expect(end).toBeGreaterThan(600_000);
  });

  it("scrolls the rows to the selected item again when the timeline is made shorter to read a card", () => {
    const before = state({ items: [item("a"), item("low")], selectedId: "low" });
    const { sync, timeline, revealed } = target(before);
    revealed.length = 0;
    applyChanges(sync, before, { ...before, maxHeight: "9rem", minHeight: 120 });
    expect(timeline.setOptions).toHaveBeenCalledWith(expect.objectContaining({ maxHeight: "9rem", minHeight: 120 }));
    expect(timeline.redraw).toHaveBeenCalled();
    expect(revealed).toEqual(["low"]);
  });
});

describe("sameWindow", () => {
  it("compares windows by value", () => {
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 2 })).toBe(true);
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 3 })).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, { start: 1, end: 2 })).toBe(false);
  });
});
