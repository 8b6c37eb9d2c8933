// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DataSet } from "vis-data/esnext";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import { drawFirst, type DrawingTimeline } from "./first-draw";
import type { SyncTarget, TimelineLike, TimelineState } from "./timeline-sync";

function item(id: string): TimelineItemModel {
  return {
    id,
    "event-id": id,
    group: "g",
    type: "point",
    start: Date.UTC(2021, 7, 26),
    className: "te-item",
    label: id,
    dateLabel: "",
    content: "",
  };
}

function state(overrides: Partial<TimelineState> = {}): TimelineState {
  return {
    groups: [{ id: "g", label: "G", description: "", className: "", order: 0 }],
    items: [item("a"), item("b")],
    selectedId: null,
    fitTo: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) },
    reducedMotion: true,
    maxHeight: undefined,
    minHeight: 240,
    zoom: { min: 1, max: 1e12 },
    locale: "en",
    large: false,
    cluster: false,
    ...overrides,
  };
}

/** A stand-in for vis: "changed" is emitted by the test, as vis emits it after each draw. */
function setUp(initial: TimelineState, apart: boolean) {
  const handlers = new Set<() => void>();
  const timeline: DrawingTimeline & TimelineLike = {
    on: (_, handler) => void handlers.add(handler),
    off: (_, handler) => void handlers.delete(handler),
    fit: vi.fn(),
    setOptions: vi.fn(),
    setSelection: vi.fn(),
    getWindow: () => ({ start: new Date(Date.UTC(2021, 0, 1)), end: new Date(Date.UTC(2022, 0, 1)) }),
    setWindow: vi.fn(),
    focus: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    redraw: vi.fn(),
  };
  const drawn = () => [...handlers].forEach((handler) => handler());
  const target: SyncTarget = {
    timeline,
    items: new DataSet<TimelineItemModel, "id">(),
    groups: new DataSet<TimelineGroupModel, "id">([...initial.groups]),
    shown: new Map(),
    acceptsItems: false,
    revealed: null,
    revealRow: vi.fn(),
    width: () => 800,
  };
  const container = document.createElement("div");
  const latest = { current: initial };
  const onShown = vi.fn();
  const fail = vi.fn();
  const cancel = drawFirst({ container, timeline, target, latest, apart, onShown, fail });
  const drawing = () => container.classList.contains("te-drawing");
  return { timeline, drawn, target, latest, onShown, fail, cancel, drawing, handlers };
}

describe("drawFirst", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("hides the timeline until its events are drawn, handing them over once the tracks are", () => {
    const { drawn, target, onShown, drawing } = setUp(state(), false);
    expect(drawing()).toBe(true);
    expect(target.items.length).toBe(0);
    drawn(); // the tracks
    expect(target.items.getIds()).toEqual(["a", "b"]);
    expect(drawing()).toBe(true);
    expect(onShown).not.toHaveBeenCalled();
    drawn(); // the events
    expect(drawing()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
    drawn();
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it("hands them over in a task of their own when apart", () => {
    const { drawn, target, onShown } = setUp(state(), true);
    drawn();
    expect(target.items.length).toBe(0);
    vi.advanceTimersByTime(0);
    expect(target.items.getIds()).toEqual(["a", "b"]);
    drawn();
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it("hands over the events of the latest props, not those the timeline was made with", () => {
    const { drawn, target, latest, timeline } = setUp(state(), true);
    latest.current = state({ items: [item("b"), item("c")], selectedId: "c" });
    drawn();
    vi.advanceTimersByTime(0);
    expect(target.items.getIds()).toEqual(["b", "c"]);
    expect(timeline.setSelection).toHaveBeenLastCalledWith(["c"]);
  });

  it("fits the window again once laid out, with room for the last label, or to the events without one", () => {
    const withWindow = setUp(state(), false);
    withWindow.drawn();
    const [start, end] = vi.mocked(withWindow.timeline.setWindow).mock.lastCall!;
    expect(start).toBe(Date.UTC(2021, 0, 1));
    expect(end).toBeGreaterThan(Date.UTC(2022, 0, 1));
    expect(withWindow.timeline.fit).not.toHaveBeenCalled();

    const withoutWindow = setUp(state({ fitTo: null }), false);
    withoutWindow.drawn();
    expect(withoutWindow.timeline.fit).toHaveBeenCalledWith({ animation: false });
  });

  it("shows a timeline with nothing to draw at once", () => {
    const { drawn, onShown, drawing } = setUp(state({ items: [], fitTo: null }), false);
    drawn();
    expect(drawing()).toBe(false);
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it("hands a failure to add the events to `fail`, and still shows what it drew", () => {
    const { drawn, target, fail, onShown } = setUp(state(), false);
    vi.spyOn(target.items, "update").mockImplementation(() => {
      throw new Error("refused");
    });
    drawn();
    expect(fail).toHaveBeenCalledWith(new Error("refused"));
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it("does nothing more once cancelled, and leaves no handler behind", () => {
    const apart = setUp(state(), true);
    apart.drawn();
    apart.cancel();
    vi.advanceTimersByTime(0);
    expect(apart.target.items.length).toBe(0);
    expect(apart.handlers.size).toBe(0);

    const together = setUp(state(), false);
    together.drawn();
    together.cancel();
    together.drawn();
    expect(together.onShown).not.toHaveBeenCalled();
    expect(together.handlers.size).toBe(0);
  });
});
