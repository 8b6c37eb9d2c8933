// @vitest-environment jsdom
import { act, renderHook } from "../test-render";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSettled } from "./use-settled";

describe("useSettled", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("follows the last of a quick run of changes, once it has settled", () => {
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 400), { initialProps: { value: "" } });
    for (const value of ["k", "ka", "kab"]) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(100));
    }
    expect(result.current).toBe("");
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe("kab");
  });

  it("follows at once with no delay", () => {
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 0), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    expect(result.current).toBe(2);
  });
});
