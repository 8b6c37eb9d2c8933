// @vitest-environment jsdom
import { fireEvent, render, screen } from "../../test-render";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Lesson } from "../../domain/schema";
import { testDataset } from "../../domain/test-dataset";
import { LessonPanel, type LessonPanelProps } from "./lesson-panel";

const dataset = testDataset();
const lesson: Lesson = {
  id: "doha",
  title: "The Doha path",
  steps: [
    { event: "first", prompt: "Who signed?" },
    { event: "second", prompt: "What followed?" },
    { event: "first", prompt: "Look again: what changed?" },
  ],
};

function panel(step: number, overrides: Partial<LessonPanelProps> = {}) {
  const props: LessonPanelProps = {
    lesson,
    fromLink: false,
    datasetId: dataset.id,
    datasetTitle: dataset.title,
    locale: "en",
    eventOf: (id) => dataset.events.find((event) => event.id === id),
    claimOf: () => undefined,
    step,
    selectedId: lesson.steps[step]!.event,
    compact: false,
    backBar: false,
    onGo: vi.fn(),
    onShowStep: vi.fn(),
    onLeave: vi.fn(),
    onDownload: vi.fn(),
    onPrint: vi.fn(),
    link: () => "https://example.org/?lesson=doha",
    ...overrides,
  };
  const view = render(<LessonPanel {...props} />);
  return { props, ...view };
}

// jsdom lays nothing out: what is at a point, and scrolling to an element, are the browser's. Each test
// that cares says what is at the question's place.
const scrolled = vi.fn();
beforeEach(() => {
  scrolled.mockReset();
  document.elementFromPoint = () => null;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled(this.textContent);
  };
});

describe("the lesson panel's controls", () => {
  afterEach(() => localStorage.clear());

  it("a new step whose question went out of sight (above the window, under a bar) is brought into sight", () => {
    const { props, rerender } = panel(0);
    // The lesson opening does not count: landing on the panel is its own rule.
    scrolled.mockReset();
    rerender(<LessonPanel {...props} step={1} selectedId="second" />);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.calls[0]![0]).toMatch(/^Step 2 of 3/);

    // In sight (what is drawn there is the question's own line): the page stays where the student put it.
    document.elementFromPoint = () => [...document.querySelectorAll("p")].find((p) => /^Step 3/.test(p.textContent!))!;
    rerender(<LessonPanel {...props} step={2} selectedId="first" />);
    expect(scrolled).toHaveBeenCalledTimes(1);
    // Re-rendered on the same step (an answer typed): nothing moves.
    rerender(<LessonPanel {...props} step={2} selectedId="second" />);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it("Next step goes to the step after this one, Previous step to the one before", () => {
    const { props } = panel(1);
    fireEvent.click(screen.getByRole("button", { name: "Next step" }));
    expect(props.onGo).toHaveBeenLastCalledWith(2);
    fireEvent.click(screen.getByRole("button", { name: "Previous step" }));
    expect(props.onGo).toHaveBeenLastCalledWith(0);
  });

  it("goes nowhere before the first step or past the last, and says so without dropping the focus", () => {
    const first = panel(0);
    const previous = screen.getByRole("button", { name: "Previous step" });
    expect(previous.getAttribute("aria-disabled")).toBe("true");
    expect(previous).toHaveProperty("disabled", false);
    fireEvent.click(previous);
    expect(first.props.onGo).not.toHaveBeenCalled();
    first.unmount();

    const last = panel(2);
    fireEvent.click(screen.getByRole("button", { name: "Next step" }));
    expect(last.props.onGo).not.toHaveBeenCalled();
  });

  it("announces the new step when it changes, not when the lesson opens", () => {
    const { props, rerender } = panel(0);
    const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
    expect(live()).toBe("");
    rerender(<LessonPanel {...props} step={1} selectedId="second" />);
    expect(live()).toBe("Step 2 of 3: Event second. What followed?");
  });

  it("brings back the step's event after the student read another, and leaves the lesson", () => {
    const { props } = panel(0, { selectedId: "second" });
    fireEvent.click(screen.getByRole("button", { name: "Back to this step's event" }));
    expect(props.onShowStep).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Leave lesson" }));
    expect(props.onLeave).toHaveBeenCalledTimes(1);
  });

  it("keeps the answer typed in this browser, downloads the answers, and clears them once confirmed", () => {
    const typed = panel(0);
    fireEvent.change(screen.getByLabelText("Your answer"), { target: { value: "The U.S. and the Taliban" } });
    typed.unmount();

    const { props } = panel(0);
    const answer = screen.getByLabelText("Your answer") as HTMLTextAreaElement;
    expect(answer.value).toBe("The U.S. and the Taliban");
    fireEvent.click(screen.getByRole("button", { name: "Download my answers" }));
    const [fileName, text] = vi.mocked(props.onDownload).mock.calls[0]!;
    expect(fileName).toBe("doha-answers.txt");
    expect(text).toContain("The U.S. and the Taliban");
    expect(text).toContain("https://example.org/?lesson=doha");

    fireEvent.click(screen.getByRole("button", { name: "Clear my answers" }));
    fireEvent.click(screen.getByRole("button", { name: "Keep them" }));
    expect(answer.value).toBe("The U.S. and the Taliban");
    fireEvent.click(screen.getByRole("button", { name: "Clear my answers" }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, clear them" }));
    expect(answer.value).toBe("");
  });
});
