// @vitest-environment jsdom
import { act, fireEvent, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useFileDrop } from "./open-dataset";

/** A drag event carrying `files`, as the browser sends when a file is dragged over the page. */
function drag(type: string, files: File[]) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files } });
  return event;
}

describe("useFileDrop", () => {
  it("opens a dropped file with the latest handler, and says while a file is dragged over", () => {
    const file = new File(["{}"], "lesson.json");
    const first = vi.fn();
    const latest = vi.fn();
    const { result, rerender } = renderHook(({ onFile }) => useFileDrop(onFile, true), {
      initialProps: { onFile: first },
    });
    act(() => void document.dispatchEvent(drag("dragenter", [file])));
    expect(result.current).toBe(true);
    rerender({ onFile: latest });
    act(() => void document.dispatchEvent(drag("drop", [file])));
    expect(result.current).toBe(false);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(file);
  });

  it("takes no drop while disabled", () => {
    const onFile = vi.fn();
    renderHook(() => useFileDrop(onFile, false));
    const drop = drag("drop", [new File(["{}"], "lesson.json")]);
    fireEvent(document, drop);
    expect(onFile).not.toHaveBeenCalled();
    expect(drop.defaultPrevented).toBe(false);
  });
});
