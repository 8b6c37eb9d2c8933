/**
 * What the benchmark measures inside the page: long tasks, the first drawn timeline item and card, input
 * to next paint (Event Timing), and a click's first painted change in the cards and in the timeline.
 */
import type { CDPSession, Page } from "@playwright/test";

export const INSTRUMENT = () => {
  const bench = {
    longTasks: [] as [number, number][],
    firstItem: null as number | null,
    firstCard: null as number | null,
    events: [] as { name: string; duration: number; interactionId: number }[],
    // A click's time, and the frames that first show its effect in the count above the cards and in the
    // timeline (the first change to each, then the frame it is painted in).
    click: null as number | null,
    cardsPainted: null as number | null,
    timelinePainted: null as number | null,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId: number })[]) {
      bench.events.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  addEventListener("pointerdown", (event) => (bench.click = event.timeStamp), { capture: true });
  new MutationObserver((records) => {
    if (bench.click === null) return;
    const touched = (selector: string) =>
      records.some((record) =>
        (record.target instanceof Element ? record.target : record.target.parentElement)?.closest(selector),
      );
    if (bench.cardsPainted === null && touched('[role="status"]')) {
      bench.cardsPainted = -1;
      requestAnimationFrame((time) => (bench.cardsPainted = time));
    }
    // Items drawn or taken away; not a class on one (hover links an item to the card under the pointer).
    const redrawn = records.some(
      (record) =>
        record.type === "childList" &&
        (record.target instanceof Element ? record.target : record.target.parentElement)?.closest(".vis-itemset"),
    );
    if (bench.timelinePainted === null && redrawn) {
      bench.timelinePainted = -1;
      requestAnimationFrame((time) => (bench.timelinePainted = time));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // Checked every frame: the first frame that shows a drawn timeline item, and a card.
  const watch = () => {
    if (bench.firstItem === null) {
      const root = document.querySelector<HTMLElement>(".vis-timeline");
      // Computed, not inline: vis hides its root inline, the explorer hides it by class until its events are drawn.
      if (root && root.querySelector(".vis-item") && getComputedStyle(root).visibility === "visible")
        bench.firstItem = performance.now();
    }
    if (bench.firstCard === null && document.querySelector("article[data-event-id]"))
      bench.firstCard = performance.now();
    if (bench.firstItem === null || bench.firstCard === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

export interface Bench {
  longTasks: [number, number][];
  firstItem: number | null;
  firstCard: number | null;
  events: { name: string; duration: number; interactionId: number }[];
  click: number | null;
  cardsPainted: number | null;
  timelinePainted: number | null;
}
export const read = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

/** Waits until the main thread has had no long task for 500 ms; returns when that quiet began. */
export async function quiet(page: Page, since = 0): Promise<{ at: number; longTaskTime: number }> {
  for (;;) {
    const state = await page.evaluate(() => ({
      now: performance.now(),
      bench: (window as unknown as { __bench: Bench }).__bench,
    }));
    const tasks = state.bench.longTasks.filter(([start]) => start >= since);
    const lastEnd = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
    const ready = state.bench.firstItem !== null;
    if (ready && state.now - Math.max(lastEnd, state.bench.firstItem!) >= 500) {
      return {
        at: Math.max(lastEnd, state.bench.firstItem!),
        longTaskTime: tasks.reduce((sum, [, duration]) => sum + duration, 0),
      };
    }
    await page.waitForTimeout(100);
  }
}

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  return ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize;
}

/** Runs an interaction and returns the longest input-to-next-paint (Event Timing) it caused, in ms. */
export async function interaction(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __bench: Bench }).__bench.events.length = 0;
  });
  await act();
  await quiet(page, await page.evaluate(() => performance.now()));
  const { events } = await read(page);
  const durations = events.filter((event) => event.interactionId > 0).map((event) => event.duration);
  // Event Timing reports only what takes 16 ms or more; below that the frame was not missed.
  return durations.length === 0 ? 16 : Math.max(...durations);
}

/** Clicks, and returns how long the cards and the timeline took to show the change (null: no change seen). */
export async function click(
  page: Page,
  act: () => Promise<void>,
): Promise<{ cards: number | null; timeline: number | null }> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Bench }).__bench;
    bench.click = bench.cardsPainted = bench.timelinePainted = null;
  });
  await act();
  await quiet(page, await page.evaluate(() => performance.now()));
  const bench = await read(page);
  const since = (at: number | null) => (at === null || at < 0 || bench.click === null ? null : at - bench.click);
  return { cards: since(bench.cardsPainted), timeline: since(bench.timelinePainted) };
}
