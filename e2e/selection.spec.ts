import { expect, test } from "./fixtures";
import { TOTAL, eventById, ids, inDateOrder } from "./data";
import { ExplorerPage } from "./pages/explorer-page";

const ALL = inDateOrder.map((event) => event.id);

test.describe("selection", () => {
  test("selecting a card expands it and selects its item on the timeline", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.cardButton("glezmann-released").click();
    const card = explorer.card("glezmann-released");
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(explorer.cardButton("glezmann-released")).toHaveAttribute("aria-expanded", "true");
    expect(explorer.params().get("event")).toBe("glezmann-released");
    await expect(explorer.timelineItem("glezmann-released")).toHaveClass(/vis-selected/);

    // Details, the article's words beside the notes, how each side saw it, sources as new-tab links, related events.
    await expect(card.getByRole("heading", { name: "Details" })).toBeVisible();
    await expect(card.getByText("Notes on the record")).toBeVisible();
    await expect(card.getByRole("list", { name: "The article's words" })).toContainText(
      "The article says: the Taliban has also engaged in goodwill gestures, such as securing the release of American prisoner George Glezmann",
    );
    await expect(card.getByRole("list", { name: "The article's words" })).toContainText("(paragraph 5)");
    await expect(card.getByRole("heading", { name: "How each side saw it" })).toBeVisible();
    await expect(card).toContainText("Why the Taliban say they freed him");
    await expect(card.getByText("Primary source", { exact: true }).first()).toBeVisible();
    const source = card.getByRole("link").first();
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(source).toHaveAttribute("rel", /noopener/);
    await expect(page.getByText(/^Selected: .*Glezmann.*, March 20, 2025\.$/)).toBeAttached();
    await explorer.expectNoAxeViolations();

    // A related event's button selects it and moves focus to it.
    const related = card.getByRole("button", { name: /Followed from: .*detain/i }).first();
    await related.click();
    await expect(explorer.card("glezmann-detained")).toHaveAttribute("aria-current", "true");
    await expect(explorer.cardButton("glezmann-detained")).toBeFocused();
    await expect(explorer.selectedCard()).toHaveCount(1);

    // Selecting the selected card again closes it.
    await explorer.cardButton("glezmann-detained").click();
    await expect(explorer.selectedCard()).toHaveCount(0);
    expect(explorer.params().has("event")).toBe(false);
  });

  test("every card shows that it has more, and marks the events whose notes correct the article", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=detainees");
    const shown = ids((event) => event.track === "detainees");
    await expect(explorer.events.getByRole("button", { name: /^Details/ })).toHaveCount(shown.length);

    const glezmann = eventById("glezmann-released");
    const toggle = explorer.cardToggle("glezmann-released");
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveText(`Details and ${glezmann.sources.length} sources`);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toHaveAccessibleDescription(glezmann.title);
    const card = explorer.card("glezmann-released");
    await expect(card.getByText("Checked against the record")).toBeVisible();
    const unmarked = shown.find((id) => !eventById(id).correctsArticle)!;
    await expect(explorer.card(unmarked).getByText("Checked against the record")).toHaveCount(0);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveText("Hide details");
    await expect(toggle).toBeFocused();
    const details = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await expect(details.getByText("Notes on the record")).toBeVisible();
    await expect(details).toContainText("the Taliban released him");
    await expect(card).toHaveAttribute("aria-current", "true");
    expect(explorer.params().get("event")).toBe("glezmann-released");
    await explorer.expectNoAxeViolations();

    await toggle.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(details).toHaveCount(0);
    expect(explorer.params().has("event")).toBe(false);
  });

  test("selecting a card reveals its item when the timeline shows another time", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    for (let i = 0; i < 5; i++) await explorer.button("Zoom in").click();
    await explorer.button("Later").click();
    const item = explorer.timelineItem("doha-agreement");
    await expect(item).toHaveCount(0); // far outside the window: not drawn
    await explorer.cardButton("doha-agreement").click();
    await explorer.timeline.scrollIntoViewIfNeeded();
    await expect(item).toBeInViewport();
    await expect(item).toHaveClass(/vis-selected/);
  });

  test("clicking a timeline item selects its card and scrolls it into view without taking focus", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.timelineItem("last-us-flight").click();
    const card = explorer.card("last-us-flight");
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(card).toBeInViewport();
    await expect(explorer.cardButton("last-us-flight")).not.toBeFocused();
    expect(explorer.params().get("event")).toBe("last-us-flight");
  });

  test("hovering a card highlights its item, and hovering an item highlights its card", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.card("doha-agreement").hover();
    await expect(explorer.timelineItem("doha-agreement")).toHaveClass(/te-linked/);
    await explorer.timelineItem("fall-of-kabul").hover();
    await expect(explorer.card("fall-of-kabul")).toHaveClass(/border-\[var\(--accent\)\]/);
    await expect(explorer.timelineItem("doha-agreement")).not.toHaveClass(/te-linked/);
  });

  test("keeps a selected event in view when the filters hide it, and says so", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&event=china-accepts-envoy");
    await expect(explorer.card("china-accepts-envoy")).toContainText("Outside your filters");
    await expect(explorer.status).toHaveText(`${ids((event) => event.track === "military").length} of ${TOTAL} events`);
    await expect(explorer.timelineItem("china-accepts-envoy")).toHaveClass(/te-outside/);
  });
});

test.describe("keyboard", () => {
  test("steps through events with the Next and Previous buttons and the n and p keys", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=fall-of-kabul");
    const order = ALL;
    const at = order.indexOf("fall-of-kabul");
    await explorer.button("Next event").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at + 1]!);
    await expect(explorer.button("Next event")).toBeFocused();
    await explorer.button("Previous event").press("Enter");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at]!);

    await explorer.cardButton("fall-of-kabul").focus();
    await page.keyboard.press("n");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at + 1]!);
    await page.keyboard.press("p");
    await page.keyboard.press("p");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", order[at - 1]!);
    await expect(explorer.timelineItem(order[at - 1]!)).toHaveClass(/vis-selected/);

    await page.keyboard.press("Escape");
    await expect(explorer.selectedCard()).toHaveCount(0);
    await expect(page.getByText("Selection cleared.")).toBeAttached();
  });

  test("shortcuts work as soon as the page loads, and focus follows the selection", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=detainees");
    const shown = ids((event) => event.track === "detainees");
    // Nothing has focus yet: n starts at the first event of the view.
    await page.keyboard.press("n");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", shown[0]!);
    await expect(explorer.cardButton(shown[0]!)).toBeFocused();
    await page.keyboard.press("n");
    await expect(explorer.cardButton(shown[1]!)).toBeFocused();
    await expect(page.getByText(`Selected: ${eventById(shown[1]!).title}, `)).toBeAttached();
    await page.keyboard.press("p");
    await page.keyboard.press("p");
    await expect(explorer.cardButton(shown[0]!)).toBeFocused();
    await expect(page.getByText("There is no earlier event.")).toBeAttached();
    await page.keyboard.press("Escape");
    await expect(explorer.selectedCard()).toHaveCount(0);
    // With nothing selected, p starts at the last.
    await page.keyboard.press("p");
    await expect(explorer.cardButton(shown.at(-1)!)).toBeFocused();
  });

  test("the Next and Previous buttons start at the ends of the view, and keep focus", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military");
    const shown = ids((event) => event.track === "military");
    await explorer.button("Next event").click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", shown[0]!);
    await expect(explorer.button("Next event")).toBeFocused();
    await explorer.cardButton(shown[0]!).click();
    await expect(explorer.selectedCard()).toHaveCount(0);
    await explorer.button("Previous event").click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", shown.at(-1)!);
  });

  test("in a frame, shortcuts work only while focus is inside the explorer", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("embed=1");
    await page.keyboard.press("n");
    await expect(explorer.selectedCard()).toHaveCount(0);
    await explorer.button("Next event").focus();
    await page.keyboard.press("n");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", ALL[0]!);
  });

  test("arrow keys move between cards; shortcuts never fire while typing", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.cardButton(ALL[0]!).focus();
    await page.keyboard.press("ArrowDown");
    await expect(explorer.cardButton(ALL[1]!)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await expect(explorer.cardButton(ALL[1]!)).toBeFocused();
    await page.keyboard.press("End");
    await expect(explorer.cardButton(ALL.at(-1)!)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(explorer.cardButton(ALL[0]!)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(explorer.card(ALL[0]!)).toHaveAttribute("aria-current", "true");

    await explorer.search.focus();
    await page.keyboard.type("npn");
    await expect(explorer.search).toHaveValue("npn");
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", ALL[0]!);
  });

  test("a second skip link leads past the filters to the timeline's controls", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the timeline" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(explorer.button("Previous event")).toBeFocused();
  });

  test("the skip link jumps to the events", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to events" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#events")).toBeFocused();
    // The next stops are the events section's own controls, then the first card.
    await page.keyboard.press("Tab");
    await expect(explorer.button("Download CSV")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(explorer.cardButton(ALL[0]!)).toBeFocused();
  });

  test("the timeline's controls move and zoom it without dragging", async ({ page }) => {
    // Moves without animation: a label read halfway through a zoom could match the one after the next move.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // The first minor and major labels: a move by exactly a year keeps the month and changes the year.
    const labels = explorer.timeline.locator(".vis-time-axis.vis-foreground");
    const minor = labels.locator(".vis-text.vis-minor:not(.vis-measure)").first();
    const major = labels.locator(".vis-text.vis-major:not(.vis-measure)").first();
    const first = async () => `${await minor.textContent()} ${await major.textContent()}`;
    const initial = await first();
    await explorer.button("Zoom in").click();
    await explorer.button("Zoom in").click();
    await explorer.button("Zoom in").click();
    await expect.poll(first).not.toBe(initial);
    const zoomed = await first();
    await explorer.button("Later").click();
    await expect.poll(first).not.toBe(zoomed);
    await explorer.button("Fit all").click();
    await expect.poll(first).toBe(initial);
    await explorer.button("Zoom out").click();
    await expect.poll(first).not.toBe(initial);
  });
});
