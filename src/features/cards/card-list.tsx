import { t } from "@lingui/core/macro";
import { Suspense, startTransition, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from "react";
import { preloadable } from "../../hooks/preloadable";
import { whenIdle } from "../../platform/idle";
import type { TimelineEvent } from "../../domain/schema";
import { EventCard, type CardContext } from "./event-card";
import type { RowScroller } from "./virtual-rows";

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
  /** The events in the lesson being built, and the card's button that adds or removes one (none in a frame). */
  lessonSteps?: ReadonlySet<string>;
  onLessonToggle?(id: string): void;
  /** Opens one of the article's claims in "Check the article", from the card of an event it is about. */
  onOpenClaim?(id: string): void;
  /**
   * Render every card now, if only the first were (FIRST_CARDS): the timeline has drawn, so the cards below
   * the screen no longer delay it, and the page is complete when it says it is ready (data-ready).
   */
  complete?: boolean;
}

/**
 * Up to this many cards render in full (the browser's find-in-page sees them all, from the timeline's
 * first draw or the page's first idle moment: see FIRST_CARDS); past it, only the cards near the screen
 * render, so thousands of events stay quick.
 */
export const VIRTUAL_THRESHOLD = 150;
const ESTIMATED_CARD_HEIGHT = 190;

/**
 * A list in full renders at first only the cards a tall screen can hold (and the one a link opens), so
 * the page's first render, and the timeline's first draw after it, do not wait for the cards below the
 * screen. The rest follow with the timeline's first draw (`complete`), or when the page is first idle, at
 * the latest REST_TIMEOUT ms later (a timeline that cannot draw); meanwhile the list keeps their room, so
 * nothing below jumps.
 */
export const FIRST_CARDS = 8;
const REST_TIMEOUT = 1000;
/** The room a card not rendered yet keeps (its contain-intrinsic-size before it is first laid out). */
const CARD_ROOM_REM = 12;

/**
 * How many of `count` cards to render: first `FIRST_CARDS` (or up to `needed`, a card the reader must
 * see), then all of them: while `complete` (which the explorer never turns back off), and for good once the
 * page is idle or `showAll` is called.
 */
export function useFirstCards(
  count: number,
  { needed, complete }: { needed: number; complete: boolean },
): { shown: number; showAll(): void } {
  const [expanded, setExpanded] = useState(false);
  const all = expanded || complete;
  useEffect(() => {
    if (all) return;
    return whenIdle(() => startTransition(() => setExpanded(true)), REST_TIMEOUT);
  }, [all]);
  return { shown: all ? count : Math.min(count, Math.max(FIRST_CARDS, needed)), showAll: () => setExpanded(true) };
}

const virtualRows = preloadable(() => import("./virtual-rows").then((module) => module.default));
/** Starts loading the long-list code (when a long dataset is on its way). */
export const preloadVirtualRows = () => void virtualRows.preload().catch(() => {});

export function CardList(props: CardListProps) {
  const { events, context, selectedId, hoveredId, outsideFiltersId, reveal, reducedMotion, embedded } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const scroller = useRef<RowScroller | null>(null);
  const virtual = events.length > VIRTUAL_THRESHOLD;
  const indexOf = (id: string | null) => (id === null ? -1 : events.findIndex((event) => event.id === id));
  const first = useFirstCards(events.length, {
    needed: Math.max(indexOf(selectedId), indexOf(outsideFiltersId)) + 1,
    complete: props.complete ?? false,
  });

  const cardOf = (id: string) =>
    listRef.current?.querySelector<HTMLElement>(`article[data-event-id="${CSS.escape(id)}"]`) ?? null;
  const show = (card: HTMLElement, focus: boolean) => {
    bringIntoView(card, { reducedMotion, embedded });
    if (focus) card.querySelector<HTMLElement>("[data-card-button]")?.focus({ preventScroll: true });
  };
  // A card that is not rendered yet (far away in a long list): scroll there, then wait a few frames
  // for it to render.
  const reach = (id: string, focus: boolean) => {
    const card = cardOf(id);
    if (card) return show(card, focus);
    const index = indexOf(id);
    if (index < 0) return;
    scroller.current?.scrollToIndex(index);
    first.showAll();
    let frames = 0;
    const wait = () => {
      const rendered = cardOf(id);
      if (rendered) show(rendered, focus);
      else if (frames++ < 30) requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  };

  // Only a new request moves the page; re-renders must not scroll it back.
  const revealRequested = useEffectEvent((request: NonNullable<typeof reveal>) => reach(request.id, request.focus));
  useEffect(() => {
    if (reveal) revealRequested(reveal);
  }, [reveal]);

  // Arrow keys move between cards when a card's title or its details control has focus; Home and End jump to the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches("[data-card-button], [data-card-toggle]") || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const position = Number(target.closest("li")?.dataset.index);
    const next = { ArrowDown: position + 1, ArrowUp: position - 1, Home: 0, End: events.length - 1 }[event.key];
    if (next === undefined || !Number.isInteger(position)) return;
    event.preventDefault();
    reach(events[Math.max(0, Math.min(events.length - 1, next))]!.id, true);
  };

  const card = (index: number) => {
    const event = events[index]!;
    return (
      <EventCard
        event={event}
        context={context}
        selected={event.id === selectedId}
        highlighted={event.id === hoveredId}
        outsideFilters={event.id === outsideFiltersId}
        onToggle={props.onToggle}
        onSelectRelated={props.onSelectRelated}
        onHover={props.onHover}
        inLesson={props.lessonSteps?.has(event.id) ?? false}
        onLessonToggle={props.onLessonToggle}
        onOpenClaim={props.onOpenClaim}
      />
    );
  };

  if (virtual) {
    return (
      <Suspense fallback={<p className="text-sm text-[var(--muted)]">{t`Loading the list…`}</p>}>
        <virtualRows.Component
          count={events.length}
          keyOf={(index) => events[index]!.id}
          estimate={ESTIMATED_CARD_HEIGHT}
          listRef={listRef}
          scroller={scroller}
          onKeyDown={onKeyDown}
          row={card}
        />
      </Suspense>
    );
  }
  return (
    // Cards out of view are not laid out or painted until they scroll near (content-visibility), so
    // the first layout, and every one vis forces while it builds the timeline, covers only the screen.
    // That also clips each item's painting to its box: the padding leaves room for the selected card's
    // ring and shadow.
    // The list's own key handling (arrow keys between card buttons) is a convenience on top of Tab.
    <ol
      ref={listRef}
      onKeyDown={onKeyDown}
      style={
        first.shown < events.length
          ? { paddingBlockEnd: `${(events.length - first.shown) * CARD_ROOM_REM}rem` }
          : undefined
      }
    >
      {events.slice(0, first.shown).map((event, index) => (
        <li
          key={event.id}
          data-index={index}
          aria-setsize={events.length}
          aria-posinset={index + 1}
          className="-mx-2 px-2 pt-1 pb-2 [contain-intrinsic-size:auto_12rem] [content-visibility:auto]"
        >
          {card(index)}
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
  const far = Math.abs(element.getBoundingClientRect().top) > 2 * window.innerHeight;
  // A long way is jumped, not glided: a smooth scroll over dozens of cards only delays the answer.
  const behavior = reducedMotion || far ? "auto" : "smooth";
  if (!embedded) {
    element.scrollIntoView({ block: placeOf(element), behavior });
    // Cards between here and there are laid out only as they come near (content-visibility), so a
    // long scroll can end short of the card, and cards growing above it as they are laid out push it
    // away again: once the scroll has ended, check for a few frames and finish it.
    afterScroll(() => settle(element, 8));
    return;
  }
  // In a frame the events scroll in a box of their own (or, in a frame too short for that, the page).
  const container = element.closest<HTMLElement>("[data-scroll-container]");
  const scroller = container && container.scrollHeight > container.clientHeight ? container : null;
  const box = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight, height: window.innerHeight };
  const rect = element.getBoundingClientRect();
  if (rect.top >= box.top && rect.bottom <= box.bottom) return;
  const top = rect.top < box.top || rect.height > box.height ? rect.top - box.top - 8 : rect.bottom - box.bottom + 8;
  (scroller ?? window).scrollBy({ top, behavior });
}

/** How much of the top of the window the pinned timeline covers (the page's scroll-padding). */
const coveredTop = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;

/**
 * Where the card goes: its top just below the pinned timeline when it starts above the visible part or
 * is taller than it ("nearest" would align a tall card's bottom and show its sources, its title out of
 * sight); otherwise the least scrolling that shows it whole.
 */
function placeOf(element: Element): ScrollLogicalPosition {
  const { top, height } = element.getBoundingClientRect();
  const covered = coveredTop();
  return top < covered || height > window.innerHeight - covered ? "start" : "nearest";
}

/** Scrolls the element into view again while it is out of place, for at most this many frames. */
function settle(element: Element, frames: number) {
  const { top, bottom } = element.getBoundingClientRect();
  const covered = coveredTop();
  const outOfPlace = top < covered - 1 || (bottom > window.innerHeight + 1 && top > covered + 1);
  if (outOfPlace) element.scrollIntoView({ block: placeOf(element), behavior: "auto" });
  if (frames > 0) requestAnimationFrame(() => settle(element, frames - 1));
}

/** Runs once the page has stopped scrolling (scrollend, or a moment later where it is not supported). */
function afterScroll(then: () => void) {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    window.removeEventListener("scrollend", finish);
    window.clearTimeout(timer);
    then();
  };
  window.addEventListener("scrollend", finish);
  const timer = window.setTimeout(finish, 1200);
}
