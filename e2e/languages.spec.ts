import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer-page";

/** An event's card by its data-event-id (a public contract): the list's name is in the page's language. */
const cardOf = (page: Page, id: string) => page.locator(`article[data-event-id="${id}"]`);

test.describe("languages", () => {
  test("a link's lang= opens the page in that language and direction, and the choice survives a reload", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("lang=fa&event=doha-agreement");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "fa-AF");
    await expect(html).toHaveAttribute("dir", "rtl");
    // Named in the page's language: found by its Dari option, as a reader finds it by the list of languages.
    const language = page.getByRole("combobox").filter({ has: page.locator('option[lang="fa-AF"]') });
    await expect(language.locator("option:checked")).toHaveText("دری");

    // Choosing another keeps the view: the selected event stays selected.
    await language.selectOption({ label: "Español" });
    await expect(html).toHaveAttribute("lang", "es");
    await expect(html).toHaveAttribute("dir", "ltr");
    expect(explorer.params().get("lang")).toBe("es");
    expect(explorer.params().get("event")).toBe("doha-agreement");
    await page.reload();
    await explorer.ready();
    await expect(html).toHaveAttribute("lang", "es");
    await expect(page.locator('article[aria-current="true"]')).toHaveAttribute("data-event-id", "doha-agreement");
  });

  test("each language is listed in its own name, spoken in its own language", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const options = page.getByRole("combobox", { name: "Language" }).locator("option");
    await expect(options).toHaveText(["English", "Español", "دری", "پښتو"]);
    expect(await options.evaluateAll((all) => all.map((option) => option.getAttribute("lang")))).toEqual([
      "en",
      "es",
      "fa-AF",
      "ps-AF",
    ]);
  });
});

test.describe("a reader whose browser speaks Pashto", () => {
  test.use({ locale: "ps-AF" });

  test("a link without lang= opens in Pashto, right to left", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(page.locator("html")).toHaveAttribute("lang", "ps-AF");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(explorer.params().get("lang")).toBeNull();
  });
});

test.describe("the default timeline in Dari", () => {
  test("cards read in Dari with both calendars, the English parts marked as English, and search finds Dari words", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("lang=fa&event=fall-of-kabul");
    const card = cardOf(page, "fall-of-kabul");
    await expect(explorer.heading).toHaveText("روابط ایالات متحده امریکا و طالبان، ۲۰۲۰–۲۰۲۶");
    await expect(card.getByRole("heading", { level: 3 })).toContainText("کابل");
    // 15 August 2021, in Dari's Gregorian months and the Solar Hijri calendar.
    await expect(card.locator("time").first()).toHaveText("۱۵ اگست ۲۰۲۱");
    await expect(card).toContainText("۲۴ اسد ۱۴۰۰");
    // The details stay in English, and say so to a screen reader.
    await expect(card.locator('[lang="en"]').first()).toBeAttached();

    // The search field, named in Dari.
    const search = page.getByRole("searchbox", { name: /جستجو/ }).first();
    await search.fill("گلزمن");
    await expect(cardOf(page, "glezmann-released")).toBeVisible();
    await search.fill("Glezmann");
    await expect(cardOf(page, "glezmann-released")).toBeVisible();
  });
});

test.describe("the timeline in Dari and Pashto", () => {
  for (const [lang, date, solar] of [
    ["fa", "۱۵ اگست ۲۰۲۱", "۲۴ اسد ۱۴۰۰"],
    ["ps", "۱۵ اګست ۲۰۲۱", "۲۴ زمری ۱۴۰۰"],
  ] as const) {
    test(`in ${lang} it runs right to left, its axis and dates in the language's months and digits`, async ({
      page,
    }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open(`lang=${lang}&event=fall-of-kabul`);
      // Pashto too, which Chromium's Intl lacks: its dates are written by the explorer.
      await expect(cardOf(page, "fall-of-kabul").locator("time").first()).toHaveText(date);
      await expect(cardOf(page, "fall-of-kabul")).toContainText(solar);
      await expect(page.locator(".vis-timeline")).toHaveClass(/vis-rtl/);
      const axis = explorer.timeline.locator(".vis-time-axis.vis-foreground .vis-text:not(.vis-measure)");
      await expect(axis.filter({ hasText: "۲۰۲۱" }).first()).toBeAttached();
      // Later years are to the left of earlier ones.
      const box = async (text: string) =>
        (await axis
          .filter({ hasText: new RegExp(`^${text}$`) })
          .first()
          .boundingBox())!;
      expect((await box("۲۰۲۵")).x).toBeLessThan((await box("۲۰۲۱")).x);
      await explorer.expectNoAxeViolations();
    });
  }
});

test.describe("a lesson in Dari", () => {
  test("the link's lesson reads in Dari, an answer typed in Dari is kept and downloaded intact, and the worksheet prints in Dari", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("lang=fa&lesson=how-the-us-left&step=1");
    const panel = page.getByRole("region", { name: "درس", exact: true });
    const title = "امریکا چگونه افغانستان را ترک کرد، ۲۰۲۰–۲۰۲۱";
    const prompt = "با استفاده از «جزییات»، یک چیزی را که ایالات متحده امریکا در توافقنامه دوحه به آن متعهد شد";
    await expect(panel.getByRole("heading", { name: title })).toBeVisible();
    await expect(panel).toContainText("گام ۱ از ۷");
    // The step's event dated as the page dates it, not in the dataset's English.
    await expect(panel).toContainText("۲۹ فبروری ۲۰۲۰");
    await expect(panel).toContainText(prompt);

    const answer = "طالبان تعهد کردند که با القاعده قطع رابطه کنند؛ امریکا تا ۱ می ۲۰۲۱ خارج شود.";
    await panel.getByRole("textbox", { name: "پاسخ شما" }).fill(answer);
    await page.reload();
    await explorer.ready();
    await expect(panel.getByRole("textbox", { name: "پاسخ شما" })).toHaveValue(answer);

    const downloading = page.waitForEvent("download");
    await panel.getByRole("button", { name: "دانلود پاسخ‌هایم", exact: true }).click();
    const text = readFileSync((await (await downloading).path())!, "utf8");
    expect(text).toContain(title);
    expect(text).toContain(prompt);
    expect(text).toContain(answer);
    // Read right to left in a plain text editor too: each line of text begins with a right-to-left mark.
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.filter((line) => line !== "" && !line.startsWith("\u200F"))).toEqual([]);
    expect(lines).toContain(`\u200F${title}`);

    await page.emulateMedia({ media: "print" });
    const worksheet = page.getByRole("article", { name: "ورقه کار قابل چاپ" });
    await expect(worksheet).toBeVisible();
    await expect(worksheet).toContainText(title);
    await expect(worksheet).toContainText(prompt);
    await page.emulateMedia({ media: "screen" });
    await explorer.expectNoAxeViolations();
  });
});
