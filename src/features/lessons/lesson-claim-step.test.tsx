// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { answersKey } from "../../domain/lesson-answers";
import type { Claim, Lesson } from "../../domain/schema";
import { HOSTILE_TEXT, testEvent } from "../../domain/test-dataset";
import { fireEvent, render, screen } from "../../test-render";
import { LessonPanel, type LessonPanelProps } from "./lesson-panel";

const claims: Claim[] = [
  {
    id: "former-president",
    paragraph: 4,
    text: "an agreement reached by former President Trump",
    verdict: "wrong",
    explanation: "He was the sitting president when it was signed.",
    events: ["doha"],
  },
  { id: "hostile", paragraph: 5, text: HOSTILE_TEXT, verdict: "opinion", explanation: HOSTILE_TEXT, events: ["kabul"] },
];
const lesson: Lesson = {
  id: "check",
  title: "Check the article",
  steps: [
    { event: "doha", prompt: "Is it accurate?", claim: "former-president" },
    { event: "kabul", prompt: "And this one?", claim: "hostile" },
    { event: "kabul", prompt: "A step with no claim." },
  ],
};
const events = new Map([
  ["doha", testEvent({ id: "doha", title: "Doha agreement" })],
  ["kabul", testEvent({ id: "kabul", title: "Fall of Kabul" })],
]);

function props(step: number): LessonPanelProps {
  return {
    lesson,
    fromLink: false,
    datasetId: "test",
    datasetTitle: "Test",
    locale: "en",
    eventOf: (id) => events.get(id),
    claimOf: (id) => claims.find((claim) => claim.id === id),
    step,
    selectedId: lesson.steps[step]!.event,
    compact: true,
    backBar: false,
    onGo: vi.fn(),
    onShowStep: vi.fn(),
    onLeave: vi.fn(),
    onDownload: vi.fn(),
    onPrint: vi.fn(),
    link: () => null,
  };
}

afterEach(() => localStorage.clear());

describe("a lesson step on one of the article's claims", () => {
  it("quotes the claim and hides its verdict until the student reveals it", () => {
    render(<LessonPanel {...props(0)} />);
    const quote = screen.getByText("an agreement reached by former President Trump");
    expect(quote.closest("q")).not.toBeNull();
    expect(screen.getByText("The article says (paragraph 4):")).toBeTruthy();
    const reveal = screen.getByRole("button", { name: "Reveal the verdict" });
    expect(reveal.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText("Verdict: Wrong")).toBeNull();
    expect(screen.queryByText("He was the sitting president when it was signed.")).toBeNull();

    fireEvent.click(reveal);
    const hide = screen.getByRole("button", { name: "Hide the verdict" });
    expect(hide.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById(hide.getAttribute("aria-controls")!)?.textContent).toContain("Verdict: Wrong");
    expect(screen.getByText("He was the sitting president when it was signed.")).toBeTruthy();
    expect(screen.getByText("The record shows otherwise.")).toBeTruthy();
  });

  it("keeps the answer as any lesson answer, and remembers the reveal while the lesson is open", () => {
    const { rerender } = render(<LessonPanel {...props(0)} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Your answer" }), {
      target: { value: "Wrong: he was president then." },
    });
    expect(JSON.parse(localStorage.getItem(answersKey("test", lesson, false))!)).toEqual({
      0: "Wrong: he was president then.",
    });
    fireEvent.click(screen.getByRole("button", { name: "Reveal the verdict" }));

    // The next claim starts hidden; back on the first, its verdict is still shown, the answer still there.
    rerender(<LessonPanel {...props(1)} />);
    expect(screen.getByRole("button", { name: "Reveal the verdict" })).toBeTruthy();
    rerender(<LessonPanel {...props(0)} />);
    expect(screen.getByRole("button", { name: "Hide the verdict" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("textbox", { name: "Your answer" })).toHaveProperty(
      "value",
      "Wrong: he was president then.",
    );
  });

  it("shows the article's words and the explanation as text, never markup", () => {
    const { container } = render(<LessonPanel {...props(1)} />);
    fireEvent.click(screen.getByRole("button", { name: "Reveal the verdict" }));
    expect(container.querySelectorAll("img, script, style, iframe")).toHaveLength(0);
    expect(container.textContent!.split(HOSTILE_TEXT).length - 1).toBe(2);
  });

  it("leaves a step without a claim as it was: no quotation, nothing to reveal", () => {
    render(<LessonPanel {...props(2)} />);
    expect(screen.queryByRole("button", { name: "Reveal the verdict" })).toBeNull();
    expect(screen.queryByText(/The article says/)).toBeNull();
  });
});
