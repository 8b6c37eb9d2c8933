import { test as base, expect } from "@playwright/test";

/**
 * Every e2e test fails on a console error or an uncaught page error: a user never sees those, but they
 * are how a broken page shows itself first.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
        // vis-timeline reports a bad option with console.log, not console.error.
        else if (
          /Errors have been found in the supplied options|Unknown option detected|Invalid type received/.test(
            message.text(),
          )
        ) {
          errors.push(`vis-timeline: ${message.text()}`);
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
