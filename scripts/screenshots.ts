/**
 * `npm run screenshots`: the README's pictures (scripts/screenshot-views.ts), taken from the production
 * build it has just made, served by Vite's preview server under the published headers. The same data,
 * window sizes and theme each time; motion reduced, so nothing is caught mid-animation.
 *
 * `npm run screenshots -- --out <folder>` writes them elsewhere (to look at them before replacing).
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { preview } from "vite";
import { chromiumLaunchOptions } from "./chromium";
import { MAX_SCREENSHOT_BYTES, SCREENSHOT_VIEWS, type ScreenshotView } from "./screenshot-views";

const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? process.argv[outFlag + 1]! : "docs/screenshots";
const port = 4176;

async function act(page: Page, view: ScreenshotView): Promise<void> {
  switch (view.action) {
    case "top":
      await page.evaluate(() => window.scrollTo(0, 0));
      return;
    case "timeline":
      await page.getByRole("region", { name: "Timeline" }).evaluate((timeline) => {
        window.scrollTo(0, timeline.getBoundingClientRect().top + window.scrollY - 80);
      });
      return;
    case "embed-dialog": {
      // The teacher's tools wait behind Share and teach.
      await page.getByRole("button", { name: "Share and teach" }).click();
      await page.getByRole("button", { name: "Embed", exact: true }).click();
      await page
        .frameLocator('iframe[title^="Preview"]')
        .locator('[aria-label="Timeline"][data-ready="true"]')
        .waitFor();
      return;
    }
    case "print":
      await page.emulateMedia({ media: "print" });
      await page.getByRole("article", { name: "Printable handout" }).waitFor();
      return;
    case "lesson-answer":
      await page
        .getByRole("textbox", { name: "Your answer" })
        .fill(
          "Qatar mediated the release. The reports say the U.S. later dropped rewards on three Haqqani leaders; the Taliban called the release a goodwill gesture.",
        );
      await page.locator("article[aria-current=true]").evaluate((card) => card.scrollIntoView({ block: "start" }));
      return;
    default:
      return;
  }
}

const server = await preview({ preview: { port, strictPort: true }, logLevel: "warn" });
const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync(out, { recursive: true });
let failed = false;
try {
  for (const view of SCREENSHOT_VIEWS) {
    const page = await browser.newPage({
      viewport: view.viewport,
      colorScheme: view.theme,
      reducedMotion: "reduce",
      deviceScaleFactor: 1,
    });
    await page.goto(`http://127.0.0.1:${port}/${view.query ? `?${view.query}` : ""}`);
    await page.locator('[aria-label="Timeline"][data-ready="true"]').first().waitFor();
    await act(page, view);
    // Fonts, pictures and the last layout pass settle before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const file = join(out, view.file);
    await page.screenshot({ path: file, animations: "disabled" });
    const bytes = statSync(file).size;
    const tooBig = bytes > MAX_SCREENSHOT_BYTES;
    failed ||= tooBig;
    console.log(`${file}  ${(bytes / 1000).toFixed(0)} kB${tooBig ? `  over ${MAX_SCREENSHOT_BYTES / 1000} kB` : ""}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exit(1);
