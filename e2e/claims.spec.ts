import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

test.describe("check the article", () => {
  test("the claims in the article's order, by paragraph, each with a verdict in words, filtered by verdict", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.button("Check the article").click();
    expect(explorer.params().get("view")).toBe("claims");
    const view = page.getByRole("region", { name: "Check the article" });
    await expect(view.getByRole("status")).toHaveText("32 of 32 claims");
    await expect(view.getByRole("region", { name: "Paragraph 1", exact: true })).toBeVisible();
    const claim = view.locator('[data-claim-id="former-president"]');
    await expect(claim).toContainText("an agreement reached by former President Trump");
    await expect(claim).toContainText("Verdict: Wrong");
    await explorer.expectNoAxeViolations();

    // Only what the record contradicts or blurs.
    const verdicts = view.getByRole("group", { name: "Verdict" });
    for (const verdict of ["Accurate", "Unsupported", "Opinion"])
      await verdicts.getByRole("checkbox", { name: new RegExp(`^${verdict} \\(\\d+\\)$`) }).uncheck();
    await expect(view.getByRole("status")).toHaveText("8 of 32 claims");
    await expect(claim).toBeVisible();
    await expect(view.locator('[data-claim-id="seeking-ties"]')).toHaveCount(0);

    // A claim's event opens its card, selected; Back comes back to the claims.
    await claim.getByRole("button", { name: /Doha/ }).click();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    expect(explorer.params().get("view")).toBeNull();
    await page.goBack();
    await expect(page.getByRole("region", { name: "Check the article" })).toBeVisible();
  });

  test("a claim's link opens that claim, in sight and focused, in a fresh page", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("claim=former-president");
    const claim = page.locator('[data-claim-id="former-president"]');
    await expect(claim).toHaveAttribute("aria-current", "true");
    await expect(claim.getByRole("heading", { level: 4 })).toBeFocused();
    await expect(claim).toBeInViewport();
    // A claim the dataset lacks: the view opens, and the page says what it left out.
    await explorer.open("claim=no-such-claim");
    await expect(page.getByRole("region", { name: "Check the article" })).toBeVisible();
    await expect(page.getByText("there is no claim “no-such-claim”")).toBeVisible();
  });

  test("a card shows the claims about its event, each a way into Check the article", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("event=doha-agreement");
    const card = explorer.card("doha-agreement");
    await expect(card.getByRole("heading", { name: "What the article claims" })).toBeVisible();
    const onCard = card.locator('[data-claim-id="former-president"]');
    await expect(onCard).toContainText("Verdict: Wrong");
    await expect(onCard).toContainText("former President Trump");
    await explorer.expectNoAxeViolations();

    await onCard.getByRole("button", { name: "See in Check the article" }).click();
    expect(explorer.params().get("view")).toBe("claims");
    expect(explorer.params().get("claim")).toBe("former-president");
    const claim = page.locator('[data-claim-id="former-president"]');
    await expect(claim).toHaveAttribute("aria-current", "true");
    await expect(claim.getByRole("heading", { level: 4 })).toBeFocused();
    // Back returns to the card the student came from.
    await page.goBack();
    await expect(explorer.selectedCard()).toHaveAttribute("data-event-id", "doha-agreement");
    await expect(card.getByRole("heading", { name: "What the article claims" })).toBeVisible();
  });

  test("every event a claim names shows that claim on its card", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    // An event named by one claim only, in the article's first paragraph.
    await explorer.open("event=designations-remain");
    await expect(explorer.card("designations-remain").locator('[data-claim-id="terrorist-concerns"]')).toBeVisible();
  });

  test("Print the claims prints them as a handout of their own, every claim with its verdict in words", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const counted = window as unknown as { prints: number };
      counted.prints = 0;
      window.print = () => void counted.prints++;
    });
    const explorer = new ExplorerPage(page);
    await explorer.open("view=claims");
    const view = page.getByRole("region", { name: "Check the article" });
    await view.getByRole("button", { name: "Print the claims" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
    await page.emulateMedia({ media: "print" });
    const handout = page.getByRole("article", { name: "Printed claims" });
    await expect(handout).toBeVisible();
    // Not the events' handout, and none of the screen's controls.
    await expect(page.getByRole("article", { name: "Printable handout" })).toHaveCount(0);
    await expect(view).toBeHidden();
    await expect(handout.getByRole("heading", { level: 1 })).toContainText("Check the article");
    await expect(handout.getByRole("listitem").filter({ hasText: "Verdict: " })).toHaveCount(32);
    await expect(handout).toContainText("Paragraph 1");
    await expect(handout).toContainText("What the record shows:");
    await expect(handout).toContainText("?view=claims");
    await page.emulateMedia({ media: "screen" });
    await explorer.expectNoAxeViolations();
  });
});
