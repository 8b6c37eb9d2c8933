// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterPaint } from "./after-paint";

describe("afterPaint", () => {
  /** The frame callbacks waiting, by id; a cancelled one is taken out. */
  let frames = new Map<number, FrameRequestCallback>();
  const nextFrame = () => {
    const waiting = [...frames.values()];
    frames.clear();
    for (const callback of waiting) callback(0);
  };
  beforeEach(() => {
    frames = new Map();
    vi.useFakeTimers();
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => {
      frames.set(frames.size + 1, callback);
      return frames.size;
    });
    vi.spyOn(window, "cancelAnimationFrame").mockImplementation((id) => void frames.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs the task in a task of its own after the next frame, once", () => {
    const task = vi.fn();
    afterPaint(task);
    nextFrame();
    expect(task).not.toHaveBeenCalled(); // not in the frame: after it has painted
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs it on a timer where no frame comes (a background tab)", () => {
    const task = vi.fn();
    afterPaint(task, 200);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("never runs a cancelled task", () => {
    const task = vi.fn();
    afterPaint(task)();
    nextFrame();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
