// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineItemModel } from "../../domain/timeline-items";
import { createTimeline, timelineOptions, type Latest } from "./create-timeline";
import type { TimelineState } from "./timeline-sync";

function item(id: string, overrides: Partial<TimelineItemModel> = {}): TimelineItemModel {
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
    ...overrides,
  };
}

function state(overrides: Partial<TimelineState> = {}): TimelineState {
  return {
    groups: [{ id: "g", label: "G", description: "", className: "", order: 0 }],
    items: [item("a"), item("period", { "event-id": undefined, type: "background", end: Date.UTC(2021, 9, 1) })],
    selectedId: "a",
    fitTo: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) },
    reducedMotion: true,
    maxHeight: undefined,
    minHeight: 240,
    zoom: { min: 86_400_000, max: 1e12 },
    locale: "en",
    large: false,
    cluster: false,
    ...overrides,
  };
}

/** A timeline whose events are in (as once its first draw has handed them over). */
function made(overrides: Partial<TimelineState> = {}) {
  const container = document.body.appendChild(document.createElement("div"));
  const latest: Latest = { current: { ...state(overrides), onSelect: vi.fn(), onHover: vi.fn(), onReady: vi.fn() } };
  const created = createTimeline(container, latest, vi.fn());
  created.target.items.update([...latest.current.items] as never);
  // vis's emitter: what its own handlers of clicks and pointers call.
  const vis = created.target.timeline as unknown as {
    emit(event: string, properties: object): void;
    getSelection(): string[];
    getWindow(): { start: Date; end: Date };
  };
  return { container, latest, created, vis };
}

describe("createTimeline", () => {
  afterEach(() => document.body.replaceChildren());

  it("makes vis with the tracks only, hidden from screen readers (the cards are the accessible path)", () => {
    const { container, created } = made();
    expect(container.querySelector(".vis-timeline")).not.toBeNull();
    expect(container.getAttribute("aria-hidden")).toBe("true");
    expect(container.classList.contains("te-drawing")).toBe(true);
    expect(created.target.groups.getIds()).toEqual(["g"]);
    expect(created.target.acceptsItems).toBe(false);
    created.destroy();
  });

  it("takes the rows' scrolling panels out of the Tab order (an unnamed stop in a part screen readers skip)", () => {
    const { container, created } = made();
    const panels = [...container.querySelectorAll(".vis-panel")];
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) expect(panel.getAttribute("tabindex")).toBe("-1");
    created.destroy();
  });

  it("hands a selected event to onSelect, and a cleared selection as null", () => {
    const { latest, vis, created } = made();
    vis.emit("select", { items: ["a"], event: new MouseEvent("click") });
    vis.emit("select", { items: [], event: new MouseEvent("click") });
    expect(vi.mocked(latest.current.onSelect).mock.calls).toEqual([["a"], [null]]);
    created.destroy();
  });

  it("zooms into a cluster instead of selecting it, keeping the selection it had", () => {
    const { latest, vis, created } = made();
    created.target.timeline.setSelection(["a"]);
    // A tap on a cluster's label, which names the events it stands for.
    const label = document.body.appendChild(document.createElement("div"));
    label.className = "vis-item";
    label.appendChild(document.createElement("span")).setAttribute("data-event-ids", "a");
    const tap = new MouseEvent("click");
    Object.defineProperty(tap, "target", { value: label.firstChild });
    vis.emit("select", { items: ["cluster_1"], event: tap });
    expect(latest.current.onSelect).not.toHaveBeenCalled();
    expect(vis.getSelection()).toEqual(["a"]);
    const { start, end } = vis.getWindow();
    expect([start.getTime(), end.getTime()]).toEqual([Date.UTC(2021, 7, 19), Date.UTC(2021, 8, 2)]);
    created.destroy();
  });

  it("reports hovering an event's item, and not a period's", () => {
    const { latest, vis, created } = made();
    vis.emit("itemover", { item: "period" });
    vis.emit("itemover", { item: "a" });
    vis.emit("itemout", {});
    expect(vi.mocked(latest.current.onHover).mock.calls).toEqual([["a"], [null]]);
    created.destroy();
  });

  it("leaves nothing behind when destroyed", () => {
    const { container, created } = made();
    created.destroy();
    expect(container.childNodes).toHaveLength(0);
    expect(created.target.shown.size).toBe(0);
  });
});

describe("timelineOptions", () => {
  it("keeps dates on their UTC calendar day, whatever the reader's time zone", () => {
    const options = timelineOptions(state()) as unknown as { moment(date: number): { format(f: string): string } };
    expect(options.moment(Date.UTC(2021, 7, 26, 23, 30)).format("YYYY-MM-DD")).toBe("2021-08-26");
  });

  it("keeps vis's XSS filter on, its HTML tooltips off, and a plain wheel for the page", () => {
    expect(timelineOptions(state())).toMatchObject({
      xss: { disabled: false },
      showTooltips: false,
      zoomKey: "ctrlKey",
    });
  });

  it("clusters close items only when asked", () => {
    expect(timelineOptions(state({ cluster: false })).cluster).toBe(false);
    expect(timelineOptions(state({ cluster: true })).cluster).toMatchObject({ maxItems: 2 });
  });

  it("labels the axis in the reader's language: Afghan months and Eastern digits in Dari, on the Gregorian calendar", () => {
    type Labels = (date: { valueOf(): number }, scale: string) => string;
    const labels = (locale: string) =>
      (timelineOptions(state({ locale })) as unknown as { format: { minorLabels: Labels; majorLabels: Labels } })
        .format;
    const august = { valueOf: () => Date.UTC(2021, 7, 1) };
    expect(labels("en").minorLabels(august, "month")).toBe("Aug");
    expect(labels("en").majorLabels(august, "month")).toBe("2021");
    expect(labels("fa-AF-u-ca-gregory").minorLabels(august, "month")).toBe("اگست");
    expect(labels("fa-AF-u-ca-gregory").majorLabels(august, "month")).toBe("۲۰۲۱");
    expect(labels("es").majorLabels(august, "day")).toBe("agosto de 2021");
  });
});
