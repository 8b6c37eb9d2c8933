// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { DataSet } from "vis-data/esnext";
import { Timeline } from "vis-timeline/esnext";
import { HAMMER_DIRECTION_HORIZONTAL, panSideways, type HammerHolder } from "./pan-sideways";

describe("panSideways", () => {
  it("sets vis's pan recognizer to horizontal swipes only", () => {
    const set = vi.fn();
    panSideways({ hammer: { get: (name: string) => (name === "pan" ? { set } : null) } });
    expect(set).toHaveBeenCalledWith({ direction: HAMMER_DIRECTION_HORIZONTAL });
  });

  it("leaves a timeline without Hammer alone", () => {
    expect(() => panSideways({})).not.toThrow();
  });

  it("reaches the recognizer of a real timeline, which then lets a vertical swipe scroll the page", () => {
    const timeline = new Timeline(document.body.appendChild(document.createElement("div")), new DataSet() as never, {});
    const pan = (timeline as unknown as Required<HammerHolder>).hammer.get("pan") as unknown as {
      options: { direction: number };
      getTouchAction(): string[];
    };
    expect(pan.options.direction).not.toBe(HAMMER_DIRECTION_HORIZONTAL);
    panSideways(timeline);
    expect(pan.options.direction).toBe(HAMMER_DIRECTION_HORIZONTAL);
    expect(pan.getTouchAction()).toEqual(["pan-y"]);
    timeline.destroy();
  });
});
