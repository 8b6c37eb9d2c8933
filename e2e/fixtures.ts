import { test as base, expect } from "@playwright/test";

/**
 * Every e2e test fails on a console error, an uncaught page error, a Content Security Policy violation
 * or a request to another origin: a user never sees those, but they are how a broken or leaky page shows
 * itself first. A test that provokes one on purpose names it: `allowConsole` (a dataset link that
 * answers 404: the browser itself logs the failed request) or `allowRequests` (a teacher's dataset on
 * another site).
 */
export const test = base.extend<{
  allowConsole: RegExp[];
  allowRequests: RegExp[];
  pageChecks: string[];
}>({
  allowConsole: [[], { option: true }],
  allowRequests: [[], { option: true }],
  pageChecks: [
    async ({ page, allowConsole, allowRequests, baseURL }, use) => {
      const problems: string[] = [];
      const own = new URL(baseURL!).origin;
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !allowConsole.some((pattern) => pattern.test(text))) problems.push(text);
        // vis-timeline reports a bad option with console.log, not console.error.
        else if (
          /Errors have been found in the supplied options|Unknown option detected|Invalid type received/.test(text)
        ) {
          problems.push(`vis-timeline: ${text}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`Uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url) || url.startsWith(own)) return;
        if (!allowRequests.some((pattern) => pattern.test(url))) problems.push(`Request to another origin: ${url}`);
      });
      // CSP violations also reach the console, but this names them plainly.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, "console errors, uncaught exceptions, CSP violations and requests elsewhere").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
