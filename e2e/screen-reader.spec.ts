import type { Page } from "@playwright/test";
import { TOTAL, eventById, ids } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

interface Stop {
  name: string;
  visibleFocus: boolean;
  obscured: boolean;
  inViewport: boolean;
}

/** What the focused element is and whether a sighted keyboard user can see where focus is. */
async function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== "none";
    const rect = element.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const obscured = !(top && (element.contains(top) || top.contains(element) || top === element));
    const name =
      element.getAttribute("aria-label") ??
      element.textContent?.trim().slice(0, 60) ??
      `${element.tagName.toLowerCase()}#${element.id}`;
    const labelled = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : null;
    return {
      name: `${element.tagName.toLowerCase()} ${labelled ?? name}`,
      visibleFocus: outline || ring,
      obscured,
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });
}

/** Every control a keyboard should reach: visible, enabled, not taken out of the tab order. */
async function focusableCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && !element.closest("[inert]"))
        .length,
  );
}

test.describe("keyboard only", () => {
  test("Tab reaches every control with a visible focus indicator, never hidden behind other content", async ({
    page,
  }) => {
    // Every control of a page of 75 events, one Tab at a time.
    test.setTimeout(180_000);
    const explorer = new ExplorerPage(page);
    await explorer.open("event=abbey-gate-bombing");
    const expected = await focusableCount(page);
    await page.locator("body").focus();
    const stops: Stop[] = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press("Tab");
      const stop = await focusStop(page);
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThanOrEqual(expected);
    const problems = stops.filter((stop) => !stop.visibleFocus || stop.obscured || !stop.inViewport);
    expect(problems).toEqual([]);
  });

  test("every task of the explorer can be done from the keyboard", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // Filter by a track and an actor: Space toggles a checkbox.
    await explorer.checkbox("International recognition").focus();
    await page.keyboard.press("Space");
    await expect(explorer.checkbox("International recognition")).not.toBeChecked();
    await explorer.checkbox("Qatar").focus();
    await page.keyboard.press("Space");
    await expect(explorer.checkbox("Qatar")).toBeChecked();
    // A date preset, then a search.
    await explorer.button("The 2025 talks").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.button("The 2025 talks")).toHaveAttribute("aria-pressed", "true");
    await explorer.search.focus();
    await page.keyboard.type("glezmann");
    await expect(explorer.status).toHaveText(new RegExp(`^\\d+ of ${TOTAL} events, best matches first$`));
    // Read a card: arrows between cards, Enter to open, a related event, Escape to close.
    await explorer.cardButton((await explorer.cardIds())[0]!).focus();
    await page.keyboard.press("Enter");
    await expect(explorer.selectedCard()).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(explorer.selectedCard()).toHaveCount(0);
    // Remove a chip, then clear everything.
    // The focus stays among the chips, then lands on the events' heading, never back at the page's start.
    await explorer.chip("Actor: Qatar").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.chip("Actor: Qatar")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Active filters" }).locator("button:focus")).toHaveCount(1);
    await explorer.button("Clear all").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.status).toHaveText(`${TOTAL} of ${TOTAL} events`);
    await expect(page.locator("#events")).toBeFocused();
    // Move the timeline without dragging, and step through events.
    await explorer.button("Zoom in").focus();
    await page.keyboard.press("Enter");
    await explorer.button("Next event").focus();
    await page.keyboard.press("Enter");
    await expect(explorer.selectedCard()).toHaveCount(1);
    // Share: the embed dialog opens and closes from the keyboard, focus returning to its button.
    await (await explorer.tool("Embed")).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(explorer.button("Embed")).toBeFocused();
  });
});

test.describe("what a screen reader meets", () => {
  test("the page's landmarks, controls and live regions", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&event=abbey-gate-bombing");
    await expect(page.getByRole("banner")).toMatchAriaSnapshot(`
      - banner:
        - paragraph: Timeline explorer
        - heading "U.S.–Taliban relations, 2020–2026" [level=1]
        - paragraph
        - paragraph: /Source article/
        - button "Share and teach" [expanded=false]
        - text: Theme
        - combobox "Theme"
    `);
    await expect(page.getByRole("complementary", { name: "Filters" })).toMatchAriaSnapshot(`
      - complementary "Filters":
        - heading "Filters" [level=2]
        - searchbox "Search events"
        - group "Tracks":
          - list:
            - listitem:
              - checkbox "Diplomacy and recognition" [checked=false]
            - listitem:
              - checkbox "Military and withdrawal" [checked]
        - group "Where it comes from":
          - list:
            - listitem:
              - checkbox "In the article" [checked]
        - group "Dates":
          - textbox "From"
          - textbox "To"
          - group "Date presets":
            - button "The withdrawal" [pressed=false]
            - button "August 2021" [pressed=false]
            - button "The 2025 talks" [pressed=false]
        - group "Actors":
          - searchbox "Find an actor"
          - group "States":
            - list:
              - listitem:
                - checkbox "Qatar"
          - button /Show all actors \\(\\d+\\)/ [expanded=false]
    `);
    await expect(explorer.timeline).toMatchAriaSnapshot(`
      - region "Timeline":
        - heading "Timeline" [level=2]
        - group "Timeline controls":
          - button "Previous event"
          - button "Next event"
          - button "Earlier"
          - button "Later"
          - button "Zoom in"
          - button "Zoom out"
          - button "Fit all"
          - button "Expand timeline" [expanded=false]
        - paragraph: /the way through them by keyboard and screen reader/
    `);
    await expect(explorer.events).toMatchAriaSnapshot(`
      - region "Events":
        - heading "Events" [level=2]
        - status: ${ids((event) => event.track === "military").length} of ${TOTAL} events
        - button "Download CSV"
        - button "Download JSON"
        - group "Active filters":
          - 'button "Remove filter Track: Military and withdrawal"'
          - button "Clear all"
    `);
    const title = eventById("abbey-gate-bombing").title;
    await expect(explorer.selectedCard()).toMatchAriaSnapshot(`
      - article "${title}":
        - paragraph:
          - time: Aug 26, 2021
        - heading "${title}" [level=3]:
          - button "${title}" [expanded]
        - paragraph: /killing 13 U.S. service members and about 170 Afghans/
        - heading "Details" [level=4]
        - list "The article's words":
          - listitem: /The article says:.*\\(paragraph 4\\)/
        - heading "Notes on the record" [level=4]
        - heading "How each side saw it" [level=4]
        - list:
          - listitem:
            - blockquote
        - heading "Sources" [level=4]
        - list:
          - listitem:
            - link /opens in a new tab/
        - heading "Related events" [level=4]
        - list:
          - listitem:
            - 'button "Part of: The Kabul airport airlift"'
    `);
  });

  test("selection changes and counts are announced", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.cardButton("fall-of-kabul").click();
    await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText(
      "Selected: Kabul falls to the Taliban; Ghani flees, August 15, 2021.",
    );
    await explorer.checkbox("Military and withdrawal").uncheck();
    await expect(explorer.status).toHaveText(
      `${TOTAL - ids((event) => event.track === "military").length} of ${TOTAL} events`,
    );
    await page.keyboard.press("Escape");
    await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("Selection cleared.");
  });

  test("a dialog names itself and holds the controls a teacher needs", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await (await explorer.tool("Embed")).click();
    await expect(page.getByRole("dialog", { name: "Embed this view" })).toMatchAriaSnapshot(`
      - dialog "Embed this view":
        - heading "Embed this view" [level=2]
        - button "Close"
        - spinbutton "Height in pixels"
        - group "Theme":
          - radio "Reader's setting" [checked]
          - radio "Light"
          - radio "Dark"
        - checkbox "Show the filter panel"
        - textbox "Embed code"
        - button "Copy code"
    `);
  });
});
