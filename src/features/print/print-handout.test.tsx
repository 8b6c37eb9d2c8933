// @vitest-environment jsdom
import { render, screen } from "../../test-render";
import { describe, expect, it } from "vitest";
import { HOSTILE_TEXT, testDataset, testEvent } from "../../domain/test-dataset";
import { PrintHandout } from "./print-handout";

describe("PrintHandout", () => {
  it("prints the title, the filters, the link and each event with its sources, as text", () => {
    const dataset = testDataset({
      title: HOSTILE_TEXT,
      events: [
        testEvent({
          id: "a",
          title: HOSTILE_TEXT,
          sources: [{ title: HOSTILE_TEXT, publisher: "P", url: "javascript:alert(1)" }],
        }),
        testEvent({ id: "b", start: "2021-09-01" }),
      ],
    });
    const { container } = render(
      <PrintHandout
        dataset={dataset}
        events={dataset.events}
        filters="No filters: every event."
        link="https://x.example/?q=1"
      />,
    );
    expect(container.querySelectorAll("img, script, [onerror]")).toHaveLength(0);
    // Only web addresses become links; "javascript:" stays text.
    expect([...container.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual([
      "https://example.org/a",
    ]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(HOSTILE_TEXT);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      HOSTILE_TEXT,
      "Event b",
    ]);
    expect(container.textContent).toContain("2 of 2 events. No filters: every event.");
    expect(container.textContent).toContain("https://x.example/?q=1");
    // The link reads left to right in a Dari or Pashto handout too.
    expect(container.querySelector('bdi[dir="ltr"]')?.textContent).toBe("https://x.example/?q=1");
    expect(container.textContent).toContain(`Source: ${HOSTILE_TEXT}. P. javascript:alert(1)`);
  });

  it("prints the article's words beside the notes, how each side saw it, and each source's kind", () => {
    const dataset = testDataset({
      events: [
        testEvent({
          id: "a",
          provenance: "article",
          articleParagraphs: [5],
          articleQuotes: [{ paragraph: 5, text: "securing the release of American prisoner George Glezmann" }],
          notes: "The Taliban held him.\n\nNo prisoner was exchanged.",
          sources: [{ title: "Statement", publisher: "U.S. Department of State", date: "2025-03-20", kind: "primary" }],
          perspectives: [
            {
              actor: "taliban",
              words: "a goodwill gesture",
              source: { title: "Report", publisher: "Associated Press", via: "WTVA", url: "https://x.test/r" },
            },
          ],
        }),
      ],
    });
    const { container } = render(
      <PrintHandout dataset={dataset} events={dataset.events} filters="" link="https://x.example/" />,
    );
    const text = container.textContent!;
    expect(text).toContain(
      "The article says: “securing the release of American prisoner George Glezmann” (paragraph 5)",
    );
    expect(text).toContain("Notes on the record:The Taliban held him.No prisoner was exchanged.");
    expect(text).toContain(
      "How each side saw it:Taliban: “a goodwill gesture” (Report. Associated Press, via WTVA. x.test)",
    );
    // Short on paper, whole in a PDF: the site's name links to the full address.
    expect(screen.getByRole("link", { name: "x.test" }).getAttribute("href")).toBe("https://x.test/r");
    expect(text).toContain("Source: Statement. U.S. Department of State, Mar 20, 2025. Primary source.");
  });

  it("leads with the events: the timeline's description and source article come after them", () => {
    const dataset = testDataset({
      description: "What this timeline is about.",
      source: { title: "The article", publisher: "A paper" },
    });
    const { container } = render(
      <PrintHandout dataset={dataset} events={dataset.events} filters="" link="https://x.example/" />,
    );
    const text = container.textContent!;
    expect(text.indexOf("Event second")).toBeLessThan(text.indexOf("What this timeline is about."));
    expect(text).toMatch(/About this timeline: What this timeline is about\.Source article: “The article”, A paper$/);
    // Every part is a block printing keeps whole, to count pages by; an event's date, title and summary are one.
    const first = container.querySelector("li [data-print-block]")!;
    expect(first.textContent).toBe("Feb 29, 2020 · Diplomacy · Not in the articleFirstSummary of first.");
    expect(first.className).toContain("break-inside-avoid");
    expect(container.querySelector("li")!.className).not.toContain("break-inside-avoid");
  });

  it("prints a short version: each event's date, title and summary", () => {
    const dataset = testDataset({
      events: [testEvent({ id: "a", notes: "A note.", articleQuotes: [{ paragraph: 1, text: "words" }] })],
    });
    const { container } = render(
      <PrintHandout dataset={dataset} events={dataset.events} filters="" link="https://x.example/" brief />,
    );
    expect(container.textContent).toContain("Event aSummary of a.");
    expect(container.textContent).not.toMatch(/Source:|Notes on the record|A note\.|words/);
  });

  it("says there is no link when no link opens the timeline (a file from the computer)", () => {
    const dataset = testDataset();
    const { container } = render(<PrintHandout dataset={dataset} events={dataset.events} filters="" link={null} />);
    expect(container.textContent).toContain("Opened from a file on the teacher's computer: no link opens it.");
    expect(container.textContent).not.toContain("Online:");
  });

  it("marks what is not in the page's language, so a screen reader reading the PDF switches voice", () => {
    const dataset = testDataset({
      events: [
        testEvent({
          id: "a",
          title: "عنوان",
          notes: "A note.",
          articleQuotes: [{ paragraph: 1, text: "words" }],
          perspectives: [{ actor: "taliban", paraphrase: "They said so.", source: { title: "R", publisher: "P" } }],
        }),
      ],
    });
    const { container } = render(
      <PrintHandout
        dataset={dataset}
        events={dataset.events}
        filters=""
        link={null}
        original="en"
        textLang={(_id, field) => (field === "title" ? undefined : "en")}
      />,
    );
    expect(screen.getByRole("heading", { level: 2 }).hasAttribute("lang")).toBe(false);
    expect(screen.getByText("Summary of a.").getAttribute("lang")).toBe("en");
    expect(screen.getByText("A note.").getAttribute("lang")).toBe("en");
    expect(
      screen
        .getByText(/They said so/)
        .closest("[lang]")
        ?.getAttribute("lang"),
    ).toBe("en");
    expect(screen.getByText("words").closest("[lang]")?.getAttribute("lang")).toBe("en");
    expect(container.querySelector("[lang]:not([lang='en'])")).toBeNull();
  });
});
