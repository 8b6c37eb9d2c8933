/**
 * Screenshots of the explorer at desktop and phone widths, light and dark, for looking at what was
 * built and for the README. Run against a served build: `npm run screenshots [base-url] [query]`.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const query = process.argv[3] ?? "";
const out = process.env.SCREENSHOT_DIR ?? "screenshots";

const sizes = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const size of sizes) {
  for (const theme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: size, colorScheme: theme, deviceScaleFactor: 1 });
    const url = `${base}${query ? `?${query}` : ""}`;
    await page.goto(url);
    await page.locator('[aria-label="Timeline"][data-ready="true"]').waitFor();
    const file = `${out}/${size.name}-${theme}${process.env.SCREENSHOT_SUFFIX ?? ""}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === "1" });
    console.log(file);
    await page.close();
  }
}
await browser.close();
