/**
 * Links and snippets for sharing and embedding a view. The snippet is HTML a teacher pastes into an
 * LMS page, so every value in it is escaped: a dataset's title is text, never markup.
 */
import { MAX_LINK_LENGTH } from "./limits";
import { serialiseViewState, type Theme, type ViewState } from "./view-state";

/**
 * A link to share, or none: a link that would open another timeline than the one shown (a file's too
 * large to travel in it) is never made.
 */
export type SharedLink = { ok: true; url: string } | { ok: false };

/** True when a link is short enough to share anywhere: browsers, learning platforms and chat apps. */
export function fitsInLink(url: string): boolean {
  return url.length <= MAX_LINK_LENGTH;
}

export interface EmbedOptions {
  /** Frame height in CSS pixels. */
  height: number;
  theme: Theme | null;
  /** Show the filter panel open in the frame. */
  showFilters: boolean;
}

export const MIN_EMBED_HEIGHT = 320;
export const MAX_EMBED_HEIGHT = 2000;
export const DEFAULT_EMBED_HEIGHT = 640;

/** The sandbox an LMS can give the frame: scripts and storage of its own origin, and new tabs for sources. */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups";

/** The page's address with a view: `base` is the explorer's own URL, without its query. */
export function viewUrl(base: string, view: ViewState): string {
  const query = serialiseViewState(view);
  return query === "" ? base : `${base}?${query}`;
}

/** The same view in the full explorer, for "Open the full explorer" and for "Copy link". */
export function fullExplorerUrl(base: string, view: ViewState): string {
  return viewUrl(base, { ...view, embed: false, filters: false });
}

export function embedUrl(base: string, view: ViewState, options: EmbedOptions): string {
  return viewUrl(base, { ...view, embed: true, filters: options.showFilters, theme: options.theme });
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT;
  return Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, height)));
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function embedSnippet(src: string, title: string, height: number): string {
  const attributes = [
    `src="${escapeHtmlAttribute(src)}"`,
    `title="${escapeHtmlAttribute(title)}"`,
    `width="100%"`,
    `height="${clampHeight(height)}"`,
    `style="border:0;max-width:100%"`,
    `loading="lazy"`,
    `sandbox="${EMBED_SANDBOX}"`,
  ];
  return `<iframe ${attributes.join(" ")}></iframe>`;
}

/** The message an embedded explorer posts to its host page whenever its content height changes. */
export const HEIGHT_MESSAGE = "timeline-explorer:height";
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}
