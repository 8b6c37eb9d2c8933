import { expect, test } from "./fixtures";
import { TOTAL, dataset, eventById, ids, inDateOrder, searchableText } from "./data";
import { ExplorerPage } from "./pages/explorer-page";

const ALL = inDateOrder.map((event) => event.id);

test.describe("the explorer", () => {
  test("loads every event as a card and on the timeline, in date order", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.expectShowing(ALL, TOTAL);
    // Each card: title as a heading, date, track, provenance badge and summary.
    const card = explorer.card("abbey-gate-bombing");
    await expect(card.getByRole("heading")).toHaveText(eventById("abbey-gate-bombing").title);
    await expect(card.locator("time")).toHaveText("Aug 26, 2021");
    await expect(card).toContainText("Military and withdrawal");
    await expect(card).toContainText("In the article");
    await expect(card).toContainText("13 U.S. service members");
    // The timeline labels each item with its date in the event's precision.
    await expect(explorer.timelineItem("recognition-request")).toContainText("Mar 2025");
    await expect(explorer.timelineItem("kabul-airlift")).toContainText("Aug 14–30, 2021");
    await explorer.expectNoAxeViolations();
  });

  test("filters by a track, with counts, cards, timeline and link in step", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const military = explorer.checkbox("Military and withdrawal");
    await expect(military).toBeChecked();
    const militaryCount = ids((event) => event.track === "military").length;
    await expect(page.locator(`#${await military.getAttribute("aria-describedby")}`)).toHaveText(
      `${militaryCount} events`,
    );

    await military.uncheck();
    await explorer.expectShowing(
      ids((event) => event.track !== "military"),
      TOTAL,
    );
    expect(explorer.params().get("tracks")).toBe("detainees,diplomacy,international,rights,sanctions");
    await expect(
      explorer.chip(
        "Tracks: Diplomacy and recognition, Detainees and hostages, Sanctions and designations, International recognition, Rights and people",
      ),
    ).toBeVisible();
    await explorer.expectNoAxeViolations();

    await military.check();
    await explorer.expectShowing(ALL, TOTAL);
    expect(explorer.params().has("tracks")).toBe(false);
  });

  test("filters by an actor, and the other facets count within it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Qatar").check();
    const qatar = ids((event) => event.actors.includes("qatar"));
    await explorer.expectShowing(qatar, TOTAL);
    expect(explorer.params().get("actors")).toBe("qatar");
    const inDetainees = qatar.filter((id) => eventById(id).track === "detainees").length;
    const detainees = explorer.checkbox("Detainees and hostages");
    await expect(page.locator(`#${await detainees.getAttribute("aria-describedby")}`)).toHaveText(
      `${inDetainees} events`,
    );
    await explorer.chip("Actor: Qatar").click();
    await explorer.expectShowing(ALL, TOTAL);
  });

  test("filters by provenance", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Not in the article").uncheck();
    await explorer.checkbox("After the article").uncheck();
    await explorer.expectShowing(
      ids((event) => event.provenance === "article"),
      TOTAL,
    );
    expect(explorer.params().get("prov")).toBe("article");
  });

  test("says what each provenance means, at its checkbox and on the card, and old links keep working", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    // prov=context is what links made before the label changed from "Background" say.
    await explorer.open("prov=context");
    const context = ids((event) => event.provenance === "context");
    await explorer.expectShowing(context, TOTAL);
    const notInArticle = explorer.checkbox("Not in the article");
    await expect(notInArticle).toBeChecked();
    await expect(explorer.checkbox("In the article")).not.toBeChecked();
    await expect(notInArticle).toHaveAccessibleDescription(
      `${context.length} events From the public record: the source article does not report it.`,
    );
    await expect(explorer.checkbox("In the article")).toHaveAccessibleDescription(
      /The source article reports this event\.$/,
    );
    await expect(explorer.checkbox("After the article")).toHaveAccessibleDescription(
      /Happened after the source article was published\.$/,
    );
    await expect(page.getByText("From the public record: the source article does not report it.")).toBeVisible();
    await expect(explorer.chip("Not in the article")).toBeVisible();

    await explorer.cardToggle(context[0]!).click();
    await expect(explorer.card(context[0]!)).toContainText(
      "Not in the article: From the public record: the source article does not report it.",
    );
    await explorer.expectNoAxeViolations();
  });

  test("filters by a date preset and by typed dates", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.button("August 2021").click();
    await expect(explorer.button("August 2021")).toHaveAttribute("aria-pressed", "true");
    const august = ids((event) => (event.end ?? event.start) >= "2021-08" && event.start <= "2021-08-31");
    await explorer.expectShowing(august, TOTAL);
    expect(explorer.params().get("from")).toBe("2021-08-01");
    expect(explorer.params().get("to")).toBe("2021-08-31");
    await expect(explorer.from).toHaveValue("2021-08-01");
    await expect(explorer.to).toHaveValue("2021-08-31");

    await explorer.from.fill("2025-01-01");
    await explorer.to.fill("2025-03-31");
    const early2025 = ids((event) => (event.end ?? event.start) >= "2025-01" && event.start <= "2025-03-31");
    await explorer.expectShowing(early2025, TOTAL);
    await expect(explorer.chip("Dates: Jan 1, 2025 to Mar 31, 2025")).toBeVisible();
    await expect(explorer.button("August 2021")).toHaveAttribute("aria-pressed", "false");
  });

  test("searches titles, summaries, details, notes, actors and what each side said, forgiving case and diacritics", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.search.fill("GLEZMANN");
    const glezmann = ids((event) => searchableText(event).includes("glezmann"));
    await explorer.expectMatching(glezmann, TOTAL);
    expect(explorer.params().get("q")).toBe("GLEZMANN");

    await explorer.search.fill("Guantanamo");
    await expect(explorer.cards.first()).toBeVisible();
    await expect(explorer.card("biden-swap-talks")).toBeVisible(); // its text says “Guantánamo”
    await explorer.search.fill("");
    await explorer.expectShowing(ALL, TOTAL);
  });

  test("shows an empty state that offers to clear the filters", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("q=zebra+crossing&tracks=military");
    await expect(explorer.status).toHaveText(`0 of ${TOTAL} events`);
    await expect(page.getByText("Nothing matches “zebra crossing”.")).toBeVisible();
    await expect(explorer.timeline.locator(".vis-item[data-event-id]")).toHaveCount(0);
    // With no event to fit to, the timeline still spans the periods, not a week around today.
    for (const period of ["Trump's first term", "Biden administration", "Trump's second term"])
      await expect(explorer.timeline.getByText(period)).toBeVisible();
    await explorer.expectNoAxeViolations();
    await explorer.button("Clear all filters").click();
    await explorer.expectShowing(ALL, TOTAL);
    expect(explorer.page.url()).not.toContain("?");
  });
});

test("the dataset in the tests is the one the app shows", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(explorer.heading).toHaveText(dataset.title);
});
