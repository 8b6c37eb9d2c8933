import { syntheticDataset } from "../bench/datasets";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

const SIZE = 2000;
const BIG = JSON.stringify(syntheticDataset(SIZE));

async function openBig(explorer: ExplorerPage, query = "") {
  await explorer.page.route(
    (url) => url.pathname === "/lessons/big.json",
    (route) => route.fulfill({ body: BIG, contentType: "application/json" }),
  );
  await explorer.open(`data=./lessons/big.json${query ? `&${query}` : ""}`);
  await expect(explorer.heading).toHaveText(`Synthetic timeline of ${SIZE} events`);
}

test.describe("a dataset of thousands of events", () => {
  test("renders only the cards near the screen, each telling its place in the list", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await openBig(explorer);
    const items = explorer.events.getByRole("listitem");
    await expect(items.first()).toHaveAttribute("aria-setsize", String(SIZE));
    await expect(items.first()).toHaveAttribute("aria-posinset", "1");
    expect(await items.count()).toBeLessThan(60);
    await explorer.expectNoAxeViolations();

    // Scrolling renders the cards that come into view, and only those.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => Number(await items.first().getAttribute("aria-posinset"))).toBeGreaterThan(SIZE / 4);
    expect(await items.count()).toBeLessThan(60);
  });

  test("the keyboard reaches every card: arrows, Home and End render and focus the card they go to", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await openBig(explorer);
    const buttonAt = (position: number) =>
      explorer.events.locator(`li[aria-posinset="${position}"]`).getByRole("heading").getByRole("button");
    await buttonAt(1).focus();
    await page.keyboard.press("End");
    await expect(buttonAt(SIZE)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(buttonAt(SIZE - 1)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(explorer.events.locator(`li[aria-posinset="${SIZE - 1}"] article`)).toHaveAttribute(
      "aria-current",
      "true",
    );
    await page.keyboard.press("Home");
    await expect(buttonAt(1)).toBeFocused();
  });

  test("the timeline clusters close events and stays small; a cluster opens by double-click", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await openBig(explorer);
    const clusters = explorer.timeline.locator(".vis-item.vis-cluster");
    await expect(clusters.first()).toBeVisible();
    await expect(clusters.first()).toContainText(/^\d+ events$/);
    expect(await explorer.timeline.locator(".vis-item").count()).toBeLessThan(600);
    const axis = explorer.timeline.locator(".vis-time-axis.vis-foreground .vis-text.vis-minor:not(.vis-measure)");
    const years = await axis.allTextContents();
    await clusters.first().dblclick();
    // Zoomed in on that cluster: the axis shows another stretch of time, in finer steps.
    await expect.poll(() => axis.allTextContents()).not.toEqual(years);
  });

  test("selecting, searching and stepping stay quick to use", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await openBig(explorer);
    // An event drawn on its own (not inside a cluster) and not covered by another: Playwright checks
    // that the click lands on it.
    const item = explorer.timeline.locator(".vis-item[data-event-id]").filter({ visible: true }).first();
    const id = await item.getAttribute("data-event-id");
    await item.click();
    const selected = explorer.selectedCard();
    await expect(selected).toHaveAttribute("data-event-id", id!);
    await expect(selected).toHaveCount(1);
    await expect(selected).toBeInViewport();
    // As a reader would: scroll up to the button, then press it (an instant jump and a click in the
    // same frame would catch the list mid-update, which no reader can do).
    await explorer.button("Next event").scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await explorer.button("Next event").click();
    await expect(selected).toHaveCount(1);
    await expect(selected).not.toHaveAttribute("data-event-id", id!);
    // A year typed in the search is read as a time: the events of 2010, in date order.
    const in2010 = syntheticDataset(SIZE)
      .events.filter((event) => (event.end ?? event.start) >= "2010" && event.start <= "2010-12-31")
      .sort((a, b) => a.start.localeCompare(b.start));
    await explorer.search.fill("2010");
    await expect(explorer.status).toHaveText(`${in2010.length} of ${SIZE.toLocaleString("en")} events`);
    await expect(explorer.cards.first()).toHaveAttribute("data-event-id", in2010[0]!.id);
  });

  test("the printed handout still lists every matching event", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await openBig(explorer, "tracks=diplomacy");
    const matching = syntheticDataset(SIZE).events.filter((event) => event.track === "diplomacy").length;
    await expect(explorer.status).toHaveText(`${matching} of ${SIZE.toLocaleString("en")} events`);
    await page.emulateMedia({ media: "print" });
    const handout = page.getByRole("article", { name: "Printable handout" });
    await expect(handout.getByRole("heading", { level: 2 })).toHaveCount(matching);
  });
});
