// @vitest-environment jsdom
import { fireEvent, render, screen } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import type { FilterChip } from "../../domain/active-filters";
import { ActiveFilters } from "./active-filters";

const chip = (key: string, label: string): FilterChip => ({ key, label, remove: { q: "" } });
const three = [chip("a", "Tracks: Military"), chip("b", "Actor: Qatar"), chip("c", "Search: talks")];

function chips(shown: FilterChip[]) {
  const props = { onRemove: vi.fn(), onClearAll: vi.fn(), focusAfter: vi.fn() };
  const view = render(<ActiveFilters chips={shown} {...props} />);
  const show = (next: FilterChip[]) => view.rerender(<ActiveFilters chips={next} {...props} />);
  return { ...props, show };
}
const focused = () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent;

describe("the active filters' chips", () => {
  it("a removed chip hands the focus to the one that takes its place, or the one before it", () => {
    const { onRemove, show, focusAfter } = chips(three);
    const middle = screen.getByRole("button", { name: "Remove filter Actor: Qatar" });
    middle.focus();
    fireEvent.click(middle);
    expect(onRemove).toHaveBeenCalledWith({ q: "" });
    show([three[0]!, three[2]!]);
    expect(focused()).toBe("Remove filter Search: talks");

    const last = screen.getByRole("button", { name: "Remove filter Search: talks" });
    fireEvent.click(last);
    show([three[0]!]);
    // The button now in its place: Clear all, after the chips.
    expect(focused()).toBe("Clear all");
    expect(focusAfter).not.toHaveBeenCalled();
  });

  it("the last chip removed, or Clear all, sends the focus where the page says", () => {
    const first = chips([three[0]!]);
    fireEvent.click(screen.getByRole("button", { name: "Remove filter Tracks: Military" }));
    first.show([]);
    expect(first.focusAfter).toHaveBeenCalledTimes(1);
    first.show(three);

    const second = chips(three);
    fireEvent.click(screen.getAllByRole("button", { name: "Clear all" }).at(-1)!);
    expect(second.onClearAll).toHaveBeenCalledTimes(1);
    expect(second.focusAfter).toHaveBeenCalledTimes(1);
  });

  it("changes that come from elsewhere (Back, a filter ticked) leave the focus alone", () => {
    const { show, focusAfter } = chips(three);
    const outside = document.body.appendChild(document.createElement("button"));
    outside.focus();
    show([three[0]!]);
    show([]);
    expect(document.activeElement).toBe(outside);
    expect(focusAfter).not.toHaveBeenCalled();
    outside.remove();
  });
});
