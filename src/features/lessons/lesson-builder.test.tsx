// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import type { LessonDraft } from "../../domain/lesson-draft";
import { testDataset } from "../../domain/test-dataset";
import { LessonBuilder, type LessonBuilderProps } from "./lesson-builder";

// The link's codec compresses with streams jsdom lacks (it is tested on its own): here a lesson is its JSON.
vi.mock("../../domain/lesson-link", () => ({
  encodeLesson: async (lesson: object) => encodeURIComponent(JSON.stringify(lesson)),
}));

const dataset = testDataset();
const eventOf = (id: string) => dataset.events.find((event) => event.id === id);

const READY: LessonDraft = {
  title: "Two steps",
  description: "",
  steps: [
    { event: "first", prompt: "Who signed?" },
    { event: "second", prompt: "What followed?" },
  ],
};

function builderProps(): Omit<LessonBuilderProps, "draft"> {
  return {
    dataset,
    eventOf,
    onChange: vi.fn(),
    linkFor: async (path) => ({ ok: true, url: `https://example.org/?path=${path}` }),
    noLink: null,
    copy: vi.fn(async () => true),
    onDownload: vi.fn(),
    onPreview: vi.fn(),
    onClose: vi.fn(),
  };
}

function builder(draft: LessonDraft = READY, overrides: Partial<LessonBuilderProps> = {}) {
  const props: LessonBuilderProps = { ...builderProps(), draft, ...overrides };
  render(<LessonBuilder {...props} />);
  const steps = () => within(screen.getByRole("list", { name: "Steps" })).getAllByRole("listitem");
  return { props, steps };
}

describe("the lesson builder's controls", () => {
  it("Move up puts a step before the one above it, says so, and cannot move the first", () => {
    const { props, steps } = builder();
    const [first, second] = steps();
    // Unavailable but focusable (aria-disabled): a click does nothing.
    const top = within(first!).getByRole("button", { name: "Move up" });
    expect(top.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(top);
    expect(props.onChange).not.toHaveBeenCalled();
    fireEvent.click(within(second!).getByRole("button", { name: "Move up" }));
    expect(props.onChange).toHaveBeenCalledWith({ ...READY, steps: [READY.steps[1], READY.steps[0]] });
    expect(screen.getByText("Event second moved to step 1 of 2.")).toBeTruthy();
  });

  it("Move down puts a step after the one below it, and cannot move the last", () => {
    const { props, steps } = builder();
    const [first, second] = steps();
    const bottom = within(second!).getByRole("button", { name: "Move down" });
    expect(bottom.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(bottom);
    expect(props.onChange).not.toHaveBeenCalled();
    fireEvent.click(within(first!).getByRole("button", { name: "Move down" }));
    expect(props.onChange).toHaveBeenCalledWith({ ...READY, steps: [READY.steps[1], READY.steps[0]] });
  });

  it("Remove takes a step out", () => {
    const { props, steps } = builder();
    fireEvent.click(within(steps()[0]!).getByRole("button", { name: "Remove" }));
    expect(props.onChange).toHaveBeenCalledWith({ ...READY, steps: [READY.steps[1]] });
    expect(screen.getByText("First removed from the lesson.")).toBeTruthy();
  });

  it("a removed step hands the focus to the Remove of the step in its place, the last to the heading", () => {
    const props = { ...builderProps(), draft: READY };
    const view = render(<LessonBuilder {...props} />);
    const removeOf = (title: string) =>
      screen.getByRole("button", { name: "Remove", description: title }) as HTMLButtonElement;
    fireEvent.click(removeOf("First"));
    view.rerender(<LessonBuilder {...props} draft={{ ...READY, steps: [READY.steps[1]!] }} />);
    expect(document.activeElement).toBe(removeOf("Event second"));
    fireEvent.click(removeOf("Event second"));
    view.rerender(<LessonBuilder {...props} draft={{ ...READY, steps: [] }} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Lesson builder" }));
  });

  it("the title and each step's prompt change the draft as they are typed", () => {
    const { props } = builder();
    fireEvent.change(screen.getByLabelText("Lesson title"), { target: { value: "Doha" } });
    expect(props.onChange).toHaveBeenLastCalledWith({ ...READY, title: "Doha" });
    fireEvent.change(screen.getByLabelText(/^Prompt for step 2/), { target: { value: "Why?" } });
    expect(props.onChange).toHaveBeenLastCalledWith({
      ...READY,
      steps: [READY.steps[0], { event: "second", prompt: "Why?" }],
    });
  });

  it("lists what is missing instead of sharing an unfinished lesson", () => {
    const { props } = builder({ ...READY, title: "", steps: [{ event: "first", prompt: "" }] });
    fireEvent.click(screen.getByRole("button", { name: "Copy lesson link" }));
    fireEvent.click(screen.getByRole("button", { name: "Download lesson" }));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Give the lesson a title.");
    expect(alert.textContent).toContain("Write a prompt for step 1.");
    expect(props.copy).not.toHaveBeenCalled();
    expect(props.onDownload).not.toHaveBeenCalled();
  });

  it("copies a link that carries the lesson, and shows it to copy by hand", async () => {
    const { props } = builder();
    fireEvent.click(screen.getByRole("button", { name: "Copy lesson link" }));
    const field = (await screen.findByLabelText("Lesson link")) as HTMLInputElement;
    const link = vi.mocked(props.copy).mock.calls[0]![0];
    expect(field.value).toBe(link);
    expect(JSON.parse(new URL(link).searchParams.get("path")!)).toMatchObject({
      title: "Two steps",
      steps: READY.steps,
    });
    expect(screen.getByText("Lesson link copied.")).toBeTruthy();
  });

  it("downloads the dataset with the lesson in it, and opens it to try", async () => {
    const { props } = builder();
    fireEvent.click(screen.getByRole("button", { name: "Download lesson" }));
    const [fileName, json] = vi.mocked(props.onDownload).mock.calls[0]!;
    expect(fileName).toBe("test-dataset-with-lesson.json");
    const lessons = (JSON.parse(json) as { lessons: { title: string; steps: unknown }[] }).lessons;
    expect(lessons.at(-1)).toMatchObject({ title: "Two steps", steps: READY.steps });
    fireEvent.click(screen.getByRole("button", { name: "Try the lesson" }));
    await vi.waitFor(() => expect(props.onPreview).toHaveBeenCalledTimes(1));
    expect(JSON.parse(decodeURIComponent(vi.mocked(props.onPreview).mock.calls[0]![0]))).toMatchObject({
      steps: READY.steps,
    });
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
