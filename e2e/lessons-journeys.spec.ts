import { readFileSync } from "node:fs";
import { dataset, eventById } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

/** Lessons found, worked through on a phone, finished and printed (issue 21, points 4 and 5). */
const lesson = dataset.lessons!.find((candidate) => candidate.id === "hostage-diplomacy")!;

test("Lessons in the header lists every lesson with its description and length, and starts one", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  const panel = new LessonPanel(page);
  await explorer.open();
  await explorer.button("Lessons").click();
  const dialog = page.getByRole("dialog", { name: "Lessons" });
  for (const each of dataset.lessons!) {
    const item = dialog.getByRole("listitem").filter({ has: page.getByRole("heading", { name: each.title }) });
    await expect(item).toContainText(each.description!);
    await expect(item).toContainText(`${each.steps.length} steps`);
  }
  await explorer.expectNoAxeViolations();
  await dialog.getByRole("button", { name: `Start the lesson “${lesson.title}”` }).click();
  await expect(dialog).toBeHidden();
  await panel.expectStep(1, lesson.steps.length, lesson.steps[0]!.prompt);
  expect(explorer.params().get("lesson")).toBe(lesson.id);
  // The lesson starts with what it is about.
  await expect(panel.region).toContainText(lesson.description!);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the question, its card and the answer box stay a tap apart, and the last step says the lesson is done", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy&step=5");
    const step = lesson.steps[4]!;
    // The step's event, in short, under its question.
    await expect(panel.region).toContainText(eventById(step.event).summary);
    await panel.button("Show this step's card").click();
    await expect(explorer.cardButton(step.event)).toBeInViewport();
    await expect(panel.answer).not.toBeInViewport();
    const back = page.getByRole("button", { name: `Step 5 of ${lesson.steps.length}: back to the question` });
    await expect(back).toBeInViewport();
    await explorer.expectNoAxeViolations();
    await back.click();
    await expect(panel.answer).toBeFocused();
    await expect(panel.answer).toBeInViewport();
    await expect(page.getByRole("region", { name: "Lesson", exact: true }).getByText(step.prompt)).toBeInViewport();
    await expect(back).toBeHidden();

    await explorer.open(`lesson=hostage-diplomacy&step=${lesson.steps.length}`);
    const finished = page.getByRole("group", { name: "Lesson finished" });
    await expect(finished).toContainText("the lesson is finished");
    await finished.getByRole("textbox", { name: "Your name" }).fill("Amina K.");
    const downloading = page.waitForEvent("download");
    await finished.getByRole("button", { name: "Download my answers" }).click();
    const text = readFileSync((await (await downloading).path())!, "utf8");
    expect(text).toContain("Name: Amina K.");
    await expect(finished.getByRole("button", { name: "Print my worksheet" })).toBeVisible();
  });
});

test.describe("on a phone, stepping", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("Next step brings the next question into sight, not under the bar at the top", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy");
    const total = lesson.steps.length;
    // The student reads down to the buttons: the first step's description and name field are above.
    await panel.button("Next step").scrollIntoViewIfNeeded();
    await panel.button("Next step").click();
    await panel.expectStep(2, total, lesson.steps[1]!.prompt);
    const position = panel.region.getByText(`Step 2 of ${total}`).and(page.locator(":not(.sr-only)"));
    await expect(position).toBeInViewport({ ratio: 1 });
    await expect(panel.region.getByText(lesson.steps[1]!.prompt, { exact: true })).toBeInViewport();
    // Not under the bar with Filters and the search either.
    await expect.poll(() => panel.isUncovered(position)).toBe(true);
  });
});

test("the worksheet holds what its questions ask for, with the student's name; the short one a summary per step", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  const panel = new LessonPanel(page);
  await explorer.open("lesson=hostage-diplomacy");
  await panel.region.getByRole("textbox", { name: "Your name" }).fill("Amina K.");
  await page.emulateMedia({ media: "print" });
  const sheet = page.getByRole("article", { name: "Printable worksheet" });
  await expect(sheet).toContainText("Name: Amina K.");
  const released = eventById("glezmann-released");
  const perspective = released.perspectives![0]!;
  await expect(sheet).toContainText("Details:");
  await expect(sheet).toContainText(released.details!.split("\n")[0]!);
  await expect(sheet).toContainText(`The article says: “${released.articleQuotes![0]!.text}”`);
  await expect(sheet).toContainText("How each side saw it:");
  if (perspective.words) await expect(sheet).toContainText(perspective.words);
  // Sources with their addresses, which paper cannot link.
  await expect(sheet).toContainText(released.sources.find((source) => source.url)!.url!);

  // The short version: one step, one summary, no details.
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => {
    window.print = () => {};
  });
  await panel.button("Print short worksheet").click();
  await page.emulateMedia({ media: "print" });
  await expect(sheet).toContainText(released.summary);
  await expect(sheet).not.toContainText("Details:");
  await expect(sheet).toContainText("Name: Amina K.");
});
