// @vitest-environment jsdom
import { act, fireEvent, render } from "../../test-render";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testEvent } from "../../domain/test-dataset";
import { CardList, FIRST_CARDS, type CardListProps } from "./card-list";
import type { CardContext } from "./event-card";

const context: CardContext = {
  locale: "en",
  pageLanguage: "en",
  originalLanguage: "en",
  textLanguage: () => "en",
  otherCalendar: () => null,
  trackLabel: () => "Track",
  trackColour: () => 0,
  actorLabel: () => "Actor",
  article: true,
  related: () => [],
  isShown: () => true,
  claims: () => [],
};

const events = Array.from({ length: 30 }, (_, index) =>
  testEvent({ id: `event-${index + 1}`, title: `Event ${index + 1}` }),
);

const list = (props: Partial<CardListProps> = {}) => (
  <CardList
    events={events}
    context={context}
    selectedId={null}
    hoveredId={null}
    outsideFiltersId={null}
    reveal={null}
    reducedMotion
    embedded={false}
    onToggle={vi.fn()}
    onSelectRelated={vi.fn()}
    onHover={vi.fn()}
    {...props}
  />
);

const renderList = (props: Partial<CardListProps> = {}) => render(list(props));

const cards = (container: HTMLElement) => [...container.querySelectorAll("article[data-event-id]")];
const titles = (container: HTMLElement) => cards(container).map((card) => card.getAttribute("data-event-id"));

describe("CardList, a list in full", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom lays nothing out: scrolling is a no-op here (the e2e suite checks where a card lands).
    Element.prototype.scrollIntoView = vi.fn();
    vi.stubGlobal("CSS", { escape: (id: string) => id }); // jsdom has no CSS.escape; the ids here need none
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("renders the cards a screen holds first and the rest once the page is idle, keeping their room meanwhile", () => {
    const { container } = renderList();
    expect(cards(container)).toHaveLength(FIRST_CARDS);
    const list = container.querySelector("ol")!;
    expect(list.style.paddingBlockEnd).toBe(`${(events.length - FIRST_CARDS) * 12}rem`);
    // Every card says where it stands in the whole list, the ones still to come counted.
    expect(container.querySelector("li")!.getAttribute("aria-setsize")).toBe(String(events.length));

    act(() => vi.advanceTimersByTime(1000));
    expect(titles(container)).toEqual(events.map((event) => event.id));
    expect(list.style.paddingBlockEnd).toBe("");
  });

  it("renders the rest with the timeline's first draw, without waiting for the page to be idle", () => {
    const { container, rerender } = renderList();
    expect(cards(container)).toHaveLength(FIRST_CARDS);
    rerender(list({ complete: true }));
    expect(cards(container)).toHaveLength(events.length);
  });

  it("renders a linked card far down the list from the first render", () => {
    const { container } = renderList({ selectedId: "event-20" });
    expect(cards(container)).toHaveLength(20);
    expect(container.querySelector('article[data-event-id="event-20"]')).not.toBeNull();
  });

  it("renders the rest at once when the keyboard asks for a card not rendered yet (End)", () => {
    const { container } = renderList();
    const firstButton = container.querySelector<HTMLElement>("[data-card-button]")!;
    firstButton.focus();
    fireEvent.keyDown(firstButton, { key: "End" });
    expect(cards(container)).toHaveLength(events.length);
    act(() => vi.advanceTimersByTime(100));
    expect(document.activeElement?.closest("article")?.getAttribute("data-event-id")).toBe("event-30");
  });

  it("renders a short list whole", () => {
    const { container } = renderList({ events: events.slice(0, 5) });
    expect(cards(container)).toHaveLength(5);
    expect(container.querySelector("ol")!.style.paddingBlockEnd).toBe("");
  });
});
