import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "vite";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, staticHostHeaders } from "./security-headers";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const readme = read("README.md");

/** The code blocks of the README's "Recommended headers" section, by language ("" for a plain block). */
function blocks(language: string): string[] {
  const section = readme.slice(readme.indexOf("### Recommended headers"), readme.indexOf("## Accessibility"));
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2]!);
}

/** Header name → value from lines that `pattern` reads as [name, value]. */
function headersIn(text: string, pattern: RegExp): Record<string, string> {
  return Object.fromEntries([...text.matchAll(pattern)].map((match) => [match[1], match[2]]));
}

describe("the headers a copy of the explorer is served with", () => {
  it("are strict: no inline style or script, Trusted Types with the app's two named policies and no other", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/; trusted-types timeline-text html-to-text$/);
  });

  it("are what the preview server sends", async () => {
    const config = await resolveConfig({ configFile: "vite.config.ts" }, "serve", "production", "production", true);
    expect(config.preview.headers).toEqual(SECURITY_HEADERS);
  });

  it("are in public/_headers for Netlify and Cloudflare Pages", () => {
    const file = read("public/_headers");
    expect(file).toBe(staticHostHeaders());
    expect(file).toMatch(/^\/\*$/m);
    expect(headersIn(file, /^ {2}([\w-]+): (.+)$/gm)).toEqual(SECURITY_HEADERS);
  });

  it("are in the README, for any host, for nginx and for Apache, word for word", () => {
    const [plain] = blocks("");
    expect(headersIn(plain!, /^([\w-]+): (.+)$/gm)).toEqual(SECURITY_HEADERS);
    const [nginx] = blocks("nginx");
    expect(headersIn(nginx!, /^add_header ([\w-]+) "(.+)" always;$/gm)).toEqual(SECURITY_HEADERS);
    expect(nginx).toMatch(/^gzip on;$/m);
    const [apache] = blocks("apache");
    expect(headersIn(apache!, /^Header always set ([\w-]+) "(.+)"$/gm)).toEqual(SECURITY_HEADERS);
    expect(apache).toMatch(/^AddOutputFilterByType DEFLATE .*application\/javascript/m);
  });
});
