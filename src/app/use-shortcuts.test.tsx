// @vitest-environment jsdom
import { fireEvent, renderHook } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import { useShortcuts } from "./use-shortcuts";

function shortcuts(selected: string | null) {
  return {
    selected,
    selection: { select: vi.fn(), step: vi.fn() },
    timeline: createRef<TimelineHandle>(),
    lessonStep: null,
  };
}

describe("useShortcuts", () => {
  it("acts on the latest selection, with the listener added once", () => {
    const first = shortcuts(null);
    const root = createRef<HTMLElement>();
    const { rerender, unmount } = renderHook((props) => useShortcuts(props, { root, embedded: false }), {
      initialProps: first,
    });
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(first.selection.select).not.toHaveBeenCalled(); // nothing selected: Escape is not ours

    const add = vi.spyOn(document, "addEventListener");
    const next = shortcuts("abbey-gate");
    rerender(next);
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(next.selection.select).toHaveBeenCalledWith(null, "keyboard");
    fireEvent.keyDown(document.body, { key: "n" });
    expect(next.selection.step).toHaveBeenCalledWith(1, "keyboard");
    expect(add.mock.calls.filter(([type]) => type === "keydown")).toHaveLength(0); // the first one still listens
    unmount();
    add.mockRestore();
  });

  it("leaves keys typed into a field alone", () => {
    const keys = shortcuts("abbey-gate");
    renderHook(() => useShortcuts(keys, { root: createRef(), embedded: false }));
    const field = document.body.appendChild(document.createElement("input"));
    fireEvent.keyDown(field, { key: "n" });
    expect(keys.selection.step).not.toHaveBeenCalled();
    field.remove();
  });

  it("leaves an open menu's Escape to the menu, and its other keys to the page", () => {
    const keys = shortcuts("abbey-gate");
    renderHook(() => useShortcuts(keys, { root: createRef(), embedded: false }));
    const menu = document.body.appendChild(document.createElement("div"));
    menu.setAttribute("data-escape-closes", "");
    const tool = menu.appendChild(document.createElement("button"));
    fireEvent.keyDown(tool, { key: "Escape" });
    expect(keys.selection.select).not.toHaveBeenCalled();
    fireEvent.keyDown(tool, { key: "n" });
    expect(keys.selection.step).toHaveBeenCalledWith(1, "keyboard");
    menu.remove();
  });
});
