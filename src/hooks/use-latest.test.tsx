// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { useEffect } from "react";
import { describe, expect, it } from "vitest";
import { useLatest } from "./use-latest";

describe("useLatest", () => {
  it("keeps one ref whose value is the latest given", () => {
    const { result, rerender } = renderHook(({ value }) => useLatest(value), { initialProps: { value: "first" } });
    const ref = result.current;
    expect(ref.current).toBe("first");
    rerender({ value: "second" });
    expect(result.current).toBe(ref);
    expect(ref.current).toBe("second");
  });

  it("holds the new value by the time the render's effects run", () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ value }) => {
        const latest = useLatest(value);
        useEffect(() => {
          seen.push(latest.current);
        });
      },
      { initialProps: { value: "first" } },
    );
    rerender({ value: "second" });
    expect(seen).toEqual(["first", "second"]);
  });
});
