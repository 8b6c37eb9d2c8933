import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium";

// E2E_PORT: another working copy's tests can run beside these (its school build on the port after).
const port = Number(process.env.E2E_PORT ?? 4174);
/** The build with a school's own default dataset. */
export const SCHOOL_PORT = port + 1;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // Journeys end in an accessibility scan of a long page (75 events, each side's words): give them time.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    // CHROMIUM_PATH, else the system Chromium, else Playwright's own: see scripts/chromium.ts.
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      // Both builds: the single-file one is opened from disk by its own test.
      command: `npm run build && npm run build:single && npx vite preview --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A school's copy: built with its own default dataset (DEFAULT_DATASET), for e2e/own-default.spec.ts.
      command: `npx vite build --outDir dist-school && npx vite preview --outDir dist-school --port ${SCHOOL_PORT}`,
      env: { DEFAULT_DATASET: "e2e/fixtures/lesson.json" },
      url: `http://127.0.0.1:${SCHOOL_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
