import { expect, test } from "./fixtures";
import { TOTAL } from "./data";
import { ExplorerPage } from "./pages/explorer-page";

test("the built app loads in Chromium with the default dataset and no console errors", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(page).toHaveTitle(/timeline explorer/i);
});

test("when the timeline says it is ready, every card is there too", async ({ page }) => {
  // The cards below the screen render after the first ones, at the latest with the timeline's first draw:
  // a reader's find-in-page, and a script that waits for data-ready, find every event. Without idle
  // moments (a busy machine), so that the timeline's draw is what brings them.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
  });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  expect(await explorer.cardIds()).toHaveLength(TOTAL);
});

test("the build publishes the default dataset and its JSON Schema", async ({ request }) => {
  const dataset = await request.get("./datasets/us-taliban-relations.json");
  expect(dataset.ok()).toBe(true);
  expect(await dataset.json()).toMatchObject({ id: "us-taliban-relations", schemaVersion: 1 });

  const schema = await request.get("./schema/dataset.schema.json");
  expect(schema.ok()).toBe(true);
  expect(await schema.json()).toMatchObject({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
  });
});

test("the heading shows while the events are still on their way, and stays where it is", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/datasets/us-taliban-relations.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(explorer.heading).toHaveText("U.S.–Taliban relations, 2020–2026");
  await expect(page.getByText("Loading the events…")).toBeVisible();
  const description = page.getByText(/^From the 2020 Doha agreement/);
  const before = await description.boundingBox();
  release();
  await explorer.ready();
  expect(await description.boundingBox()).toEqual(before);
});

for (const size of [
  { name: "a laptop", width: 1350, height: 940 },
  { name: "a phone", width: 412, height: 823 },
]) {
  test(`nothing on the page moves while it loads and the timeline draws, on ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    // Registered before the page's own scripts, so every layout shift from the first paint on is seen.
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      const record = (entries: PerformanceEntryList) => {
        for (const entry of entries as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null }[];
        })[]) {
          if (!entry.hadRecentInput)
            shifts.push({ value: entry.value, nodes: entry.sources.map((source) => String(source.node?.nodeName)) });
        }
      };
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: "layout-shift", buffered: true });
      Object.assign(window, { layoutShifts: () => (record(observer.takeRecords()), shifts) });
    });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // Drawn: on a phone the Doha agreement is inside a cluster, so any event or cluster counts.
    await expect(explorer.timeline.locator(".vis-item").first()).toBeVisible();
    // Two frames after the timeline is ready: any shift its drawing caused has been reported by then.
    const shifts = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return (window as unknown as { layoutShifts(): { value: number; nodes: string[] }[] }).layoutShifts();
    });
    expect(shifts).toEqual([]);
  });
}

for (const link of [
  { name: "the default view", query: "" },
  { name: "a link nothing matches", query: "q=zebra+crossing" },
]) {
  test(`the timeline never shows half drawn, on ${link.name}`, async ({ page }) => {
    // Checked every frame until the timeline has drawn its events (it drops its te-drawing class then, and
    // is ready a moment later): no frame before that may show vis's drawing.
    await page.addInitScript(() => {
      const seen: string[] = [];
      const check = () => {
        const host = document.querySelector(".te-timeline");
        if (host && !host.classList.contains("te-drawing") && host.querySelector(".vis-timeline")) return;
        const root = document.querySelector(".vis-timeline");
        if (root && getComputedStyle(root).visibility === "visible")
          seen.push(`${root.querySelectorAll(".vis-item").length} items`);
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      Object.assign(window, { halfDrawn: seen });
    });
    const explorer = new ExplorerPage(page);
    await explorer.open(link.query);
    expect(await page.evaluate(() => (window as unknown as { halfDrawn: string[] }).halfDrawn)).toEqual([]);
  });
}
