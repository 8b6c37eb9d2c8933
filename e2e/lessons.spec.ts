import { readFileSync } from "node:fs";
import { dataset } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

const lesson = dataset.lessons!.find((candidate) => candidate.id === "hostage-diplomacy")!;
const stepEvent = (step: number) => lesson.steps[step - 1]!.event;

test.describe("lesson mode", () => {
  test("a lesson link opens its first step: the panel, the prompt, and the step's event selected", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy");
    await expect(panel.region.getByRole("heading", { name: lesson.title })).toBeVisible();
    await panel.expectStep(1, lesson.steps.length, lesson.steps[0]!.prompt);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", stepEvent(1));
    await expect(explorer.timelineItem(stepEvent(1))).toHaveClass(/vis-selected/);
    await expect(explorer.timelineItem(stepEvent(1))).toBeInViewport();
    await explorer.expectNoAxeViolations();
  });

  test("steps with the buttons, the [ and ] keys and Back, each announced", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy");
    await expect(panel.button("Previous step")).toBeDisabled();
    await panel.button("Next step").click();
    await panel.expectStep(2, lesson.steps.length, lesson.steps[1]!.prompt);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", stepEvent(2));
    expect(explorer.params().get("step")).toBe("2");
    await expect(panel.announcement).toHaveText(new RegExp(`^Step 2 of ${lesson.steps.length}: `));

    await page.keyboard.press("]");
    await panel.expectStep(3, lesson.steps.length, lesson.steps[2]!.prompt);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", stepEvent(3));
    await page.keyboard.press("[");
    await panel.expectStep(2, lesson.steps.length, lesson.steps[1]!.prompt);

    await page.goBack();
    await panel.expectStep(3, lesson.steps.length, lesson.steps[2]!.prompt);
    await page.goBack();
    await panel.expectStep(2, lesson.steps.length, lesson.steps[1]!.prompt);
    await page.goBack();
    await panel.expectStep(1, lesson.steps.length, lesson.steps[0]!.prompt);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", stepEvent(1));

    await explorer.open(`lesson=hostage-diplomacy&step=${lesson.steps.length - 1}`);
    // Next onto the last step: the button is unavailable there, and keeps the focus (not lost to the page).
    await panel.button("Next step").focus();
    await page.keyboard.press("Enter");
    await panel.expectStep(lesson.steps.length, lesson.steps.length, lesson.steps.at(-1)!.prompt);
    await expect(panel.button("Next step")).toBeDisabled();
    await expect(panel.button("Next step")).toBeFocused();
    await page.keyboard.press("Enter");
    await panel.expectStep(lesson.steps.length, lesson.steps.length, lesson.steps.at(-1)!.prompt);
  });

  test("the rest of the explorer keeps working, and one click returns to the step", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy&step=5");
    await explorer.search.fill("Abbey Gate");
    await explorer.cardToggle("abbey-gate-bombing").click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await panel.expectStep(5, lesson.steps.length, lesson.steps[4]!.prompt);
    await panel.button("Back to this step's event").click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", stepEvent(5));
    await expect(explorer.cardButton(stepEvent(5))).toBeFocused();

    await panel.button("Leave lesson").click();
    await expect(panel.region).toHaveCount(0);
    expect(explorer.params().has("lesson")).toBe(false);
  });

  test("answers stay in this browser: typed, kept after a reload, downloaded and cleared", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy&step=5");
    await panel.answer.fill("Qatar mediated; the U.S. dropped rewards on three Haqqani leaders.");
    await page.reload();
    await explorer.ready();
    await expect(panel.answer).toHaveValue("Qatar mediated; the U.S. dropped rewards on three Haqqani leaders.");
    await panel.button("Previous step").click();
    await expect(panel.answer).toHaveValue("");

    const downloading = page.waitForEvent("download");
    await panel.button("Download my answers").click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("hostage-diplomacy-answers.txt");
    const text = readFileSync((await file.path())!, "utf8");
    expect(text).toContain(lesson.title);
    expect(text).toContain(`Question: ${lesson.steps[4]!.prompt}`);
    expect(text).toContain("My answer: Qatar mediated; the U.S. dropped rewards on three Haqqani leaders.");

    await panel.button("Clear my answers").click();
    await panel.button("Yes, clear them").click();
    await panel.button("Next step").click();
    await expect(panel.answer).toHaveValue("");
    await page.reload();
    await explorer.ready();
    await expect(panel.answer).toHaveValue("");
  });

  test("printing in a lesson gives its worksheet: each step's event, sources, prompt and answer or lines", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy&step=2");
    await panel.answer.fill("He was held by the Taliban's intelligence service.");
    await page.emulateMedia({ media: "print" });
    const sheet = page.getByRole("article", { name: "Printable worksheet" });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
    await expect(sheet.getByRole("listitem").filter({ hasText: /^Step \d+ of/ })).toHaveCount(lesson.steps.length);
    for (const step of lesson.steps) await expect(sheet).toContainText(step.prompt);
    await expect(sheet).toContainText("He was held by the Taliban's intelligence service.");
    await expect(sheet.getByLabel("Space for the answer")).toHaveCount(lesson.steps.length - 1);
    await expect(sheet).toContainText("Source: ");
    await expect(page.getByRole("article", { name: "Printable handout" })).toHaveCount(0);
    await expect(panel.region).toBeHidden();
  });

  test("bad lesson links open the explorer and say what was left out", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=moon-landing&tracks=detainees");
    // A mistyped lesson: the notice says so and lists the lessons there are, one click from each.
    await expect(page.getByText("This timeline has no lesson “moon-landing”. Its lessons are these:")).toBeVisible();
    for (const each of dataset.lessons!) await expect(page.getByRole("heading", { name: each.title })).toBeVisible();
    await expect(panel.region).toHaveCount(0);
    expect(explorer.params().get("tracks")).toBe("detainees");
    await explorer.expectNoAxeViolations();
    await page.getByRole("button", { name: `Start the lesson “${lesson.title}”` }).click();
    await panel.expectStep(1, lesson.steps.length, lesson.steps[0]!.prompt);
    await expect(page.getByText("This timeline has no lesson")).toHaveCount(0);

    await explorer.open("lesson=hostage-diplomacy&step=99");
    await expect(
      page.getByText(`the lesson has ${lesson.steps.length} steps, not 99; the last one is shown`),
    ).toBeVisible();
    await panel.expectStep(lesson.steps.length, lesson.steps.length, lesson.steps.at(-1)!.prompt);

    await explorer.open("lesson=hostage-diplomacy&step=two");
    await expect(page.getByText("step “two” is not a step number (1, 2, 3…); the first step is shown")).toBeVisible();
    await panel.expectStep(1, lesson.steps.length, lesson.steps[0]!.prompt);

    await explorer.open("path=bm90IGEgbGVzc29u&event=doha-agreement");
    await expect(page.getByText(/the lesson in the link is damaged or cut short/)).toBeVisible();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await expect(panel.region).toHaveCount(0);

    await explorer.open(`path=${"A".repeat(7000)}`);
    await expect(page.getByText("the lesson in the link is too long to be read")).toBeVisible();
  });

  test("a lesson link works embedded: the panel in the frame, which still fits its height", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 640 });
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=how-the-us-left&embed=1");
    const first = dataset.lessons![0]!;
    await panel.expectStep(1, first.steps.length, first.steps[0]!.prompt);
    await panel.button("Next step").click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", first.steps[1]!.event);
    await panel.button("Show this step's card").click();
    await expect(explorer.cardButton(first.steps[1]!.event)).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await explorer.expectNoAxeViolations();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("a lesson link lands the student on the lesson, below the page's header", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open("lesson=hostage-diplomacy");
    await expect(panel.region.getByRole("heading", { name: lesson.title })).toBeInViewport({ ratio: 1 });
    await expect(panel.region.getByText(lesson.steps[0]!.prompt)).toBeInViewport();
    // Stepping keeps the page where the student put it, and the next question is in sight.
    await page.evaluate(() => window.scrollBy(0, 200));
    for (const step of [2, 3]) {
      await panel.button("Next step").click();
      await panel.expectStep(step, lesson.steps.length, lesson.steps[step - 1]!.prompt);
      await expect(panel.region.getByText(lesson.steps[step - 1]!.prompt, { exact: true })).toBeInViewport();
    }
  });
});

test.describe("lesson builder", () => {
  test("a teacher builds a three-step lesson, reorders it without dragging, shares it and downloads it", async ({
    page,
    browser,
  }) => {
    // A whole journey in two browsers (build, check, reload, share, a student's page and its embed).
    test.slow();
    const explorer = new ExplorerPage(page);
    await explorer.open();
    for (const id of ["doha-agreement", "fall-of-kabul", "abbey-gate-bombing", "kabul-airlift"]) {
      await explorer.card(id).getByRole("button", { name: "Add to lesson" }).click();
    }
    const builder = page.getByRole("region", { name: "Lesson builder" });
    await expect(builder).toBeVisible();
    await expect(explorer.card("kabul-airlift").getByRole("button", { name: "Remove from lesson" })).toBeVisible();
    const prompts = builder.getByRole("textbox", { name: /^Prompt/ });
    await expect(prompts).toHaveCount(4);

    // Sharing before it is ready says what is missing.
    await builder.getByRole("button", { name: "Copy lesson link" }).click();
    await expect(builder.getByRole("alert")).toContainText("Give the lesson a title.");
    await expect(builder.getByRole("alert")).toContainText("Write a prompt for step 1.");

    await builder.getByLabel("Lesson title").fill("Kabul, August 2021");
    await builder.getByRole("button", { name: "Remove", exact: true }).nth(0).click(); // the Doha agreement
    await expect(prompts).toHaveCount(3);
    // Reorder with the buttons: the bombing (step 2) up to step 1.
    await builder.getByRole("button", { name: "Move up", description: /Abbey Gate/ }).click();
    await expect(builder.getByRole("listitem").first()).toContainText("Abbey Gate");
    await expect(builder.locator("[aria-live]")).toHaveText(/moved to step 1 of 3/);
    await builder.getByRole("textbox", { name: /Prompt for step 1: .*Abbey Gate/ }).fill("Who carried out the attack?");
    await builder
      .getByRole("textbox", { name: /Prompt for step 2: .*Kabul falls/ })
      .fill("What happened on 15 August?");
    await builder
      .getByRole("textbox", { name: /Prompt for step 3: .*airlift/ })
      .fill("How many people were flown out?");
    await explorer.expectNoAxeViolations();

    // The draft survives a reload.
    await page.reload();
    await explorer.ready();
    await expect(builder.getByLabel("Lesson title")).toHaveValue("Kabul, August 2021");
    await expect(builder.getByRole("textbox", { name: /Prompt for step 1: .*Abbey Gate/ })).toHaveValue(
      "Who carried out the attack?",
    );

    await builder.getByRole("button", { name: "Copy lesson link" }).click();
    const link = await builder.getByLabel("Lesson link").inputValue();
    expect(link).toMatch(/\?path=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThanOrEqual(2000);

    const downloading = page.waitForEvent("download");
    await builder.getByRole("button", { name: "Download lesson" }).click();
    const file = await downloading;
    const saved = JSON.parse(readFileSync((await file.path())!, "utf8")) as typeof dataset;
    expect(saved.lessons!.at(-1)).toEqual({
      id: "kabul-august-2021",
      title: "Kabul, August 2021",
      steps: [
        { event: "abbey-gate-bombing", prompt: "Who carried out the attack?" },
        { event: "fall-of-kabul", prompt: "What happened on 15 August?" },
        { event: "kabul-airlift", prompt: "How many people were flown out?" },
      ],
    });

    // A student opens the link in a browser of their own, and embedded.
    const student = await browser.newContext();
    const studentPage = await student.newPage();
    const studentExplorer = new ExplorerPage(studentPage);
    const panel = new LessonPanel(studentPage);
    await studentPage.goto(link);
    await studentExplorer.ready();
    await expect(panel.region.getByRole("heading", { name: "Kabul, August 2021" })).toBeVisible();
    await panel.expectStep(1, 3, "Who carried out the attack?");
    await expect(studentExplorer.selectedCard()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await panel.button("Next step").click();
    await panel.expectStep(2, 3, "What happened on 15 August?");
    await studentPage.goto(`${link}&embed=1`);
    await studentExplorer.ready();
    await panel.expectStep(1, 3, "Who carried out the attack?");
    await student.close();
  });

  test("steps can be reordered by dragging", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    for (const id of ["doha-agreement", "fall-of-kabul"]) {
      await explorer.card(id).getByRole("button", { name: "Add to lesson" }).click();
    }
    const steps = page.getByRole("region", { name: "Lesson builder" }).getByRole("listitem");
    await steps.nth(1).dragTo(steps.nth(0));
    await expect(steps.first()).toContainText("Kabul falls");
    // Closing the builder hands the focus back to where it opens from: the teacher's tools, folded away.
    await page.getByRole("region", { name: "Lesson builder" }).getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("region", { name: "Lesson builder" })).toHaveCount(0);
    await expect(explorer.button("Share and teach")).toBeFocused();
  });
});
