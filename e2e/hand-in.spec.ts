import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dataset } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

/** Work handed in with nothing sent anywhere (issue 21, point 6): two students hand in, a teacher reads. */
const lesson = dataset.lessons!.find((candidate) => candidate.id === "hostage-diplomacy")!;
const last = lesson.steps.length;

/** A student answers two steps and hands in: the file's text and the link the dialog offers. */
async function handIn(page: Page, name: string, answers: [number, string][]) {
  // A page in the background draws nothing (its frames wait): each student's page is the one in front.
  await page.bringToFront();
  const explorer = new ExplorerPage(page);
  const panel = new LessonPanel(page);
  for (const [step, text] of answers) {
    await explorer.open(`lesson=hostage-diplomacy&step=${step}`);
    await panel.answer.fill(text);
  }
  await explorer.open(`lesson=hostage-diplomacy&step=${last}`);
  const finished = page.getByRole("group", { name: "Lesson finished" });
  await finished.getByRole("textbox", { name: "Your name" }).fill(name);
  await finished.getByRole("button", { name: "Hand in" }).click();
  const dialog = page.getByRole("dialog", { name: "Hand in your answers" });
  await expect(dialog).toContainText("Nothing is sent anywhere");
  await explorer.expectNoAxeViolations();
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download the file" }).click();
  const file = await downloading;
  const link = await dialog.getByRole("textbox", { name: "Or a link to your answers" }).inputValue();
  return { fileName: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8"), link };
}

test("two students hand in; their teacher opens both files and reads every answer beside its step", async ({
  browser,
}) => {
  test.slow();
  const amina = await (await browser.newContext()).newPage();
  const first = await handIn(amina, "Amina K.", [[1, "Frerichs was exchanged for Noorzai."]]);
  expect(first.fileName).toBe("hostage-diplomacy-amina-k-answers.json");
  const ben = await (await browser.newContext()).newPage();
  const second = await handIn(ben, "Ben O.", [[5, "Qatar mediated the release."]]);

  const teacher = await (await browser.newContext()).newPage();
  await teacher.bringToFront();
  const explorer = new ExplorerPage(teacher);
  await explorer.open();
  const chooser = teacher.waitForEvent("filechooser");
  await (await explorer.tool("Open dataset…")).click();
  await (
    await chooser
  ).setFiles([
    { name: first.fileName, mimeType: "application/json", buffer: Buffer.from(first.text) },
    { name: second.fileName, mimeType: "application/json", buffer: Buffer.from(second.text) },
  ]);
  const answers = teacher.getByRole("region", { name: "Handed-in answers" });
  await expect(answers).toContainText("2 students: Amina K., Ben O.");
  const step1 = answers.getByRole("listitem").filter({ hasText: lesson.steps[0]!.prompt });
  await expect(step1).toContainText("Amina K.");
  await expect(step1).toContainText("Frerichs was exchanged for Noorzai.");
  const step5 = answers.getByRole("listitem").filter({ hasText: lesson.steps[4]!.prompt });
  await expect(step5).toContainText("Qatar mediated the release.");
  // The default timeline stays: these were answers, not a dataset.
  await expect(explorer.heading).toHaveText(dataset.title);
  await explorer.expectNoAxeViolations();
  // A step's event is a click away.
  await step5.getByRole("button", { name: /^Show the event/ }).click();
  await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", lesson.steps[4]!.event);
  await Promise.all([amina.context().close(), ben.context().close(), teacher.context().close()]);
});

test("the link a student copies opens their answers for the teacher", async ({ browser }) => {
  const student = await (await browser.newContext()).newPage();
  const { link } = await handIn(student, "Amina K.", [[2, "He was held by the intelligence service."]]);
  expect(link.length).toBeLessThanOrEqual(8000);
  const teacher = await (await browser.newContext()).newPage();
  await teacher.bringToFront();
  await teacher.goto(link);
  await new ExplorerPage(teacher).ready();
  const answers = teacher.getByRole("region", { name: "Handed-in answers" });
  await expect(answers).toContainText("Amina K.");
  await expect(answers).toContainText("He was held by the intelligence service.");
  await answers.getByRole("button", { name: "Close the answers" }).click();
  await expect(answers).toHaveCount(0);
  expect(new URL(teacher.url()).searchParams.has("answers")).toBe(false);
});

test("a file for another timeline is named as such; a damaged or hostile one is refused as text", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const work = {
    format: "timeline-explorer-answers",
    version: 1,
    dataset: { id: "votes-for-women", title: "Votes for women" },
    lesson: { id: "suffrage", title: "The suffrage lesson", steps: [{ event: "nz-vote", prompt: "Why 1893?" }] },
    name: "Cleo",
    answers: ["Because of the petition."],
    handedIn: "2026-12-01T10:00:00.000Z",
  };
  const hostile = { ...work, name: '<img src=x onerror="window.__pwned=1">', answers: ["a", "b"] };
  const chooser = page.waitForEvent("filechooser");
  await (await explorer.tool("Open dataset…")).click();
  await (
    await chooser
  ).setFiles([
    { name: "cleo.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(work)) },
    { name: "odd.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile)) },
  ]);
  const answers = page.getByRole("region", { name: "Handed-in answers" });
  await expect(answers).toContainText(`These answers are for the timeline “Votes for women”, not this one`);
  await expect(answers).toContainText("Because of the petition.");
  await expect(answers).toContainText("the file “odd.json” has 2 answers for a lesson of 1 step;");
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(explorer.heading).toHaveText(dataset.title);
});
