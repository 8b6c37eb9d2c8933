// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { revealRow, scrollRowsTogether, scrollToReveal } from "./row-scroll";

/** A timeline's two scrolling panels, as vis builds them. */
function panels() {
  const container = document.body.appendChild(document.createElement("div"));
  const names = container.appendChild(document.createElement("div"));
  names.className = "vis-panel vis-left";
  const center = container.appendChild(document.createElement("div"));
  center.className = "vis-panel vis-center";
  return { container, names, center };
}

const box = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;

describe("scrollToReveal", () => {
  it("leaves an item the panel does not clip where it is", () => {
    expect(scrollToReveal(box(120, 140), box(100, 300))).toBe(0);
    expect(scrollToReveal(box(100, 300), box(100, 300))).toBe(0);
  });

  it("scrolls an item clipped below or above to the middle of the panel", () => {
    // A 200 px panel, a 20 px item: its top goes 90 px below the panel's.
    expect(scrollToReveal(box(400, 420), box(100, 300))).toBe(400 - 100 - 90);
    expect(scrollToReveal(box(290, 310), box(100, 300))).toBe(100);
    expect(scrollToReveal(box(40, 60), box(100, 300))).toBe(-150);
  });
});

describe("scrollRowsTogether", () => {
  afterEach(() => document.body.replaceChildren());

  it("hands a native scroll of the events' panel to the names' column", () => {
    const { container, names, center } = panels();
    const stop = scrollRowsTogether(container);
    names.scrollTop = 10;
    center.scrollTop = 30;
    center.dispatchEvent(new Event("scroll"));
    expect(center.scrollTop).toBe(0);
    expect(names.scrollTop).toBe(40);

    stop();
    center.scrollTop = 30;
    center.dispatchEvent(new Event("scroll"));
    expect(center.scrollTop).toBe(30);
  });

  it("does nothing where the panels are missing", () => {
    const stop = scrollRowsTogether(document.createElement("div"));
    expect(() => stop()).not.toThrow();
  });
});

describe("revealRow", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("scrolls the names' column to an item drawn below the panel, once vis has drawn (two frames)", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const { container, names, center } = panels();
    const item = center.appendChild(document.createElement("div"));
    item.className = "vis-item";
    item.setAttribute("data-event-id", "low");
    vi.spyOn(center, "getBoundingClientRect").mockReturnValue(box(100, 300));
    vi.spyOn(item, "getBoundingClientRect").mockReturnValue(box(400, 420));

    revealRow(container, "low");
    expect(names.scrollTop).toBe(0);
    const told: number[] = [];
    names.addEventListener("scroll", () => told.push(names.scrollTop));
    frames.shift()!(0);
    expect(names.scrollTop).toBe(0);
    frames.shift()!(0);
    expect(names.scrollTop).toBe(210);
    // vis hears of it at once, not a frame later (a redraw in between would put its own scroll back).
    expect(told).toEqual([210]);

    revealRow(container, "missing");
    frames.shift()!(0);
    frames.shift()!(0);
    expect(names.scrollTop).toBe(210);
    expect(told).toEqual([210]);
  });

  it("leaves the rows and vis alone when the item is already in sight", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const { container, names, center } = panels();
    const item = center.appendChild(document.createElement("div"));
    item.className = "vis-item";
    item.setAttribute("data-event-id", "seen");
    vi.spyOn(center, "getBoundingClientRect").mockReturnValue(box(100, 300));
    vi.spyOn(item, "getBoundingClientRect").mockReturnValue(box(120, 140));
    const told = vi.fn();
    names.addEventListener("scroll", told);

    revealRow(container, "seen");
    frames.shift()!(0);
    frames.shift()!(0);
    expect(names.scrollTop).toBe(0);
    expect(told).not.toHaveBeenCalled();
  });

  it("opens the cluster an event is in, then reveals its row once it is drawn", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const { container, names, center } = panels();
    const cluster = center.appendChild(document.createElement("div"));
    cluster.className = "vis-item vis-cluster";
    cluster.appendChild(document.createElement("span")).setAttribute("data-event-ids", "other inside");
    vi.spyOn(center, "getBoundingClientRect").mockReturnValue(box(100, 300));
    const open = vi.fn((opened: Element) => {
      // Opened, the cluster parts: the event is drawn in its place, below what the panel shows.
      opened.remove();
      const item = center.appendChild(document.createElement("div"));
      item.className = "vis-item";
      item.setAttribute("data-event-id", "inside");
      vi.spyOn(item, "getBoundingClientRect").mockReturnValue(box(400, 420));
      return true;
    });

    revealRow(container, "inside", open);
    frames.shift()!(0);
    frames.shift()!(0);
    expect(open).toHaveBeenCalledWith(cluster);
    expect(names.scrollTop).toBe(0);
    frames.shift()!(0);
    expect(names.scrollTop).toBe(210);
    expect(open).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it("looks for an event still on its way into sight for a while, then stops", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const { container } = panels();
    const open = vi.fn(() => true);
    revealRow(container, "far", open);
    let ran = 0;
    while (frames.length > 0 && ran < 1000) {
      frames.shift()!(0);
      ran++;
    }
    expect(ran).toBeGreaterThan(30);
    expect(ran).toBeLessThan(100);
    expect(open).not.toHaveBeenCalled(); // no cluster holds it
  });
});
