import { ids, TOTAL } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/** A phone's first screen and its controls (issue 21, point 3). */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("the first screen reaches the timeline: the description folds behind More, the teacher's tools behind one button", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  // The timeline's first row of events is on the first screen.
  const first = explorer.timeline.locator(".vis-item.vis-point, .vis-item.vis-cluster").first();
  await expect(first).toBeInViewport();

  const more = page.getByRole("button", { name: "More about this timeline" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText(/^Source article:/)).toBeHidden();
  await more.click();
  await expect(page.getByRole("button", { name: "Less about this timeline" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(/^Source article:/)).toBeVisible();

  await expect(explorer.button("Copy link")).toBeHidden();
  const tools = explorer.button("Share and teach");
  await tools.click();
  await expect(tools).toHaveAttribute("aria-expanded", "true");
  const group = page.getByRole("group", { name: "Share and teach" });
  for (const name of ["Copy link", "Embed", "Print handout", "Build a lesson", "Open dataset…"])
    await expect(group.getByRole("button", { name, exact: true })).toBeVisible();
  await explorer.expectNoAxeViolations();
});

test("counts of close events fit their outline, and the legend speaks of swipes and pinches", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const clusters = explorer.timeline.locator(".vis-item.vis-cluster");
  await expect(clusters.first()).toBeVisible();
  const overflowing = await clusters.evaluateAll((items) =>
    items
      .filter((item) => {
        const content = item.querySelector(".vis-item-content")!.getBoundingClientRect();
        const box = item.getBoundingClientRect();
        return content.left < box.left - 1 || content.right > box.right + 1;
      })
      .map((item) => item.textContent),
  );
  expect(overflowing).toEqual([]);
  await expect(page.getByText("Swipe sideways to move, pinch to zoom, or use the buttons.")).toBeAttached();
  await expect(page.getByText(/Ctrl \+ scroll/)).toHaveCount(0);
  // The timeline's controls are icons here, named for screen readers.
  for (const name of ["Previous event", "Next event", "Earlier", "Later", "Zoom in", "Zoom out", "Fit all"])
    await expect(explorer.button(name)).toBeVisible();
});

test("Show N events after filtering lands on the results", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await explorer.button("Filters").click();
  const drawer = page.getByRole("dialog", { name: "Filters" });
  await drawer.getByRole("checkbox", { name: "Rights and people", exact: true }).uncheck();
  const shown = ids((event) => event.track !== "rights");
  await drawer.getByRole("button", { name: `Show ${shown.length} of ${TOTAL} events` }).click();
  await expect(drawer).toBeHidden();
  await expect(page.locator("#events")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Events", level: 2 })).toBeInViewport();
  await expect(explorer.cards.first()).toBeInViewport();
});

test("an event selected inside a cluster (Next event, a link) is drawn on the timeline, its cluster opened", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  /** Where the selected event's item is: drawn and selected inside the timeline's rows, or not. */
  const drawn = (id: string) =>
    page.evaluate((event) => {
      const item = document.querySelector(`section[aria-label='Timeline'] .vis-item[data-event-id="${event}"]`);
      const panel = document.querySelector("section[aria-label='Timeline'] .vis-panel.vis-center");
      if (!item || !panel) return "not drawn";
      const box = item.getBoundingClientRect();
      const outer = panel.getBoundingClientRect();
      const inside = box.left >= outer.left - 1 && box.left < outer.right && box.top >= outer.top - 1;
      return item.classList.contains("vis-selected") && inside ? "shown" : "out of sight";
    }, id);

  // A link to an event that the first view draws inside a cluster.
  await explorer.open("event=biden-april-decision");
  await expect.poll(() => drawn("biden-april-decision")).toBe("shown");

  // Stepping with Next event from the first event: each one shown in turn.
  await explorer.open();
  await expect(explorer.timeline.locator(".vis-item.vis-cluster").first()).toBeVisible();
  for (let step = 0; step < 6; step++) {
    await explorer.button("Next event").click();
    const id = await explorer.selectedCard().getAttribute("data-event-id");
    await expect.poll(() => drawn(id!)).toBe("shown");
  }
});
