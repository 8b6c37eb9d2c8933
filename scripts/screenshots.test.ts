import { existsSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_SCREENSHOT_BYTES, SCREENSHOT_VIEWS } from "./screenshot-views";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
/** Every picture the README shows, as Markdown ![…](…) or an <img src="…">. */
const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)|<img [^>]*src="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);

describe("the README's pictures", () => {
  it("are found", () => {
    expect(pictures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pictures)("%s is in the repository, made by npm run screenshots, and under 300 kB", (path) => {
    const file = new URL(`../${path}`, import.meta.url);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_SCREENSHOT_BYTES);
    expect(path.startsWith("docs/screenshots/")).toBe(true);
    expect(SCREENSHOT_VIEWS.map((view) => `docs/screenshots/${view.file}`)).toContain(path);
  });

  it("are each shown: npm run screenshots makes none the README leaves out", () => {
    for (const view of SCREENSHOT_VIEWS) expect(pictures).toContain(`docs/screenshots/${view.file}`);
  });
});
