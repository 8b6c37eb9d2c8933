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
  it("opens the dropped files with the latest handler, and says while files are dragged over", () => {
    const file = new File(["{}"], "lesson.json");
    const answers = new File(["{}"], "answers.json");
    const first = vi.fn();
    const latest = vi.fn();
    const { result, rerender } = renderHook(({ onFiles }) => useFileDrop(onFiles, true), {
      initialProps: { onFiles: first },
    });
    act(() => void document.dispatchEvent(drag("dragenter", [file])));
    expect(result.current).toBe(true);
    rerender({ onFiles: latest });
    act(() => void document.dispatchEvent(drag("drop", [file, answers])));
    expect(result.current).toBe(false);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith([file, answers]);
  });

  it("takes no drop while disabled", () => {
    const onFiles = vi.fn();
    renderHook(() => useFileDrop(onFiles, false));
    const drop = drag("drop", [new File(["{}"], "lesson.json")]);
    fireEvent(document, drop);
    expect(onFiles).not.toHaveBeenCalled();
    expect(drop.defaultPrevented).toBe(false);
  });
});
