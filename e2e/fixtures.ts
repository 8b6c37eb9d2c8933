import { test as base, expect } from "@playwright/test";

/**
 * Every e2e test fails on a console error or an uncaught page error: a user never sees those, but they
 * are how a broken page shows itself first. A test that provokes one on purpose (a dataset link that
 * answers 404: the browser itself logs the failed request) names it in `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; consoleErrors: string[] }>({
  allowConsole: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      const allowed = (text: string) => allowConsole.some((pattern) => pattern.test(text));
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !allowed(text)) errors.push(text);
        // vis-timeline reports a bad option with console.log, not console.error.
        else if (
          /Errors have been found in the supplied options|Unknown option detected|Invalid type received/.test(text)
        ) {
          errors.push(`vis-timeline: ${text}`);
        }
      });
      page.on("pageerror", (error) => errors.push(`Uncaught: ${error.message}`));
      await use(errors);
      expect(errors, "console errors and uncaught exceptions").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
