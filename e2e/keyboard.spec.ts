import { dataset } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";
import { LessonPanel } from "./pages/lesson-panel";

/** Keyboard and screen reader (issue 21, point 10). */
test.use({ viewport: { width: 1280, height: 800 } });

test("a card is within 50 Tabs of the top, every stop on the way named, none in the timeline's rows", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const stops: { name: string; inTimeline: boolean; inCard: boolean }[] = [];
  for (let tab = 1; tab <= 60; tab++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const labelled = element.getAttribute("aria-labelledby");
      const name =
        element.getAttribute("aria-label") ??
        (labelled ? document.getElementById(labelled)?.textContent : null) ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        "";
      return {
        name: name.trim(),
        inTimeline: !!element.closest(".te-timeline"),
        inCard: !!element.closest("article[data-event-id]"),
      };
    });
    stops.push(stop);
    if (stop.inCard) break;
  }
  expect(stops.at(-1)?.inCard, JSON.stringify(stops.map((stop) => stop.name))).toBe(true);
  expect(stops.length).toBeLessThanOrEqual(50);
  expect(stops.filter((stop) => stop.name === "" || stop.inTimeline)).toEqual([]);
});

test("the actor list shows the most frequent ten, all of them on demand, and finds one by name", async ({ page }) => {
  // An accessibility scan of the page with all 149 actors listed: slow on a busy machine.
  test.setTimeout(120_000);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const actors = page.getByRole("group", { name: "Actors" });
  await expect(actors.getByRole("checkbox")).toHaveCount(10);
  const all = actors.getByRole("button", { name: `Show all actors (${dataset.actors.length})` });
  await all.click();
  await expect(actors.getByRole("checkbox")).toHaveCount(dataset.actors.length);
  await expect(actors.getByRole("button", { name: "Show the most frequent actors" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await explorer.expectNoAxeViolations();
  await actors.getByRole("button", { name: "Show the most frequent actors" }).click();

  await actors.getByRole("searchbox", { name: "Find an actor" }).fill("switz");
  await expect(actors.getByRole("status")).toHaveText("1 actor found");
  await actors.getByRole("checkbox", { name: "Switzerland", exact: true }).check();
  expect(explorer.params().get("actors")).toBe("switzerland");
  // Ticked, it stays in the short list once the field is emptied.
  await actors.getByRole("searchbox", { name: "Find an actor" }).fill("");
  await expect(actors.getByRole("checkbox", { name: "Switzerland", exact: true })).toBeChecked();
  await expect(actors.getByRole("checkbox")).toHaveCount(11);
});

test("the keyboard help lists every shortcut, and a lesson's step is announced once", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open("lesson=hostage-diplomacy");
  const help = page.getByRole("contentinfo").getByRole("list").filter({ hasText: "next or previous event" });
  for (const key of ["↑", "↓", "Home", "End", "n", "p", "Esc", "+", "-", "0", "[", "]"])
    await expect(help.locator("kbd").getByText(key, { exact: true }).first()).toBeAttached();

  const panel = new LessonPanel(page);
  // The selection's live region (the lesson panel has its own).
  const selection = page.locator("#selection-announcement");
  await page.keyboard.press("]");
  await expect(panel.announcement).toHaveText(/^Step 2 of \d+: /);
  await expect(selection).toHaveText("");
  // Outside a lesson's steps, a selection is announced as before.
  await page.keyboard.press("n");
  await expect(selection).toHaveText(/^Selected: /);
});
