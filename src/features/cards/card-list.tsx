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
  onToggle(id: string): void;
  onSelectRelated(id: string): void;
  onHover(id: string | null): void;
}

export function CardList(props: CardListProps) {
  const { events, context, selectedId, hoveredId, outsideFiltersId, reveal, reducedMotion } = props;
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!reveal) return;
    const card = listRef.current?.querySelector<HTMLElement>(`article[data-event-id="${CSS.escape(reveal.id)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
    if (reveal.focus) card.querySelector<HTMLElement>("[data-card-button]")?.focus({ preventScroll: true });
  }, [reveal, reducedMotion]);

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
    button?.closest("article")?.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
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
