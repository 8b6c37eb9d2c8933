import type { KeyboardEvent, RefObject } from "react";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import type { Selection } from "./use-selection";

/**
 * The explorer's keyboard shortcuts: n and p step through events, Escape clears the selection, + - 0 zoom
 * and fit the timeline. They listen on the explorer, never on the host page's window, and never while the
 * reader types or works in a dialog. Every one is a shortcut for a control reachable by Tab.
 */
export function useShortcuts({
  selected,
  selection,
  timeline,
}: {
  selected: string | null;
  selection: Pick<Selection, "select" | "step">;
  timeline: RefObject<TimelineHandle | null>;
}) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (isTyping(target) || target.closest("dialog")) return;
    const handle = timeline.current;
    switch (event.key) {
      case "Escape":
        if (!selected) return;
        selection.select(null, "keyboard");
        break;
      case "n":
        selection.step(1, handle?.center());
        break;
      case "p":
        selection.step(-1, handle?.center());
        break;
      case "+":
      case "=":
        handle?.zoom(1);
        break;
      case "-":
        handle?.zoom(-1);
        break;
      case "0":
        handle?.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}

/** A field that takes typed text: there, every key is the reader's, never a shortcut. */
export function isTyping(target: HTMLElement): boolean {
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "button", "submit", "reset", "file"].includes(target.type)
  );
}
