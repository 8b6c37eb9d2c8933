import { expect, test } from "./fixtures";
import { TOTAL, ids, inDateOrder } from "./data";
import { ExplorerPage } from "./pages/explorer-page";

const ALL = inDateOrder.map((event) => event.id);

test.describe("links", () => {
  test("a deep link reproduces the view after a reload", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const link = "tracks=detainees&actors=qatar&from=2024-01-01&q=glezmann&event=glezmann-released";
    await explorer.open(link);
    const expected = ids(
      (event) =>
        event.track === "detainees" &&
        event.actors.includes("qatar") &&
        (event.end ?? event.start) >= "2024" &&
        `${event.title} ${event.summary} ${event.details ?? ""}`.toLowerCase().includes("glezmann"),
    );
    await explorer.expectMatching(expected, TOTAL);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(explorer.timelineItem("glezmann-released")).toHaveClass(/vis-selected/);
    expect(expected).toContain("glezmann-released");
    await expect(explorer.search).toHaveValue("glezmann");
    await expect(explorer.checkbox("Qatar")).toBeChecked();
    await expect(explorer.checkbox("Military and withdrawal")).not.toBeChecked();
    expect(new URL(page.url()).search).toBe(`?${link}`);

    await page.reload();
    await explorer.ready();
    await explorer.expectMatching(expected, TOTAL);
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(explorer.card("glezmann-released")).toBeInViewport();
  });

  test("Back and Forward step through filter and selection changes", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("International recognition").uncheck();
    await explorer.cardButton("doha-agreement").click();
    await explorer.search.fill("kabul");
    await explorer.search.fill("kabul airport"); // one history entry for the whole search
    await expect(explorer.status).not.toHaveText(`${TOTAL} of ${TOTAL} events`);

    await page.goBack();
    await expect(explorer.search).toHaveValue("");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await page.goBack();
    await expect(explorer.selectedCard()).toHaveCount(0);
    await expect(explorer.checkbox("International recognition")).not.toBeChecked();
    await page.goBack();
    await expect(explorer.checkbox("International recognition")).toBeChecked();
    await explorer.expectShowing(ALL, TOTAL);

    await page.goForward();
    await page.goForward();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await page.goForward();
    await expect(explorer.search).toHaveValue("kabul airport");
  });

  test("a malformed link shows a notice, and the rest of it still applies", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military,space&actors=isis-k&from=2021-13-40&event=no-such-event&theme=purple");
    await expect(explorer.notice).toBeVisible();
    const notice = page.getByRole("listitem").filter({ hasText: "there is no track “space”" });
    await expect(notice).toBeVisible();
    await expect(page.getByText("there is no event “no-such-event”")).toBeVisible();
    await expect(page.getByText("from “2021-13-40” is not a date")).toBeVisible();
    await explorer.expectShowing(
      ids((event) => event.track === "military" && event.actors.includes("isis-k")),
      TOTAL,
    );
    // The link now says what is shown.
    expect(new URL(page.url()).search).toBe("?tracks=military&actors=isis-k");
    await explorer.expectNoAxeViolations();
    await explorer.button("Dismiss").click();
    await expect(explorer.notice).toBeHidden();
  });
});

test.describe("layout", () => {
  test("on a phone the filters open in a drawer", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.checkbox("Qatar")).toBeHidden();
    const open = explorer.button("Filters");
    await open.click();
    const drawer = page.getByRole("dialog", { name: "Filters" });
    await expect(drawer).toBeVisible();
    await explorer.expectNoAxeViolations();
    await drawer.getByRole("checkbox", { name: "Qatar", exact: true }).check();
    const qatar = ids((event) => event.actors.includes("qatar"));
    await drawer.getByRole("button", { name: `Show ${qatar.length} of ${TOTAL} events` }).click();
    await expect(drawer).toBeHidden();
    // The reader lands on the results, not back at the top of the page.
    await expect(page.locator("#events")).toBeFocused();
    await expect(page.getByRole("heading", { name: "Events", level: 2 })).toBeInViewport();
    await explorer.expectShowing(qatar, TOTAL);

    await explorer.button("Filters (1)").click();
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    // Nothing scrolls sideways at phone width, nor at 320 px.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test("the dark theme comes from the link or the reader's system", async ({ page }) => {
    test.slow(); // two full-page accessibility scans, with an event's details open
    const explorer = new ExplorerPage(page);
    await explorer.open("theme=dark&event=abbey-gate-bombing");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await explorer.expectNoAxeViolations();
    await page.getByLabel("Theme").selectOption("light");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(explorer.params().get("theme")).toBe("light");

    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByLabel("Theme").selectOption("system");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(explorer.params().has("theme")).toBe(false);
    await explorer.expectNoAxeViolations();
  });
});
