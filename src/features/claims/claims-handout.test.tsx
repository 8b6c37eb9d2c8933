// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Claim } from "../../domain/schema";
import { HOSTILE_TEXT } from "../../domain/test-dataset";
import { render, screen, within } from "../../test-render";
import { ClaimsHandout } from "./claims-handout";

const claims: Claim[] = [
  {
    id: "later",
    paragraph: 4,
    text: "an agreement reached by former President Trump",
    verdict: "wrong",
    explanation: "He was the sitting president when it was signed.",
    events: ["doha", "missing"],
  },
  { id: "first", paragraph: 1, text: HOSTILE_TEXT, verdict: "opinion", explanation: HOSTILE_TEXT, events: [] },
];
const events: Record<string, { title: string; date: string }> = {
  doha: { title: "Doha agreement", date: "Feb 29, 2020" },
};

function handout(link: string | null = "https://school.example/?view=claims") {
  render(
    <ClaimsHandout
      title="U.S.–Taliban relations"
      claims={claims}
      source={{ title: "Taliban Pursues Recognition", publisher: "Example News" }}
      eventOf={(id) => events[id] ?? null}
      link={link}
    />,
  );
  return screen.getByRole("article", { name: "Printed claims", hidden: true });
}

describe("the printed claims", () => {
  it("groups every claim by paragraph in the article's order, each with its verdict in words and its events", () => {
    const article = handout();
    const headings = within(article)
      .getAllByRole("heading", { level: 2, hidden: true })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(["Paragraph 1", "Paragraph 4"]);
    const items = within(article).getAllByRole("listitem", { hidden: true });
    expect(items[1]!.textContent).toContain("Verdict: Wrong");
    expect(items[1]!.textContent).toContain("He was the sitting president");
    // An event the dataset lacks is left out rather than named by its id.
    expect(items[1]!.textContent).toContain("What the record shows: Doha agreement (Feb 29, 2020)");
    expect(items[1]!.textContent).not.toContain("missing");
    expect(article.textContent).toContain("2 claims of the article");
    expect(article.textContent).toContain("https://school.example/?view=claims");
  });

  it("prints data as text, and says when no link opens the view", () => {
    const article = handout(null);
    expect(article.querySelector("img, script")).toBeNull();
    expect(article.textContent).toContain("<img src=x");
    expect(article.textContent).toContain("Opened from a file: no link opens this view.");
  });
});
