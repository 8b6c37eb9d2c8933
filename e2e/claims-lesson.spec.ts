import { readFileSync } from "node:fs";
import { dataset } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

/** The ready lesson "Check the article" (issue 26, point 4): judge a claim, then reveal the verdict. */
const lesson = dataset.lessons!.find((candidate) => candidate.id === "check-the-article")!;
const at = lesson.steps.findIndex((step) => step.claim === "former-president");
const step = lesson.steps[at]!;
const claim = dataset.claims!.find((candidate) => candidate.id === "former-president")!;
const total = lesson.steps.length;

test("a step quotes a claim, the student judges it, then reveals the verdict; the answer is kept and handed in", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  const panel = new LessonPanel(page);
  await explorer.open(`lesson=check-the-article&step=${at + 1}`);
  await panel.expectStep(at + 1, total, step.prompt);
  await expect(panel.region).toContainText(`The article says (paragraph ${claim.paragraph}):`);
  await expect(panel.region.locator("blockquote q")).toHaveText(claim.text);
  await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", step.event);

  // The verdict is out of sight until asked for.
  const reveal = panel.button("Reveal the verdict");
  await expect(reveal).toHaveAttribute("aria-expanded", "false");
  await expect(panel.region).not.toContainText("Verdict: Wrong");
  await panel.answer.fill("Wrong: Trump was the sitting president when the agreement was signed.");
  await reveal.click();
  const hide = panel.button("Hide the verdict");
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  await expect(hide).toBeFocused();
  await expect(panel.region).toContainText("Verdict: Wrong");
  await expect(panel.region).toContainText(claim.explanation);
  await explorer.expectNoAxeViolations();

  // Stepping on and back: the verdict stays revealed, the next claim's is hidden, the answer is there.
  await panel.button("Next step").click();
  await panel.expectStep(at + 2, total, lesson.steps[at + 1]!.prompt);
  await expect(panel.button("Reveal the verdict")).toHaveAttribute("aria-expanded", "false");
  await panel.button("Previous step").click();
  await panel.expectStep(at + 1, total, step.prompt);
  await expect(panel.button("Hide the verdict")).toHaveAttribute("aria-expanded", "true");
  await expect(panel.answer).toHaveValue(/^Wrong: Trump was the sitting president/);

  // Kept as any lesson answer: after a reload, and in the work handed in.
  await page.reload();
  await panel.expectStep(at + 1, total, step.prompt);
  await expect(panel.answer).toHaveValue(/^Wrong: Trump was the sitting president/);
  await explorer.open(`lesson=check-the-article&step=${total}`);
  const finished = page.getByRole("group", { name: "Lesson finished" });
  await finished.getByRole("textbox", { name: "Your name" }).fill("Amina K.");
  await finished.getByRole("button", { name: "Hand in" }).click();
  const dialog = page.getByRole("dialog", { name: "Hand in your answers" });
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download the file" }).click();
  const handedIn = readFileSync((await (await downloading).path())!, "utf8");
  expect(handedIn).toContain("Wrong: Trump was the sitting president when the agreement was signed.");
});
