import { useEffect, useRef, type KeyboardEvent } from "react";
import type { TimelineEvent } from "../../domain/schema";
import { EventCard, type CardContext } from "./event-card";

export interface RevealRequest {
  id: string;
  /** Move keyboard focus to the card (after following a related link); otherwise only scroll. */
  focus: boolean;
  /** A new object for every request, so asking twice for the same card works. */
  nonce: number;
}

export interface CardListProps {
  events: readonly TimelineEvent[];
  context: CardContext;
  selectedId: string | null;
  hoveredId: string | null;
  outsideFiltersId: string | null;
  reveal: RevealRequest | null;
  reducedMotion: boolean;
  /** In a frame, scroll only the frame's own page: never the host's. */
  embedded: boolean;
  onToggle(id: string): void;
  onSelectRelated(id: string): void;
  onHover(id: string | null): void;
}

export function CardList(props: CardListProps) {
  const { events, context, selectedId, hoveredId, outsideFiltersId, reveal, reducedMotion, embedded } = props;
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!reveal) return;
    const card = listRef.current?.querySelector<HTMLElement>(`article[data-event-id="${CSS.escape(reveal.id)}"]`);
    if (!card) return;
    bringIntoView(card, { reducedMotion, embedded });
    if (reveal.focus) card.querySelector<HTMLElement>("[data-card-button]")?.focus({ preventScroll: true });
  }, [reveal, reducedMotion, embedded]);

  // Arrow keys move between cards when a card has focus; Home and End jump to the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches("[data-card-button]") || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-card-button]") ?? [])];
    const position = buttons.indexOf(target);
    const next = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const button = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    button?.focus({ preventScroll: true });
    const card = button?.closest("article");
    if (card) bringIntoView(card, { reducedMotion, embedded });
  };

  return (
    // The list's own key handling (arrow keys between card buttons) is a convenience on top of Tab.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol ref={listRef} className="space-y-3" onKeyDown={onKeyDown}>
      {events.map((event) => (
        <li key={event.id}>
          <EventCard
            event={event}
            context={context}
            selected={event.id === selectedId}
            highlighted={event.id === hoveredId}
            outsideFilters={event.id === outsideFiltersId}
            onToggle={props.onToggle}
            onSelectRelated={props.onSelectRelated}
            onHover={props.onHover}
          />
        </li>
      ))}
    </ol>
  );
}

/**
 * Scrolls a card into view. scrollIntoView also scrolls every ancestor, a host page's included, so a
 * framed explorer scrolls its own document and nothing else.
 */
function bringIntoView(element: Element, { reducedMotion, embedded }: { reducedMotion: boolean; embedded: boolean }) {
  const behavior = reducedMotion ? "auto" : "smooth";
  if (!embedded) {
    element.scrollIntoView({ block: "nearest", behavior });
    return;
  }
  const rect = element.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  window.scrollBy({
    top: rect.top < 0 || rect.height > window.innerHeight ? rect.top - 8 : rect.bottom - window.innerHeight + 8,
    behavior,
  });
}
