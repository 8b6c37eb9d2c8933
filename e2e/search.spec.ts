import { ids, inDateOrder, TOTAL } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/** Search as students type it (issue 13): word forms, dates as words, questions, partial and empty results. */
test.describe("search", () => {
  test("finds word forms and places: 'evacuation' and 'Kabul airport'", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("evacuation");
    await expect(explorer.card("kabul-airlift")).toBeVisible(); // it says "evacuated"
    await explorer.search.fill("Kabul airport");
    await expect(explorer.card("abbey-gate-bombing")).toBeVisible();
    await expect(explorer.card("kabul-airlift")).toBeVisible();
  });

  test("reads a month and a year as a time, and says so", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("August 2021");
    const august = ids((event) => (event.end ?? event.start) >= "2021-08" && event.start <= "2021-08-31");
    await explorer.expectShowing(august, TOTAL);
    await expect(page.getByText("Read as a date: events from August 2021.")).toBeVisible();

    await explorer.search.fill("2022");
    const in2022 = ids((event) => (event.end ?? event.start) >= "2022" && event.start <= "2022-12-31");
    await explorer.expectShowing(in2022, TOTAL);
  });

  test("answers a question typed as a question", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("Why did the Taliban free George Glezmann?");
    await expect(explorer.card("glezmann-released")).toBeVisible();
    await explorer.search.fill("What happened at Kabul airport in August 2021?");
    await expect(explorer.card("abbey-gate-bombing")).toBeVisible();
    await expect(explorer.card("kabul-airlift")).toBeVisible();
  });

  test("when no event has every word, the best matches come first and the note says which word is missing", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("q=Glezmann+released+qwertyuiop");
    await expect(explorer.status).toHaveText(/ of \d+ events, best matches first$/);
    await expect(
      page.getByText(/No event has every word you searched for \(nothing mentions “qwertyuiop”\)/),
    ).toBeVisible();
    await expect(explorer.cards.first()).toHaveAttribute("data-event-id", "glezmann-released");
    await explorer.expectNoAxeViolations();
  });

  test("an empty result says why and offers the nearest events, one click away", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("Glesmann");
    await expect(page.getByText("Nothing matches “Glesmann”.")).toBeVisible();
    await expect(page.getByText("No event mentions “glesmann”.")).toBeVisible();
    const nearest = page.getByRole("heading", { name: "Nearest matches" }).locator("xpath=..").getByRole("button");
    await expect(nearest.first()).toContainText("Glezmann");
    await explorer.expectNoAxeViolations();
    await nearest.filter({ hasText: "Taliban free George Glezmann" }).click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(explorer.search).toHaveValue("");
    expect(explorer.params().has("q")).toBe(false);
    await expect(explorer.cardButton("glezmann-released")).toBeFocused();
    // One Back returns to the search as it was.
    await page.goBack();
    await expect(explorer.search).toHaveValue("Glesmann");
  });

  test("a time with no events offers the events nearest to it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("q=August+2019");
    await expect(page.getByText("No event falls in August 2019.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nearest matches" })).toBeVisible();
  });

  test("lists the best match first, and Sort by date brings back date order, kept in the link", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("Abbey Gate");
    await expect(explorer.cards.first()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await expect(explorer.status).toHaveText(/ events, best matches first$/);
    await explorer.search.fill("troops died");
    await expect(explorer.cards.first()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    const ranked = await explorer.cardIds();

    const byDate = page.getByRole("checkbox", { name: "Sort by date" });
    await byDate.check();
    await expect(explorer.status).toHaveText(/ events, in date order$/);
    expect(explorer.params().get("sort")).toBe("date");
    const dated = inDateOrder.map((event) => event.id).filter((id) => ranked.includes(id));
    await expect.poll(() => explorer.cardIds()).toEqual(dated);
    // The timeline shows the same events whichever the order.
    await expect.poll(() => explorer.timelineIds()).toEqual([...ranked].sort());
    await explorer.expectNoAxeViolations();

    await page.reload();
    await explorer.ready();
    await expect(byDate).toBeChecked();
    await expect.poll(() => explorer.cardIds()).toEqual(dated);
    await byDate.uncheck();
    await expect(explorer.cards.first()).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    expect(explorer.params().has("sort")).toBe(false);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test("a student's question brings its answer first, in sight below the search", async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      await explorer.search.fill("Why did the Taliban free George Glezmann?");
      const first = explorer.cards.first();
      await expect(first).toHaveAttribute("data-event-id", "glezmann-released");
      await expect(first).toBeInViewport();
    });
  });
});
