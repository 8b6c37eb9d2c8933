import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/**
 * Reading on a laptop and a phone (issue 13): a selection keeps the timeline in sight, its labels read
 * in full, and on a phone the page scrolls wherever a thumb lands.
 */

/** The timeline's own controls and the selected card's heading both in sight: nothing left the screen. */
async function expectTimelineAndCardInSight(explorer: ExplorerPage, id: string) {
  await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", id);
  await expect(explorer.button("Next event")).toBeInViewport({ ratio: 1 });
  await expect(explorer.timelineItem(id)).toBeInViewport();
  await expect(explorer.cardButton(id)).toBeInViewport({ ratio: 1 });
  // Not under the pinned timeline either: the title is what is at its own place on the screen.
  await expect
    .poll(() =>
      explorer.cardButton(id).evaluate((title) => {
        const box = title.getBoundingClientRect();
        return title.contains(document.elementFromPoint(box.left + 4, box.top + box.height / 2));
      }),
    )
    .toBe(true);
  // The details themselves (not only the title) begin in sight below the timeline.
  const details = await explorer.cardToggle(id).getAttribute("aria-controls");
  await expect(explorer.page.locator(`[id="${details}"]`)).toBeInViewport();
}

/** The event's item is drawn inside what the timeline's rows show, not scrolled out of them. */
async function expectItemInTimeline(page: Page, id: string) {
  await expect
    .poll(() =>
      page.evaluate((event) => {
        const panel = document.querySelector("section[aria-label='Timeline'] .vis-panel.vis-center");
        const item = document.querySelector(`section[aria-label='Timeline'] .vis-item[data-event-id="${event}"]`);
        if (!panel || !item) return "not drawn";
        const outer = panel.getBoundingClientRect();
        const box = item.getBoundingClientRect();
        const inside =
          box.top >= outer.top - 1 &&
          box.bottom <= outer.bottom + 1 &&
          box.left >= outer.left - 1 &&
          box.left < outer.right;
        return inside ? "in sight" : "out of sight";
      }, id),
    )
    .toBe("in sight");
}

test.describe("on a laptop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  // Long journeys through a long page, each ending in an accessibility scan of it.
  test.slow();

  test("selecting from the timeline, Next, n and a related link keeps the timeline on screen", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();

    // From the timeline: an event far down the list.
    await explorer.timelineItem("glezmann-released").click();
    await expectTimelineAndCardInSight(explorer, "glezmann-released");

    // The Next button, then the n key: the page follows the card, the timeline stays.
    const before = await explorer.cardIds();
    const next = before[before.indexOf("glezmann-released") + 1]!;
    await explorer.button("Next event").click();
    await expectTimelineAndCardInSight(explorer, next);
    await page.keyboard.press("p");
    await expectTimelineAndCardInSight(explorer, "glezmann-released");
    // Back once more, to an event above whose card, opened, is taller than the screen: its title comes
    // into sight below the timeline, with the focus, not its last lines.
    await page.keyboard.press("p");
    const previous = before[before.indexOf("glezmann-released") - 1]!;
    await expectTimelineAndCardInSight(explorer, previous);
    await expect(explorer.cardButton(previous)).toBeFocused();
    await page.keyboard.press("n");
    await expectTimelineAndCardInSight(explorer, "glezmann-released");

    // A related link inside the opened card leads to another event, some way along the list.
    const card = explorer.card("glezmann-released");
    await card.getByRole("heading", { name: "Related events" }).scrollIntoViewIfNeeded();
    await card.getByRole("listitem").getByRole("button").last().click();
    await expect.poll(() => explorer.params().get("event")).not.toBe("glezmann-released");
    await expectTimelineAndCardInSight(explorer, explorer.params().get("event")!);
    await explorer.expectNoAxeViolations();
  });

  test("with a card open, three fifths of the window show it, and its event stays in sight on the timeline", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=abbey-gate-bombing");
    const card = explorer.selectedCard();
    await expect(card).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await expect(explorer.cardButton("abbey-gate-bombing")).toBeInViewport();
    const reading = () =>
      page.evaluate(() => {
        const pinned = document.querySelector("section[aria-label='Timeline']")!.getBoundingClientRect();
        const open = document.querySelector("article[aria-current='true']")!.getBoundingClientRect();
        return Math.min(open.bottom, window.innerHeight) - Math.max(open.top, pinned.bottom);
      });
    await expect.poll(reading).toBeGreaterThanOrEqual(0.6 * 800);
    await expectItemInTimeline(page, "abbey-gate-bombing");

    // More of the timeline on demand, the selection still in sight; back to the strip after.
    const expand = explorer.button("Expand timeline");
    await expect(expand).toHaveAttribute("aria-expanded", "false");
    await explorer.clickInPlace(expand);
    await expect(expand).toHaveAttribute("aria-expanded", "true");
    await expectItemInTimeline(page, "abbey-gate-bombing");
    // What was being read stays in sight, just below the taller timeline.
    await expect(explorer.cardButton("abbey-gate-bombing")).toBeInViewport();
    await explorer.expectNoAxeViolations();
    await explorer.clickInPlace(expand);
    await expect.poll(reading).toBeGreaterThanOrEqual(0.6 * 800);

    // Another event far away: its row and date are scrolled to.
    await explorer.clickInPlace(explorer.button("Previous event"));
    const previous = explorer.params().get("event")!;
    await expectItemInTimeline(page, previous);
    await page.keyboard.press("Escape");
    await expect(expand).toBeHidden();
  });

  test("no label is cut at the timeline's right edge", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const cut = await explorer.timeline.evaluate((timeline) => {
      const edge = timeline.querySelector(".vis-panel.vis-center")!.getBoundingClientRect().right;
      return [...timeline.querySelectorAll(".vis-item .te-item-title")]
        .filter((title) => title.getBoundingClientRect().right > edge + 1)
        .map((title) => title.textContent);
    });
    expect(cut).toEqual([]);
  });

  test("most labels on the timeline read in full", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const labels = explorer.timeline.locator(".vis-item .te-item-title");
    await expect(labels.first()).toBeVisible();
    const widths = await labels.evaluateAll((titles) =>
      titles.map((title) => ({ whole: title.scrollWidth <= title.clientWidth + 1, text: title.textContent })),
    );
    const whole = widths.filter((label) => label.whole).length;
    expect(whole / widths.length, JSON.stringify(widths.filter((label) => !label.whole))).toBeGreaterThanOrEqual(0.75);
  });
});

test("a track that is not ticked leaves no empty row, in the page and in an embed", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  // One row per track shown (the periods' band above them is not a track).
  const rows = explorer.timeline.locator(".vis-labelset .vis-label.te-group");
  await explorer.open("tracks=detainees");
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveText(/Detainees/);
  await explorer.checkbox("Military and withdrawal").check();
  await expect(rows).toHaveCount(2);

  await explorer.open("embed=1&tracks=detainees");
  await expect(rows).toHaveCount(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** A finger's vertical swipe upwards (so the page scrolls down), starting at the given point. */
  async function swipeUp(page: Page, x: number, y: number) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y - step * 30 }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }

  test("a swipe over the timeline scrolls the page", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // The timeline's rows in the middle of the screen, with room below to scroll.
    const rows = explorer.timeline.locator(".vis-center");
    await rows.evaluate((element) => element.scrollIntoView({ block: "center" }));
    const start = await page.evaluate(() => window.scrollY);
    const box = (await rows.boundingBox())!;
    await swipeUp(page, box.x + box.width / 2, box.y + Math.min(box.height / 2, 320));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(start + 100);
  });

  test("search is at hand without the drawer, and its first result comes into sight", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.search).toBeVisible();
    await expect(explorer.search).toBeInViewport();
    await explorer.search.fill("Glezmann");
    await expect(explorer.status).toHaveText(/^\d+ of \d+ events/);
    await expect(explorer.cards.first()).toBeInViewport();
    // The bar stays with the reader as the page scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(explorer.search).toBeInViewport();
    await explorer.expectNoAxeViolations();
  });

  test("a tap on a cluster of close events zooms in to them", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const cluster = explorer.timeline.locator("[data-event-ids]").first();
    await expect(cluster).toBeVisible();
    const members = (await cluster.getAttribute("data-event-ids"))!.split(" ");
    expect(members.length).toBeGreaterThan(1);
    await cluster.tap();
    await expect.poll(async () => (await explorer.timelineIds()).length).toBeGreaterThan(0);
    // After the zoom, at least one of its events is drawn as an item of its own.
    await expect
      .poll(async () =>
        explorer.timeline
          .locator(".vis-item[data-event-id]")
          .evaluateAll(
            (items, ids) => items.some((item) => ids.includes(item.getAttribute("data-event-id")!)),
            members,
          ),
      )
      .toBe(true);
  });
});

test.describe("an embed of fixed height", () => {
  for (const size of [
    { width: 800, height: 600 },
    { width: 390, height: 600 },
  ]) {
    test(`lays out within its frame at ${size.width}×${size.height}: the events scroll inside, the page never`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const explorer = new ExplorerPage(page);
      await explorer.open("embed=1");
      const fits = () => page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
      expect(await fits()).toBe(true);
      await expect(explorer.heading).toBeInViewport();
      await expect(explorer.timeline).toBeInViewport();
      await expect(explorer.events).toBeInViewport();

      // Stepping through events scrolls the list inside the frame to the card; the page stays put.
      for (let step = 0; step < 6; step++) await explorer.button("Next event").click();
      const id = await explorer.selectedCard().getAttribute("data-event-id");
      await expect(explorer.cardButton(id!)).toBeInViewport();
      await expect(explorer.button("Next event")).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await fits()).toBe(true);
      await explorer.expectNoAxeViolations();
    });
  }

  test("the Embed dialog suggests a height", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await (await explorer.tool("Embed")).click();
    await expect(page.getByLabel("Height in pixels")).toHaveAccessibleDescription(/640 suits most lessons/);
  });
});
