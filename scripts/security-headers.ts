/**
 * The HTTP headers the explorer is served with, in one place: the preview server sends them (so
 * `npm start` and the e2e suite run under them), `public/_headers` gives them to Netlify and Cloudflare
 * Pages, and the README's nginx and Apache snippets repeat them; security-headers.test.ts checks that all
 * four agree.
 *
 * The Content Security Policy: no inline script or style, no eval, nothing from other origins but a
 * dataset a teacher names (fetched over https) and the pictures such a dataset shows. Trusted Types are
 * enforced, with the two narrow policies of src/platform/trusted-html.ts: vis-timeline's labels, escaped,
 * and a TimelineJS file's HTML, parsed in an inert document to read its text. Framing is allowed on
 * purpose: teachers embed the explorer.
 */
import { TRUSTED_TYPES_POLICIES } from "../src/platform/trusted-html.ts";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Pictures a teacher's dataset names (media.url) may come from any web address.
  "img-src 'self' data: https: http:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(" ")}`,
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** `public/_headers` as Netlify and Cloudflare Pages read it: a path, then its headers indented. */
export function staticHostHeaders(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Made from scripts/security-headers.ts (a test checks they agree). Netlify and Cloudflare Pages send these.\n/*\n${lines.join("\n")}\n`;
}
