// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { clusterHolding, clusterSpan, openCluster, zoomIntoCluster, type ZoomingTimeline } from "./cluster-zoom";

const DAY = 86_400_000;
const items = new Map([
  ["a", { start: Date.UTC(2021, 7, 1) }],
  ["b", { start: Date.UTC(2021, 7, 10), end: Date.UTC(2021, 7, 20) }],
]);
const lookup = { get: (id: string) => items.get(id) ?? null };

/** A click on the inside of a cluster's item, whose label names `ids`. */
function clickOnCluster(ids: string): Event {
  const item = document.createElement("div");
  item.className = "vis-item";
  const label = item.appendChild(document.createElement("span"));
  label.setAttribute("data-event-ids", ids);
  const inside = label.appendChild(document.createElement("b"));
  const event = new MouseEvent("click");
  Object.defineProperty(event, "target", { value: inside });
  return event;
}

/** The cluster's item a click landed in. */
const clusterOf = (event: Event) => (event.target as Element).closest(".vis-item");

function timeline(): ZoomingTimeline {
  return {
    setWindow: vi.fn(),
    getEventProperties: () => ({ time: new Date(Date.UTC(2021, 0, 1)) }),
    moveTo: vi.fn(),
    zoomIn: vi.fn(),
  };
}

describe("clusterSpan", () => {
  it("spans the events a cluster's label names, their ends included", () => {
    expect(clusterSpan(clusterOf(clickOnCluster("a b")), lookup)).toEqual({
      start: Date.UTC(2021, 7, 1),
      end: Date.UTC(2021, 7, 20),
    });
  });

  it("skips ids it does not know, and is null when it knows none", () => {
    expect(clusterSpan(clusterOf(clickOnCluster("a gone")), lookup)).toEqual({
      start: Date.UTC(2021, 7, 1),
      end: Date.UTC(2021, 7, 1),
    });
    expect(clusterSpan(clusterOf(clickOnCluster("gone")), lookup)).toBeNull();
    expect(clusterSpan(null, lookup)).toBeNull();
  });
});

describe("zoomIntoCluster", () => {
  it("shows the cluster's events with half their span at each side", () => {
    const vis = timeline();
    zoomIntoCluster(vis, clickOnCluster("a b"), lookup, true);
    const [start, end] = [Date.UTC(2021, 7, 1), Date.UTC(2021, 7, 20)];
    const margin = (end - start) / 2;
    expect(vis.setWindow).toHaveBeenCalledWith(start - margin, end + margin, { animation: true });
  });

  it("leaves at least a week at each side of events on one day", () => {
    const vis = timeline();
    zoomIntoCluster(vis, clickOnCluster("a"), lookup, false);
    const day = Date.UTC(2021, 7, 1);
    expect(vis.setWindow).toHaveBeenCalledWith(day - 7 * DAY, day + 7 * DAY, { animation: false });
  });

  it("zooms in where it was clicked when the cluster's events are not known", () => {
    const vis = timeline();
    zoomIntoCluster(vis, clickOnCluster("gone"), lookup, true);
    expect(vis.setWindow).not.toHaveBeenCalled();
    expect(vis.moveTo).toHaveBeenCalledWith(Date.UTC(2021, 0, 1), { animation: false });
    expect(vis.zoomIn).toHaveBeenCalledWith(0.6, { animation: true });
  });
});

describe("clusterHolding and openCluster", () => {
  it("finds the cluster whose label names an event, and shows its events apart", () => {
    const container = document.createElement("div");
    const labelled = (ids: string) => {
      const item = container.appendChild(document.createElement("div"));
      item.className = "vis-item vis-cluster";
      item.appendChild(document.createElement("span")).setAttribute("data-event-ids", ids);
      return item;
    };
    labelled("aa c");
    const holding = labelled("a b");
    expect(clusterHolding(container, "a")).toBe(holding);
    expect(clusterHolding(container, "d")).toBeNull();

    const vis = timeline();
    expect(openCluster(vis, holding, lookup, false)).toBe(true);
    // From 1 to 20 August, with half of that (at least a week) at each side.
    expect(vis.setWindow).toHaveBeenCalledWith(Date.UTC(2021, 7, 1) - 9.5 * DAY, Date.UTC(2021, 7, 20) + 9.5 * DAY, {
      animation: false,
    });
    expect(openCluster(vis, labelled("unknown"), lookup, false)).toBe(false);
  });
});
