// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { HOSTILE_TEXT, testEvent } from "../../domain/test-dataset";
import { EventCard, type CardContext } from "./event-card";

const context: CardContext = {
  locale: "en",
  trackLabel: () => HOSTILE_TEXT,
  trackColour: () => 0,
  actorLabel: () => HOSTILE_TEXT,
  related: () => [
    {
      event: testEvent({ id: "other", title: HOSTILE_TEXT }),
      relation: "led-to",
      inverse: false,
      phrase: "Led to",
    },
  ],
  isShown: () => true,
};

function renderCard() {
  const event = testEvent({
    id: "hostile",
    title: HOSTILE_TEXT,
    summary: HOSTILE_TEXT,
    details: `${HOSTILE_TEXT}\n\nSecond paragraph`,
    notes: HOSTILE_TEXT,
    actors: ["a"],
    sources: [
      { title: HOSTILE_TEXT, publisher: HOSTILE_TEXT, url: "javascript:window.__pwned=3" },
      { title: "Web", publisher: "P", url: "https://example.org/x" },
      { title: "Data", publisher: "P", url: "data:text/html,<script>x</script>" },
    ],
  });
  return render(
    <EventCard
      event={event}
      context={context}
      selected
      highlighted={false}
      outsideFilters={false}
      onToggle={vi.fn()}
      onSelectRelated={vi.fn()}
      onHover={vi.fn()}
    />,
  );
}

describe("EventCard", () => {
  it("shows every field of the data as text, never as markup", () => {
    const { container } = renderCard();
    expect(container.querySelectorAll("img, script, style, iframe")).toHaveLength(0);
    expect(container.querySelectorAll("[onerror], [onload]")).toHaveLength(0);
    const heading = container.querySelector("h3")!;
    expect(heading.textContent).toBe(HOSTILE_TEXT);
    // Title, summary, details, notes, track, actor, source title and publisher, related title.
    const occurrences = container.textContent!.split(HOSTILE_TEXT).length - 1;
    expect(occurrences).toBe(9);
  });

  it("links only web addresses, in a new tab without an opener", () => {
    const { container } = renderCard();
    const links = [...container.querySelectorAll("a")];
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["https://example.org/x"]);
    expect(links[0]!.getAttribute("target")).toBe("_blank");
    expect(links[0]!.getAttribute("rel")).toContain("noopener");
    expect(container.textContent).toContain("javascript:window.__pwned=3");
  });
});
