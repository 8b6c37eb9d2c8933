import { existsSync } from "node:fs";

/**
 * How every tool here launches Chromium (the e2e suite, the benchmark, the screenshots): the browser named
 * by CHROMIUM_PATH, else the system Chromium where there is one (Debian's package, which CI installs),
 * else Playwright's own browser, so each also runs on a laptop. Headless, with no background traffic.
 */
const systemChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};
