import type { Page } from "@playwright/test";
import { TOTAL, ids } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

// The page count is for the paper of the reader's language: US Letter for en-US.
test.use({ locale: "en-US" });

/** window.print, counted instead of opening the browser's print dialog. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { prints: number };
    counted.prints = 0;
    window.print = () => void counted.prints++;
  });
  return () => page.evaluate(() => (window as unknown as { prints: number }).prints);
}

/** The pages of the PDF Chromium prints the page to, on US Letter. */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "Letter" });
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

const pagesIn = async (text: Promise<string | null>) => Number(/(\d+) pages?/.exec((await text) ?? "")?.[1]);

test("Print handout of the whole timeline asks first, with its page count, a short version and Cancel", async ({
  page,
}) => {
  const prints = await countPrints(page);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const print = await explorer.tool("Print handout");
  await print.click();
  const dialog = page.getByRole("dialog", { name: /^This handout is about \d+ pages$/ });
  await expect(dialog).toBeVisible();
  const pages = await pagesIn(dialog.getByRole("heading").textContent());
  expect(pages).toBeGreaterThan(20);
  await expect(dialog).toContainText(`It prints all ${TOTAL} events of the timeline`);
  await expect(dialog).toContainText("For fewer pages, choose a track, dates or a search first");
  const full = dialog.getByRole("button", { name: `Print ${pages} pages`, exact: true });
  await expect(full).toBeVisible();
  const brief = dialog.getByRole("button", { name: /^Print a short version instead: about \d+ pages?$/ });
  expect(await pagesIn(brief.textContent())).toBeLessThan(pages / 3);
  await explorer.expectNoAxeViolations();

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(print).toBeFocused();
  expect(await prints()).toBe(0);

  await print.click();
  await full.click();
  await expect.poll(prints).toBe(1);
  await expect(dialog).toBeHidden();
  // What goes to the printer is every event in full, on about as many pages as the dialog said.
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout.getByRole("heading", { level: 2 })).toHaveCount(TOTAL);
  await expect(handout).toContainText("Notes on the record:");
  expect(Math.abs((await pdfPages(page)) - pages)).toBeLessThanOrEqual(2);
});

test("with filters on, a long handout offers the short version of their events", async ({ page }) => {
  const prints = await countPrints(page);
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=detainees,diplomacy");
  const matching = ids((event) => ["detainees", "diplomacy"].includes(event.track));
  await (await explorer.tool("Print handout")).click();
  const dialog = page.getByRole("dialog", { name: /^This handout is about \d+ pages$/ });
  await expect(dialog).toContainText(`It prints the ${matching.length} events of your current filters`);
  await expect(dialog).toContainText("For fewer pages, narrow your filters first");
  await expect(dialog.getByRole("button", { name: "Change the filters first" })).toBeVisible();
  const brief = dialog.getByRole("button", { name: /^Print a short version instead/ });
  const briefPages = await pagesIn(brief.textContent());
  await brief.click();
  await expect.poll(prints).toBe(1);

  // The short version: each event's date, title and summary, and nothing else of it.
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout.getByRole("heading", { level: 2 })).toHaveCount(matching.length);
  await expect(handout).toContainText(`${matching.length} of ${TOTAL} events.`);
  await expect(handout).not.toContainText("Source: ");
  await expect(handout).not.toContainText("Notes on the record:");
  expect(Math.abs((await pdfPages(page)) - briefPages)).toBeLessThanOrEqual(1);
});

test("Choose filters first leads to the filters; the filtered handout is then short enough to print at once", async ({
  page,
}) => {
  const prints = await countPrints(page);
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const print = await explorer.tool("Print handout");
  await print.click();
  const dialog = page.getByRole("dialog", { name: /^This handout is about \d+ pages$/ });
  await dialog.getByRole("button", { name: "Choose filters first" }).click();
  await expect(dialog).toBeHidden();
  // On a laptop the filters are beside the events: the focus is on their first field, the search.
  await expect(
    page.getByRole("complementary", { name: "Filters" }).getByRole("searchbox", { name: "Search events" }),
  ).toBeFocused();
  expect(await prints()).toBe(0);

  // What is typed goes to the search at once, and the handout of its matches is short.
  await page.keyboard.type("Glezmann");
  await expect.poll(() => explorer.params().get("q")).toBe("Glezmann");
  await (await explorer.tool("Print handout")).click();
  await expect.poll(prints).toBe(1);
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("on a phone, Choose filters first opens the filters", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await (await explorer.tool("Print handout")).click();
  await page
    .getByRole("dialog", { name: /^This handout is about \d+ pages$/ })
    .getByRole("button", { name: "Choose filters first" })
    .click();
  const filters = page.getByRole("dialog", { name: "Filters" });
  await expect(filters).toBeVisible();
  await expect(filters.getByRole("checkbox", { name: /^Detainees and hostages/ })).toBeVisible();
  await explorer.expectNoAxeViolations();
});

test("a short handout prints at once, without a question", async ({ page }) => {
  const prints = await countPrints(page);
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=detainees&q=glezmann");
  await (await explorer.tool("Print handout")).click();
  await expect.poll(prints).toBe(1);
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("the handout's first page starts with the events", async ({ page }) => {
  // A page of A4 as printing lays it out: 178 by 261 mm inside the margins, at 96 CSS pixels to the inch.
  const width = (178 * 96) / 25.4;
  const height = (261 * 96) / 25.4;
  await page.setViewportSize({ width: Math.floor(width), height: Math.floor(height) });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("article", { name: "Printable handout" });
  await expect(handout).toBeVisible();
  const layout = await handout.evaluate((article) => {
    const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
    const title = article.querySelector("h2")!;
    // The first event's title prints where the box it may not be split from starts: the outermost box
    // around it that printing keeps whole, which moves to the next page when it does not fit.
    let whole: Element = title;
    for (let box = title.parentElement; box && box !== article; box = box.parentElement) {
      if (getComputedStyle(box).breakInside.startsWith("avoid")) whole = box;
    }
    return {
      title: title.textContent,
      handoutTop: top(article),
      wholeEnds: whole.getBoundingClientRect().bottom + window.scrollY - top(article),
    };
  });
  expect(layout.title).toBe("U.S. and Taliban sign the Doha agreement");
  // The first event's title fits on the handout's first page, and nothing prints before the handout.
  expect(layout.wholeEnds).toBeLessThanOrEqual(height);
  expect(layout.handoutTop).toBeLessThan(1);
});
