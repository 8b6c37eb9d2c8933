import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

/**
 * Where the focus goes when the control a keyboard reader used goes away with what it did (a view, a
 * lesson, a step, a menu): to what takes its place, never back to the page's start.
 */
test.describe("the focus after a control goes away", () => {
  test("Escape in Share and teach closes it, keeps the selected event, and gives the focus back to its button", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=doha-agreement");
    const toggle = explorer.button("Share and teach");
    const copy = await explorer.tool("Copy link");
    await copy.focus();
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();
    expect(explorer.params().get("event")).toBe("doha-agreement");
    // Closed, Escape is the page's again: it clears the selection.
    await page.keyboard.press("Escape");
    await expect.poll(() => explorer.params().get("event")).toBeNull();
  });

  test("a lesson started from the list takes the focus; Leave lesson hands it to the events", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const panel = new LessonPanel(page);
    await explorer.open();
    await explorer.button("Lessons").click();
    const dialog = page.getByRole("dialog", { name: "Lessons" });
    await dialog
      .getByRole("button", { name: /^Start the lesson/ })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await expect(panel.region).toBeVisible();
    await expect(panel.region.getByRole("heading", { level: 2 })).toBeFocused();
    await panel.button("Leave lesson").focus();
    await page.keyboard.press("Enter");
    await expect(panel.region).toHaveCount(0);
    await expect(page.locator("#events")).toBeFocused();
  });

  test("Check the article opens with the focus on its heading; Back to the events on the events'", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.button("Check the article").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#claims")).toBeFocused();
    await explorer.expectNoAxeViolations();
    await page.getByRole("button", { name: "Back to the events" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#events")).toBeFocused();
  });

  test("in the lesson builder, Move down to the end and Remove keep the focus among the steps", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    for (const id of ["doha-agreement", "fall-of-kabul", "abbey-gate-bombing"])
      await explorer.card(id).getByRole("button", { name: "Add to lesson" }).click();
    const builder = page.getByRole("region", { name: "Lesson builder" });
    const steps = builder.getByRole("list", { name: "Steps" }).getByRole("listitem");
    await expect(steps).toHaveCount(3);
    // The second step moved down to the end: its Move down can act no more, and keeps the focus.
    const down = steps.nth(1).getByRole("button", { name: "Move down" });
    await down.focus();
    await page.keyboard.press("Enter");
    const moved = steps.nth(2).getByRole("button", { name: "Move down" });
    await expect(moved).toBeFocused();
    await expect(moved).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("Enter");
    await expect(moved).toBeFocused();
    // The first removed: the focus goes to the Remove of the step that took its place.
    await steps.first().getByRole("button", { name: "Remove" }).focus();
    await page.keyboard.press("Enter");
    await expect(steps).toHaveCount(2);
    await expect(steps.first().getByRole("button", { name: "Remove" })).toBeFocused();

    // Try the lesson: the lesson opens above the builder, its title focused and in sight.
    await builder.getByLabel("Lesson title").fill("Kabul");
    for (const prompt of await builder.getByRole("textbox", { name: /^Prompt/ }).all())
      await prompt.fill("Why did it happen?\nLook at the details.");
    await builder.getByRole("button", { name: "Try the lesson" }).focus();
    await page.keyboard.press("Enter");
    const title = new LessonPanel(page).region.getByRole("heading", { level: 2 });
    await expect(title).toBeFocused();
    await expect(title).toBeInViewport();
    // The prompt keeps the lines the teacher wrote.
    const prompt = new LessonPanel(page).region.getByText(/^Why did it happen\?/);
    expect(await prompt.innerText()).toBe("Why did it happen?\nLook at the details.");
    await explorer.expectNoAxeViolations();
  });
});
