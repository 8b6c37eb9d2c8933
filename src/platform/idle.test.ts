import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./idle";

describe("whenIdle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("runs the task in an idle callback, with the timeout given", () => {
    const callbacks: IdleRequestCallback[] = [];
    const request = vi.fn((callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal("requestIdleCallback", request);
    vi.stubGlobal("cancelIdleCallback", vi.fn());
    const task = vi.fn();
    whenIdle(task, 3000);
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 3000 });
    callbacks[0]!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("cancels the idle callback", () => {
    const cancel = vi.fn();
    vi.stubGlobal("requestIdleCallback", () => 7);
    vi.stubGlobal("cancelIdleCallback", cancel);
    whenIdle(vi.fn(), 3000)();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it("stands in with a short timer where there are no idle callbacks", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const task = vi.fn();
    whenIdle(task, 10_000);
    vi.advanceTimersByTime(499);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    whenIdle(cancelled, 10_000)();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
