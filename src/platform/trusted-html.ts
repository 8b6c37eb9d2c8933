/**
 * The page runs under Trusted Types (require-trusted-types-for 'script', scripts/security-headers.ts):
 * a string reaches an HTML sink (innerHTML, DOMParser) only as a value made by a policy the header names.
 * These are the explorer's two, each module-private and narrow:
 *
 * - `timeline-text`: escapes everything, so what it makes is text whatever it was given. vis-timeline
 *   writes its labels with innerHTML through it (src/features/timeline/xss-as-text.ts).
 * - `html-to-text`: hands HTML to DOMParser only, to read a TimelineJS file's text (html-text.ts); the
 *   document DOMParser makes is inert (nothing in it runs or loads) and is never put on the page.
 *
 * Browsers without Trusted Types get the plain strings.
 */
export const TRUSTED_TYPES_POLICIES = ["timeline-text", "html-to-text"] as const;

/** The part of the Trusted Types API used here (not in TypeScript's DOM library). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): unknown };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(input: string): string {
  return input.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function policy(name: (typeof TRUSTED_TYPES_POLICIES)[number], createHTML: (input: string) => string) {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  let made: { createHTML(input: string): unknown } | undefined;
  // Typed as string: a TrustedHTML is accepted wherever the DOM takes HTML as a string.
  return (input: string): string => {
    if (!factory) return createHTML(input);
    made ??= factory.createPolicy(name, { createHTML });
    return made.createHTML(input) as string;
  };
}

/** Text as HTML that shows it as text, for an HTML sink (vis-timeline's labels). */
export const escapedHtml = policy("timeline-text", escapeHtml);

/** HTML for DOMParser only: its document is inert and only its text is read. */
export const htmlForParsing = policy("html-to-text", (html) => html);
