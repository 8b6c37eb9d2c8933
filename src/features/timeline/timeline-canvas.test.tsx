// @vitest-environment jsdom
import { act, render } from "@testing-library/react";
import { Component, StrictMode, createRef, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { TimelineItemModel } from "../../domain/timeline-items";
import {
  TimelineCanvas,
  groupContent,
  itemContent,
  type TimelineCanvasProps,
  type TimelineHandle,
} from "./timeline-canvas";

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
    zoom: { min: 7 * 86_400_000, max: 40 * 365 * 86_400_000 },
    large: false,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    onReady: vi.fn(),
    ...overrides,
  };
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
      // Two items with one id: vis's DataSet refuses them.
      const { findByText } = render(
        <Boundary>
          <TimelineCanvas {...props({ items: [item("a"), item("a")] })} />
        </Boundary>,
      );
      expect(await findByText("failed")).toBeTruthy();
      expect(caught).toHaveBeenCalledWith(expect.stringContaining("a"));
    } finally {
      quiet.mockRestore();
    }
  });

  it("updates its items by diff, keeping the timeline it made", async () => {
    const ref = createRef<TimelineHandle>();
    const { container, rerender } = render(<TimelineCanvas ref={ref} {...props()} />);
    await created(container);
    const root = container.querySelector(".vis-timeline");
    rerender(<TimelineCanvas ref={ref} {...props({ items: [item("a", "Renamed"), item("c")] })} />);
    expect(container.querySelector(".vis-timeline")).toBe(root);
    expect(ref.current?.center()).toBeGreaterThan(Date.UTC(2021, 0, 1));
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
