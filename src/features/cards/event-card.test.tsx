// @vitest-environment jsdom
import { render } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import { HOSTILE_TEXT, testEvent } from "../../domain/test-dataset";
import { EventCard, type CardContext } from "./event-card";

const context: CardContext = {
  locale: "en",
  pageLanguage: "en",
  originalLanguage: "en",
  textLanguage: () => "en",
  otherCalendar: () => null,
  trackLabel: () => HOSTILE_TEXT,
  trackColour: () => 0,
  actorLabel: () => HOSTILE_TEXT,
  article: true,
  related: () => [
    {
      event: testEvent({ id: "other", title: HOSTILE_TEXT }),
      relation: "led-to",
      inverse: false,
      phrase: "Led to",
    },
  ],
  isShown: () => true,
  claims: () => [],
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

  it("shows the article's words beside the notes, how each side saw it, and what kind each source is", () => {
    const event = testEvent({
      id: "glezmann",
      provenance: "article",
      articleParagraphs: [5, 10],
      articleQuotes: [{ paragraph: 5, text: "securing the release of American prisoner George Glezmann" }],
      notes: "The Taliban held him: they released him.",
      sources: [
        {
          title: "Taliban free American",
          publisher: "Associated Press",
          via: "WTVA",
          url: "https://x.test/a",
          kind: "report",
        },
        { title: "Rubio statement", publisher: "U.S. Department of State", date: "2025-03-20", kind: "primary" },
      ],
      perspectives: [
        {
          actor: "taliban",
          words: "a goodwill gesture",
          date: "2025-03-20",
          source: { title: "Report", publisher: "Reuters", url: "https://x.test/r" },
        },
        {
          actor: "united-states",
          paraphrase: "Rubio called it a positive step.",
          source: { title: "S", publisher: "P" },
        },
      ],
    });
    const labels: Record<string, string> = { taliban: "Taliban", "united-states": "United States" };
    const { getByRole, getByText, container } = render(
      <EventCard
        event={event}
        context={{ ...context, actorLabel: (id) => labels[id] ?? id }}
        selected
        highlighted={false}
        outsideFilters={false}
        onToggle={vi.fn()}
        onSelectRelated={vi.fn()}
        onHover={vi.fn()}
      />,
    );
    const quotes = getByRole("list", { name: "The article's words" });
    expect(quotes.textContent).toBe(
      "The article says: securing the release of American prisoner George Glezmann (paragraph 5)",
    );
    // The quotation marks come from <q>, so a screen reader and a copy both get them.
    expect(quotes.querySelector("q")?.textContent).toBe("securing the release of American prisoner George Glezmann");
    expect(getByText("The Taliban held him: they released him.")).toBeTruthy();

    const sides = getByRole("heading", { name: "How each side saw it" }).nextElementSibling!;
    const items = [...sides.querySelectorAll("li")].map((item) => item.textContent);
    expect(items[0]).toBe("Taliban · Mar 20, 2025a goodwill gestureSource: Report (opens in a new tab) · Reuters");
    expect(items[1]).toBe("United StatesRubio called it a positive step.Source: S · P");
    expect(sides.querySelector("a")?.getAttribute("href")).toBe("https://x.test/r");

    const sources = [...getByRole("heading", { name: "Sources" }).nextElementSibling!.querySelectorAll("li")];
    expect(sources.map((item) => item.textContent)).toEqual([
      "ReportTaliban free American (opens in a new tab) · Associated Press, via WTVA",
      "Primary sourceRubio statement · U.S. Department of State · Mar 20, 2025",
    ]);
    expect(container.querySelectorAll("img, script")).toHaveLength(0);
  });
});

describe("a card shown in another language than its text", () => {
  it("marks the text's own language, for screen readers (lang) and for the eye (In English)", () => {
    const dari: CardContext = {
      ...context,
      pageLanguage: "fa-AF",
      textLanguage: (_id, field) => (field === "title" ? "fa" : "en"),
      otherCalendar: () => "۲۴ اسد ۱۴۰۰",
    };
    const event = testEvent({ id: "fall", title: "سقوط کابل", summary: "Kabul falls.", start: "2021-08-15" });
    const { container, getByText } = render(
      <EventCard
        event={event}
        context={dari}
        selected={false}
        highlighted={false}
        outsideFilters={false}
        onToggle={vi.fn()}
        onSelectRelated={vi.fn()}
        onHover={vi.fn()}
      />,
    );
    expect(getByText("Kabul falls.").getAttribute("lang")).toBe("en");
    expect(getByText("سقوط کابل").getAttribute("lang")).toBeNull();
    // The mark is the catalogue's (English here; "به انگلیسی" in Dari's), not Intl's, which lacks Pashto in Chromium.
    expect(container.textContent).toContain("In English");
    expect(container.textContent).toContain("۲۴ اسد ۱۴۰۰");
  });
});

describe("an open card's sections in another language than the page", () => {
  it("name the language beside their headings (details, notes, each side), and only those", () => {
    const dari: CardContext = { ...context, pageLanguage: "fa-AF", textLanguage: () => "en" };
    const event = testEvent({
      id: "fall",
      details: "Kabul fell on 15 August.",
      notes: "Reports differ on the hour.",
      perspectives: [
        { actor: "taliban", paraphrase: "They called it a victory.", source: { title: "R", publisher: "P" } },
      ],
    });
    const renderCard = (cardContext: CardContext) =>
      render(
        <EventCard
          event={event}
          context={cardContext}
          selected
          highlighted={false}
          outsideFilters={false}
          onToggle={vi.fn()}
          onSelectRelated={vi.fn()}
          onHover={vi.fn()}
        />,
      );
    const { getByRole, unmount } = renderCard(dari);
    expect(getByRole("heading", { name: /^Details\s*,\s*In English$/ })).toBeTruthy();
    expect(getByRole("heading", { name: /^Notes on the record\s*,\s*In English$/ })).toBeTruthy();
    expect(getByRole("heading", { name: /^How each side saw it\s*,\s*In English$/ })).toBeTruthy();
    expect(getByRole("heading", { name: "Sources" })).toBeTruthy();
    unmount();
    // In the text's own language, no mark.
    const english = renderCard(context);
    expect(english.getByRole("heading", { name: "Details" })).toBeTruthy();
    expect(english.getByRole("heading", { name: "How each side saw it" })).toBeTruthy();
  });
});

describe("the article's claims on a card", () => {
  const claims = [
    {
      id: "former-president",
      paragraph: 3,
      text: "former President Trump",
      verdict: "wrong" as const,
      explanation: "He was president when it was signed.",
      events: ["doha"],
    },
    {
      id: "signed",
      paragraph: 3,
      text: HOSTILE_TEXT,
      verdict: "accurate" as const,
      explanation: "It was signed.",
      events: ["doha"],
    },
  ];
  const renderWithClaims = (onOpenClaim?: (id: string) => void, selected = true) =>
    render(
      <EventCard
        event={testEvent({ id: "doha" })}
        context={{ ...context, claims: (id) => (id === "doha" ? claims : []) }}
        selected={selected}
        highlighted={false}
        outsideFilters={false}
        onToggle={vi.fn()}
        onSelectRelated={vi.fn()}
        onHover={vi.fn()}
        {...(onOpenClaim ? { onOpenClaim } : {})}
      />,
    );

  it("lists each claim about the event with its verdict as a word and its words as a quotation", () => {
    const { getByRole, container } = renderWithClaims(vi.fn());
    const list = getByRole("heading", { name: "What the article claims" }).nextElementSibling!;
    const items = [...list.querySelectorAll("li")];
    expect(items.map((item) => item.dataset.claimId)).toEqual(["former-president", "signed"]);
    expect(items[0]!.textContent).toContain("Verdict: Wrong");
    expect(items[0]!.textContent).toContain("Paragraph 3");
    expect(items[0]!.querySelector("q")?.textContent).toBe("former President Trump");
    expect(items[1]!.textContent).toContain("Verdict: Accurate");
    // The article's words are text, never markup.
    expect(items[1]!.querySelector("q")?.textContent).toBe(HOSTILE_TEXT);
    expect(container.querySelectorAll("img, script")).toHaveLength(0);
  });

  it("opens a claim in Check the article", () => {
    const onOpenClaim = vi.fn();
    const { getAllByRole } = renderWithClaims(onOpenClaim);
    const buttons = getAllByRole("button", { name: "See in Check the article" });
    expect(buttons).toHaveLength(2);
    buttons[1]!.click();
    expect(onOpenClaim).toHaveBeenCalledWith("signed");
  });

  it("shows no way to the view where none is given, and nothing while the card is closed", () => {
    const withoutWay = renderWithClaims();
    expect(withoutWay.getByRole("heading", { name: "What the article claims" })).toBeTruthy();
    expect(withoutWay.queryByRole("button", { name: "See in Check the article" })).toBeNull();
    withoutWay.unmount();
    expect(renderWithClaims(vi.fn(), false).queryByRole("heading", { name: "What the article claims" })).toBeNull();
  });
});
