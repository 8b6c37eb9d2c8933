import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { TOTAL, ids } from "./data";
import { expect, test } from "./fixtures";
import { ExplorerPage } from "./pages/explorer-page";

// The host-page snippet exactly as the README gives it to teachers.
const HOST_SNIPPET = /To let the frame grow[\s\S]*?```html\n([\s\S]*?)```/.exec(
  readFileSync(new URL("../README.md", import.meta.url), "utf8"),
)![1]!;

/**
 * Serves a file at a path of the explorer's own origin ("/lessons/a.json") or at another origin's URL.
 * Matched on the path, never the query: the page's own address names the file in ?data=.
 */
async function serve(page: Page, url: string, body: string, { status = 200, type = "application/json" } = {}) {
  const matches = (candidate: URL) =>
    url.startsWith("/") ? candidate.pathname === url : `${candidate.origin}${candidate.pathname}` === url;
  await page.route(matches, (route) => route.fulfill({ status, body, contentType: type }));
}

test.describe("share", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link copies the view's address, and the copied link reproduces the view", async ({ page, context }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.checkbox("Qatar").check();
    await explorer.cardButton("glezmann-released").click();
    await (await explorer.tool("Copy link")).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const other = new ExplorerPage(await context.newPage());
    await other.page.goto(link);
    await other.ready();
    await other.expectShowing(
      ids((event) => event.actors.includes("qatar")),
      TOTAL,
    );
    await expect(other.selectedCard()).toHaveAttribute("data-event-id", "glezmann-released");
  });
});

test("Copy link falls back to a selected field where the clipboard is unavailable", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const explorer = new ExplorerPage(page);
  await explorer.open("tracks=military");
  await (await explorer.tool("Copy link")).click();
  const dialog = page.getByRole("dialog", { name: "Copy this link" });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel("Link to this view");
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
    page.url().length,
  );
  await explorer.expectNoAxeViolations();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(explorer.button("Copy link")).toBeFocused();
});

test.describe("embed", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the Embed dialog builds a snippet for the view, keeps focus inside and returns it", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&event=abbey-gate-bombing");
    const embed = await explorer.tool("Embed");
    await embed.click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();

    await dialog.getByLabel("Height in pixels").fill("520");
    await dialog.getByRole("radio", { name: "Dark" }).check();
    await dialog.getByRole("checkbox", { name: "Show the filter panel" }).check();
    const code = dialog.getByLabel("Embed code");
    const origin = new URL(page.url()).origin;
    await expect(code).toHaveValue(
      `<iframe src="${origin}/?tracks=military&amp;event=abbey-gate-bombing&amp;embed=1&amp;filters=1&amp;theme=dark" title="Timeline: U.S.–Taliban relations, 2020–2026" width="100%" height="520" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    );
    // The live preview shows what the class will see.
    const preview = dialog.locator("iframe");
    await expect(preview).toHaveAttribute(
      "src",
      `${origin}/?tracks=military&event=abbey-gate-bombing&embed=1&filters=1&theme=dark`,
    );
    const framed = page.frameLocator('iframe[title^="Preview"]');
    await expect(framed.getByRole("region", { name: "Timeline" })).toHaveAttribute("data-ready", "true");
    await expect(framed.locator('article[aria-current="true"]')).toHaveAttribute("data-event-id", "abbey-gate-bombing");
    await explorer.expectNoAxeViolations();

    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByText("Embed code copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // Focus stays in the dialog: Shift+Tab from its first control wraps inside it.
    await dialog.getByRole("button", { name: "Close" }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(embed).toBeFocused();
  });

  test("the snippet in a host page shows the view in a sandboxed frame and posts its height", async ({
    page,
    playwright,
  }, testInfo) => {
    const explorer = new ExplorerPage(page);
    await explorer.open("actors=qatar&event=glezmann-released");
    await (await explorer.tool("Embed")).click();
    const snippet = await page.getByLabel("Embed code").inputValue();

    // The LMS page is served by the test, so Chromium counts it as a public site framing a loopback
    // one and blocks it (Local Network Access). Real deployments are public on both sides; this browser
    // drops that check and nothing else.
    const launch = testInfo.project.use.launchOptions ?? {};
    const browser = await playwright.chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), "--disable-features=LocalNetworkAccessChecks"],
    });
    const lms = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    lms.on("pageerror", (error) => errors.push(error.message));
    lms.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    // A tall LMS page on another origin, with the frame far down and the README's snippet to size it.
    const host = "https://lms.example/course/lesson-4.html";
    await serve(
      lms,
      host,
      `<!doctype html><html lang="en"><head><title>Lesson</title><link rel="icon" href="data:,"></head><body>
       <h1>Lesson 4</h1><div style="height:1500px">Reading first.</div>
       ${snippet}
       <script>
         window.heights = [];
         addEventListener("message", (event) => {
           if (event.data && event.data.type === "timeline-explorer:height") window.heights.push(event.data.height);
         });
       </script>
       ${HOST_SNIPPET}</body></html>`,
      { type: "text/html" },
    );
    await lms.goto(host);
    const frameElement = lms.locator("iframe");
    await expect(frameElement).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    await frameElement.scrollIntoViewIfNeeded();
    const frame = lms.frameLocator("iframe");
    await expect(frame.getByRole("region", { name: "Timeline" })).toHaveAttribute("data-ready", "true");
    await expect(frame.getByRole("status")).toHaveText(
      `${ids((event) => event.actors.includes("qatar")).length} of ${TOTAL} events`,
    );
    await expect(frame.locator('article[aria-current="true"]')).toHaveAttribute("data-event-id", "glezmann-released");
    await expect(frame.getByRole("link", { name: /Open the full explorer/ })).toHaveAttribute(
      "href",
      /\?actors=qatar&event=glezmann-released$/,
    );

    // The host hears the content height and sizes the frame to it.
    const heights = () => lms.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const last = (await heights()).at(-1)!;
        const frameHeight = await frameElement.evaluate((element) => element.getBoundingClientRect().height);
        return Math.abs(frameHeight - last) <= 1 && last > 600;
      })
      .toBe(true);

    // Working inside the frame (stepping to the next event reveals its card) never moves the host page.
    await lms.evaluate(() => window.scrollTo(0, 0));
    await frame.getByRole("button", { name: "Next event" }).dispatchEvent("click");
    await expect(frame.locator('article[aria-current="true"]')).not.toHaveAttribute(
      "data-event-id",
      "glezmann-released",
    );
    expect(await lms.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await browser.close();
  });

  test("embed mode is compact, works at 320 px and opens the filters only when asked", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const explorer = new ExplorerPage(page);
    await explorer.open("tracks=military&embed=1");
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(page.getByText("Timeline explorer", { exact: true })).toHaveCount(0);
    const full = page.getByRole("link", { name: /Open the full explorer/ });
    await expect(full).toHaveAttribute("target", "_blank");
    await expect(full).toHaveAttribute("href", new URL("./?tracks=military", page.url()).href);
    // Nothing takes focus by itself, and nothing scrolls sideways.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await explorer.expectShowing(
      ids((event) => event.track === "military"),
      TOTAL,
    );

    const toggle = explorer.button("Filters (1)");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(explorer.checkbox("Qatar")).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(explorer.checkbox("Qatar")).toBeVisible();
    await explorer.expectNoAxeViolations();

    await explorer.open("embed=1&filters=1&theme=dark");
    await expect(explorer.checkbox("Qatar")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await explorer.expectNoAxeViolations();
  });
});
