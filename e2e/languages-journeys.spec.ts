import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { es } from "../src/data/us-taliban-relations/translations/es";
import { fa } from "../src/data/us-taliban-relations/translations/fa";
import { ps } from "../src/data/us-taliban-relations/translations/ps";
import { ids } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

/**
 * The explorer's journeys in Spanish, Dari and Pashto: from a link, a filter, a search, a card, the printed
 * handout, a lesson step and the embed, each in the language and its direction. The interface's words are
 * found as a reader of the language finds them: by role and the name the language's catalogue gives them
 * (src/locales/<lang>/messages.po); the dataset's by its translation; the rest by public attributes.
 */

type Lang = "es" | "fa" | "ps";

/** A PO catalogue's translations, by their English msgid (entries with a context are left out). */
function catalogue(lang: Lang): Map<string, string> {
  const entries = new Map<string, string>();
  const po = readFileSync(new URL(`../src/locales/${lang}/messages.po`, import.meta.url), "utf8");
  const unquote = (lines: string[]) =>
    lines.map((line) => JSON.parse(line.replace(/^(msgid|msgstr) /, "")) as string).join("");
  for (const block of po.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((line) => /^(msgctxt|msgid|msgstr|")/.test(line));
    if (lines.some((line) => line.startsWith("msgctxt"))) continue;
    const start = lines.findIndex((line) => line.startsWith("msgid "));
    const middle = lines.findIndex((line) => line.startsWith("msgstr "));
    if (start < 0 || middle < 0) continue;
    entries.set(unquote(lines.slice(start, middle)), unquote(lines.slice(middle)));
  }
  return entries;
}

const catalogues = { es: catalogue("es"), fa: catalogue("fa"), ps: catalogue("ps") };

/** What the page says for an English message, its placeholders filled with numbers in the language's digits. */
function say(lang: Lang, id: string, values: Record<string, string | number> = {}): string {
  const translated = catalogues[lang].get(id);
  if (!translated) throw new Error(`no ${lang} translation of "${id}"`);
  return translated.replace(/<\d+>(.*?)<\/\d+>/g, "$1").replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${id}"`);
    return typeof value === "number" ? digits(lang, value) : value;
  });
}

const digits = (lang: Lang, value: number) =>
  lang === "es" ? String(value) : value.toLocaleString("fa-AF", { useGrouping: false });

/** What each language's reader sees: the 29 February 2020 Doha agreement's card, and a word to search it by. */
const LANGUAGES = [
  {
    lang: "es",
    tag: "es",
    dir: "ltr",
    data: es,
    date: "29 feb 2020",
    solar: null,
    word: "acuerdo",
  },
  {
    lang: "fa",
    tag: "fa-AF",
    dir: "rtl",
    data: fa,
    date: "۲۹ فبروری ۲۰۲۰",
    // 10 Hut 1398 in the Solar Hijri calendar Afghanistan uses.
    solar: "۱۰ حوت ۱۳۹۸",
    word: "توافقنامه",
  },
  {
    lang: "ps",
    tag: "ps-AF",
    dir: "rtl",
    data: ps,
    date: "۲۹ فېبروري ۲۰۲۰",
    solar: "۱۰ کب ۱۳۹۸",
    word: "تړون",
  },
] as const;

/**
 * Text in a part of the page that is in English though nothing says so: words a screen reader would speak
 * in the page's voice. English is allowed inside an element whose `lang` is English (the dataset's own
 * words); abbreviations (CSV, ISIS-K), addresses and names of keys (Esc) are allowed anywhere.
 */
async function unmarkedEnglish(part: Locator, lang: Lang): Promise<string[]> {
  return part.evaluateAll((roots, lang) => {
    const english = /\b(the|of|and|with|via|from|for|events?|details|sources?|show|hide)\b/i;
    // An English date: "Apr 3, 2025", "August 15, 2021".
    const englishDate = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}\b/;
    const latinWords = /[A-Za-z]{2,}[\s,:]+[A-Za-z]{2,}/;
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (element.closest("kbd, noscript, [hidden]")) continue;
        if ((element.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("en")) continue;
        const text = node.textContent!.replace(/\s+/g, " ").trim();
        // An address is no language's words.
        if (/^https?:\/\/\S+$/.test(text)) continue;
        if (english.test(text) || englishDate.test(text) || (lang !== "es" && latinWords.test(text))) found.push(text);
      }
    }
    return found;
  }, lang);
}

/** The card of an event, by its data-event-id (the list's name is in the page's language). */
const cardOf = (page: Page, id: string) => page.locator(`article[data-event-id="${id}"]`);
const shownIds = (page: Page) =>
  page
    .locator("article[data-event-id]")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-event-id") ?? ""));

for (const { lang, tag, dir, data, date, solar, word } of LANGUAGES) {
  test.describe(`in ${tag}`, () => {
    test(`a link opens the explorer in ${tag}: a filter, a search, a card and the handout in the language`, async ({
      page,
    }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open(`lang=${lang}&event=doha-agreement`);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", tag);
      await expect(html).toHaveAttribute("dir", dir);
      await expect(explorer.heading).toHaveText(data.title!);

      // The card: its title in the language, its date in the language's months and digits (and, in Dari and
      // Pashto, the Solar Hijri date beside it), its title starting where the language's lines start.
      const card = cardOf(page, "doha-agreement");
      await expect(card.getByRole("heading", { level: 3 })).toContainText(data.events!["doha-agreement"]!.title!);
      await expect(card.locator("time").first()).toHaveText(date);
      if (solar) await expect(card).toContainText(solar);
      expect(
        await card
          .getByRole("heading", { level: 3 })
          .getByRole("button")
          .evaluate((button) => getComputedStyle(button).textAlign),
      ).not.toBe(dir === "rtl" ? "left" : "right");
      // What is in English (the sources' titles, the article's) says so: nothing English is spoken as the language.
      const header = page.locator("header").first();
      expect(await unmarkedEnglish(header.or(card), lang)).toEqual([]);

      // A track's checkbox, by its name in the language: without it, its events leave the cards and the timeline.
      const military = page.getByRole("checkbox", { name: data.tracks!.military!.label!, exact: true });
      await expect(military).toBeChecked();
      await military.uncheck();
      const notMilitary = ids((event) => event.track !== "military");
      await expect.poll(() => shownIds(page)).toEqual(notMilitary);
      await expect.poll(() => explorer.timelineIds()).toEqual([...notMilitary].sort());
      expect(explorer.params().get("lang")).toBe(lang);

      // A word of the language finds the event whose translated title holds it.
      const search = page.getByRole("searchbox", { name: say(lang, "Search events") }).first();
      await search.fill(word);
      await expect(card).toBeVisible();
      await expect.poll(async () => (await shownIds(page)).length).toBeLessThan(notMilitary.length);
      expect(explorer.params().get("q")).toBe(word);
      await explorer.expectNoAxeViolations();

      // The handout of these events, in the language: its title, the event's title and date.
      await page.emulateMedia({ media: "print" });
      const handout = page.getByRole("article", { name: say(lang, "Printable handout") });
      await expect(handout).toBeVisible();
      await expect(handout).toContainText(data.title!);
      await expect(handout).toContainText(data.events!["doha-agreement"]!.title!);
      await expect(handout).toContainText(date);
      expect(await unmarkedEnglish(handout, lang)).toEqual([]);
    });

    test(`a lesson link opens its step in ${tag}`, async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open(`lang=${lang}&lesson=how-the-us-left&step=1`);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      const lesson = data.lessons!["how-the-us-left"]!;
      const panel = page.getByRole("region", { name: say(lang, "Lesson"), exact: true });
      await expect(panel.getByRole("heading", { name: lesson.title! })).toBeVisible();
      await expect(panel).toContainText(say(lang, "Step {number} of {total}", { number: 1, total: 7 }));
      await expect(panel).toContainText(lesson.prompts![0]!);
      // The step's event, dated as the page dates it.
      await expect(panel).toContainText(date);
      await expect(panel.getByRole("textbox", { name: say(lang, "Your answer") })).toBeVisible();
      expect(await unmarkedEnglish(panel, lang)).toEqual([]);
      await expect(cardOf(page, "doha-agreement")).toHaveAttribute("aria-current", "true");
    });

    test(`the embed is in ${tag}, its controls named in the language`, async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open(`embed=1&lang=${lang}&event=doha-agreement`);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", tag);
      await expect(html).toHaveAttribute("dir", dir);
      const card = cardOf(page, "doha-agreement");
      await expect(card.getByRole("heading", { level: 3 })).toContainText(data.events!["doha-agreement"]!.title!);
      await expect(card.locator("time").first()).toHaveText(date);
      // The full explorer opens in the same language.
      const full = page.getByRole("link", { name: say(lang, "Open the full explorer<0> (opens in a new tab)</0>") });
      await expect(full).toHaveAttribute("href", new RegExp(`[?&]lang=${lang}(&|$)`));
      expect(await unmarkedEnglish(page.locator("header").first().or(card), lang)).toEqual([]);
      await explorer.expectNoAxeViolations();

      // Its filters, behind a button named in the language.
      await page.getByRole("button", { name: say(lang, "Filters"), exact: true }).click();
      await page.getByRole("checkbox", { name: data.tracks!.military!.label!, exact: true }).uncheck();
      await expect.poll(() => shownIds(page)).toEqual(ids((event) => event.track !== "military"));
    });
  });
}

test.describe("sharing in Spanish", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the Embed dialog's snippet and its preview, and Copy link, keep the language", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("lang=es&event=doha-agreement");
    const tools = page.getByRole("button", { name: say("es", "Share and teach") });
    await tools.click();
    const group = page.getByRole("group", { name: say("es", "Share and teach") });

    await group.getByRole("button", { name: say("es", "Embed"), exact: true }).click();
    const dialog = page.getByRole("dialog", { name: say("es", "Embed this view") });
    const code = dialog.getByRole("textbox", { name: say("es", "Embed code") });
    await expect(code).toHaveValue(/^<iframe src="/);
    const src = new URL(/src="([^"]+)"/.exec(await code.inputValue())![1]!.replaceAll("&amp;", "&"));
    expect(src.searchParams.get("lang")).toBe("es");
    expect(src.searchParams.get("embed")).toBe("1");
    expect(await code.inputValue()).toContain(`title="${say("es", "Timeline: {title}", { title: es.title! })}"`);
    const framed = page.frameLocator("iframe");
    await expect(framed.locator("html")).toHaveAttribute("lang", "es");
    await expect(framed.locator("section[data-ready]")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await expect(framed.locator('article[aria-current="true"] h3')).toContainText(es.events!["doha-agreement"]!.title!);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    if ((await tools.getAttribute("aria-expanded")) === "false") await tools.click();
    await group.getByRole("button", { name: say("es", "Copy link"), exact: true }).click();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get("lang")).toBe("es");
    expect(link.searchParams.get("event")).toBe("doha-agreement");
  });
});
