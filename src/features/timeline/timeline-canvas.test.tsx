// @vitest-environment jsdom
import { act, render } from "../../test-render";
import { Component, StrictMode, createRef, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineItemModel } from "../../domain/timeline-items";
import { DataSet } from "vis-data/esnext";
import { groupContent, itemContent } from "./item-templates";
import { TimelineCanvas, type TimelineCanvasProps, type TimelineHandle } from "./timeline-canvas";

const HOSTILE = `<img src=x onerror="alert(1)">{{constructor.constructor('alert(2)')()}}`;

function item(id: string, label = `Event ${id}`): TimelineItemModel {
  return {
    id,
    "event-id": id,
    group: "g",
    type: "point",
    start: Date.UTC(2021, 7, 26, 12),
    className: "te-item",
    label,
    dateLabel: "Aug 26, 2021",
    content: "",
  };
}

function props(overrides: Partial<TimelineCanvasProps> = {}): TimelineCanvasProps {
  return {
    groups: [{ id: "g", label: "Group", description: "", className: "", order: 0 }],
    items: [item("a"), item("b")],
    selectedId: null,
    hoveredId: null,
    fitTo: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) },
    reducedMotion: true,
    maxHeight: undefined,
    minHeight: 240,
    zoom: { min: 7 * 86_400_000, max: 40 * 365 * 86_400_000 },
    locale: "en",
    large: false,
    cluster: false,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    onReady: vi.fn(),
    ...overrides,
  };
}

/**
 * jsdom lays nothing out, and vis draws nothing in a timeline without a width (its first draw never
 * completes). These sizes let it draw: the timeline is wide, everything in it is small.
 */
function withLayout() {
  const sizes: [string, (element: HTMLElement) => number][] = [
    ["offsetWidth", (element) => (element.classList.contains("vis-timeline") ? 800 : 10)],
    ["clientWidth", (element) => (element.classList.contains("vis-timeline") ? 800 : 10)],
    ["offsetHeight", () => 20],
    ["clientHeight", () => 20],
  ];
  for (const [name, size] of sizes) {
    vi.spyOn(HTMLElement.prototype, name as "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
      return size(this);
    });
  }
}

/** The timeline is created in a task of its own after the first paint. */
async function created(container: HTMLElement) {
  await act(() => vi.waitFor(() => expect(container.querySelector(".vis-timeline")).not.toBeNull()));
}

describe("TimelineCanvas", () => {
  it("creates one timeline, survives StrictMode's double mount, and leaves nothing behind when unmounted", async () => {
    const { container, unmount } = render(
      <StrictMode>
        <TimelineCanvas {...props()} />
      </StrictMode>,
    );
    await created(container);
    const host = container.querySelector(".te-timeline")!;
    expect(host.querySelectorAll(".vis-timeline")).toHaveLength(1);
    expect(host.getAttribute("aria-hidden")).toBe("true");
    unmount();
    expect(host.childNodes).toHaveLength(0);
  });

  it("is not created when unmounted before the page painted", () => {
    vi.useFakeTimers();
    try {
      const { container, unmount } = render(<TimelineCanvas {...props()} />);
      const host = container.querySelector(".te-timeline")!;
      unmount();
      act(() => vi.advanceTimersByTime(1000)); // past the frame and the fallback timer
      expect(host.childNodes).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands a failure to create the timeline to the error boundary around it", async () => {
    const caught = vi.fn();
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override componentDidCatch(error: Error) {
        caught(error.message);
      }
      override render() {
        return this.state.failed ? <p>failed</p> : this.props.children;
      }
    }
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // Two tracks with one id: vis's DataSet refuses them.
      const group = props().groups[0]!;
      const { findByText } = render(
        <Boundary>
          <TimelineCanvas {...props({ groups: [group, group] })} />
        </Boundary>,
      );
      expect(await findByText("failed")).toBeTruthy();
      expect(caught).toHaveBeenCalledWith(expect.stringContaining("g"));
    } finally {
      quiet.mockRestore();
    }
  });

  describe("first draw", () => {
    afterEach(() => vi.restoreAllMocks());

    // With a window, vis completes its first draw after the events are in; without one (nothing matches
    // the filters), before: ready waits for both either way.
    it.each([
      ["with a window", props().fitTo],
      ["without a window", null],
    ])(
      "hands vis the events once the tracks are drawn, and shows the timeline and is ready once they are, %s",
      async (_, fitTo) => {
        withLayout();
        // Whether vis had drawn the tracks' labels when it was handed the events.
        const tracksDrawn: boolean[] = [];
        const original = DataSet.prototype.update;
        const update = vi.spyOn(DataSet.prototype, "update").mockImplementation(function (
          this: DataSet<TimelineItemModel, "id">,
          ...args: Parameters<typeof original>
        ) {
          if ([args[0]].flat().some((data) => (data as TimelineItemModel)["event-id"]))
            tracksDrawn.push(container.querySelector(".vis-label .te-group-label") !== null);
          return original.apply(this, args);
        });
        const seen: { drawing: boolean; events: string[] }[] = [];
        const onReady = vi.fn(() => {
          seen.push({
            drawing: container.querySelector(".te-timeline")!.classList.contains("te-drawing"),
            events: update.mock.calls.flatMap(([data]) =>
              [data]
                .flat()
                .flatMap((each) => ((each as TimelineItemModel)["event-id"] ? [(each as TimelineItemModel).id] : [])),
            ),
          });
        });
        const { container } = render(<TimelineCanvas {...props({ onReady, fitTo })} />);
        await created(container);
        expect(container.querySelector(".te-timeline")!.classList.contains("te-drawing")).toBe(true);
        await act(() => vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1)));
        expect(tracksDrawn).toEqual([true]);
        expect(seen).toEqual([{ drawing: false, events: ["a", "b"] }]);
      },
    );

    it("is ready with nothing at all to draw", async () => {
      withLayout();
      const onReady = vi.fn();
      // No events and no window: no redraw follows the first one.
      const { container } = render(<TimelineCanvas {...props({ items: [], fitTo: null, onReady })} />);
      await act(() => vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1)));
      expect(container.querySelector(".te-timeline")!.classList.contains("te-drawing")).toBe(false);
    });

    it("hands a failure to add the first events to the error boundary", async () => {
      withLayout();
      // Only the events are refused: vis itself calls update while it is created.
      const original = DataSet.prototype.update;
      vi.spyOn(DataSet.prototype, "update").mockImplementation(function (
        this: DataSet<TimelineItemModel, "id">,
        ...args: Parameters<typeof original>
      ) {
        if ([args[0]].flat().some((data) => (data as TimelineItemModel)["event-id"])) throw new Error("events refused");
        return original.apply(this, args);
      });
      vi.spyOn(console, "error").mockImplementation(() => {});
      class Boundary extends Component<{ children: ReactNode }, { message: string | null }> {
        override state = { message: null };
        static getDerivedStateFromError(error: Error) {
          return { message: error.message };
        }
        override render() {
          return this.state.message ? <p>{this.state.message}</p> : this.props.children;
        }
      }
      const { findByText } = render(
        <Boundary>
          <TimelineCanvas {...props()} />
        </Boundary>,
      );
      expect(await findByText("events refused")).toBeTruthy();
    });
  });

  it("gives vis every change of its props, by diff, the items of the latest ones when it starts taking them", async () => {
    withLayout();
    const update = vi.spyOn(DataSet.prototype, "update");
    const remove = vi.spyOn(DataSet.prototype, "remove");
    // The ids of the events vis was told to add or change, and to remove (its tracks left out).
    const updated = () =>
      update.mock.calls.flatMap(([data]) =>
        [data]
          .flat()
          .flatMap((each) => ((each as TimelineItemModel)["event-id"] ? [(each as TimelineItemModel).id] : [])),
      );
    // vis itself also calls these on its own (with objects, or again for an item it redraws): what counts
    // is that every id the props changed reaches vis, and no other.
    const removed = () => remove.mock.calls.flatMap(([ids]) => [ids].flat().filter((id) => typeof id === "string"));
    const since = (list: () => string[], mark: number) => new Set(list().slice(mark));
    const onReady = vi.fn();
    // The link changes the moment vis exists, before it has drawn its tracks and taken any events (a
    // mutation observer runs before any of vis's timers): it is handed the events of the link now, once.
    const container = document.body.appendChild(document.createElement("div"));
    const linked = props({ onReady, items: [item("b"), item("c")], selectedId: "c" });
    let rerender: (ui: ReactNode) => void = () => {};
    // Awaited outside act: a rerender inside an outer act would wait for it to end, after vis's timers.
    const relinked = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!container.querySelector(".vis-timeline")) return;
        observer.disconnect();
        act(() => rerender(<TimelineCanvas {...linked} />));
        resolve();
      });
      observer.observe(container, { childList: true, subtree: true });
    });
    ({ rerender } = render(<TimelineCanvas {...props({ onReady })} />, { container }));
    await relinked;
    const root = container.querySelector(".vis-timeline");
    await act(() => vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1)));
    expect(updated()).toEqual(["b", "c"]);

    let mark = updated().length;
    rerender(<TimelineCanvas {...props({ onReady, items: [item("c", "Renamed"), item("d")] })} />);
    expect(since(updated, mark)).toEqual(new Set(["c", "d"]));
    expect(new Set(removed())).toEqual(new Set(["b"]));
    mark = updated().length;
    rerender(<TimelineCanvas {...props({ onReady, items: [item("d")] })} />);
    expect(since(updated, mark)).toEqual(new Set());
    expect(new Set(removed())).toEqual(new Set(["b", "c"]));
    expect(container.querySelector(".vis-timeline")).toBe(root);
  });

  it("gives its controls a handle that moves the window", async () => {
    const ref = createRef<TimelineHandle>();
    const { container } = render(<TimelineCanvas ref={ref} {...props()} />);
    await created(container);
    const before = ref.current!.center();
    act(() => ref.current!.move(0.5));
    expect(ref.current!.center()).toBeGreaterThan(before);
    act(() => ref.current!.fit());
    expect(Math.abs(ref.current!.center() - before)).toBeLessThan(1000);
  });
});

describe("item and group content", () => {
  it("builds an item's label from text: markup in the data stays text", () => {
    const element = itemContent(item("x", HOSTILE));
    expect(element.querySelector("img")).toBeNull();
    expect(element.querySelector(".te-item-title")!.textContent).toBe(HOSTILE);
    expect(element.querySelector(".te-item-date")!.textContent).toBe("Aug 26, 2021");
    expect(element.title).toBe(`Aug 26, 2021: ${HOSTILE}`);
  });

  it("builds a period's name and a group's label from text", () => {
    const period = itemContent({ ...item("p", HOSTILE), "event-id": undefined, type: "background" });
    expect(period.children).toHaveLength(0);
    expect(period.textContent).toBe(HOSTILE);
    const group = groupContent({ id: "g", label: HOSTILE, description: "<b>d</b>", className: "", order: 0 });
    expect(group.children).toHaveLength(0);
    expect(group.textContent).toBe(HOSTILE);
    expect(group.title).toBe("<b>d</b>");
  });
});
