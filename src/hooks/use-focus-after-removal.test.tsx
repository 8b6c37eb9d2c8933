// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useFocusAfterRemoval } from "./use-focus-after-removal";

function List({ names, fallback }: { names: string[]; fallback(): void }) {
  const { list, removing } = useFocusAfterRemoval<HTMLUListElement>(names, "button", fallback);
  return (
    <ul ref={list}>
      {names.map((name, index) => (
        <li key={name}>
          <button type="button" onClick={() => removing(index)}>
            {name}
          </button>
        </li>
      ))}
    </ul>
  );
}

describe("useFocusAfterRemoval", () => {
  it("hands the focus to the control now in the removed one's place, the one before, or the fallback", () => {
    const fallback = vi.fn();
    const { rerender } = render(<List names={["a", "b", "c"]} fallback={fallback} />);
    fireEvent.click(screen.getByRole("button", { name: "b" }));
    rerender(<List names={["a", "c"]} fallback={fallback} />);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "c" }));

    fireEvent.click(screen.getByRole("button", { name: "c" }));
    rerender(<List names={["a"]} fallback={fallback} />);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "a" }));

    fireEvent.click(screen.getByRole("button", { name: "a" }));
    rerender(<List names={[]} fallback={fallback} />);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it("leaves the focus alone when the list changes with nothing removed here", () => {
    const fallback = vi.fn();
    const outside = document.body.appendChild(document.createElement("button"));
    outside.focus();
    const { rerender } = render(<List names={["a", "b"]} fallback={fallback} />);
    rerender(<List names={["a"]} fallback={fallback} />);
    rerender(<List names={[]} fallback={fallback} />);
    expect(document.activeElement).toBe(outside);
    expect(fallback).not.toHaveBeenCalled();
    outside.remove();
  });
});
