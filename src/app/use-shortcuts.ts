import { useEffect, useEffectEvent, type RefObject } from "react";
import type { TimelineHandle } from "../features/timeline/timeline-canvas";
import type { Selection } from "./use-selection";

interface Shortcuts {
  selected: string | null;
  selection: Pick<Selection, "select" | "step">;
  timeline: RefObject<TimelineHandle | null>;
  /** In lesson mode: to the previous or next step. */
  lessonStep: ((direction: 1 | -1) => void) | null;
}

/**
 * The explorer's keyboard shortcuts: n and p step through events (focus follows, so a screen reader
 * reads the event it hears announced), Escape clears the selection, + - 0 zoom and fit the timeline,
 * and in a lesson [ and ] go to the previous and next step.
 * On its own page they work as soon as it loads, wherever focus is; in a frame only while focus is
 * inside the explorer, never on the host page. Never while the reader types or works in a dialog. Every
 * one is a shortcut for a control reachable by Tab.
 */
export function useShortcuts(
  shortcuts: Shortcuts,
  { root, embedded }: { root: RefObject<HTMLElement | null>; embedded: boolean },
) {
  // The listener is added once; each key reads the latest selection.
  const onKey = useEffectEvent((event: KeyboardEvent) => handleShortcut(event, shortcuts));
  useEffect(() => {
    const scope: Document | HTMLElement | null = embedded ? root.current : document;
    if (!scope) return;
    const onKeyDown = (event: Event) => onKey(event as KeyboardEvent);
    scope.addEventListener("keydown", onKeyDown);
    return () => scope.removeEventListener("keydown", onKeyDown);
  }, [root, embedded]);
}

function handleShortcut(event: KeyboardEvent, { selected, selection, timeline, lessonStep }: Shortcuts) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target && (isTyping(target) || target.closest("dialog"))) return;
  // An open menu's Escape closes the menu, nothing more (in a frame this listener hears it first).
  if (event.key === "Escape" && target?.closest("[data-escape-closes]")) return;
  const handle = timeline.current;
  switch (event.key) {
    case "Escape":
      if (!selected) return;
      selection.select(null, "keyboard");
      break;
    case "n":
      selection.step(1, "keyboard");
      break;
    case "p":
      selection.step(-1, "keyboard");
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
    case "[":
    case "]":
      if (!lessonStep) return;
      lessonStep(event.key === "]" ? 1 : -1);
      break;
    default:
      return;
  }
  event.preventDefault();
}

/** A field that takes typed text: there, every key is the reader's, never a shortcut. */
export function isTyping(target: HTMLElement): boolean {
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "button", "submit", "reset", "file"].includes(target.type)
  );
}
