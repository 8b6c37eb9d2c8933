/**
 * Which URLs from a dataset may become links: http and https only. Anything else (javascript:, data:,
 * file:, a typo) is shown to the reader as the text it is.
 */
export function webUrl(url: string | undefined, base = "https://invalid.example/"): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

/**
 * A full web address (http: or https:, written out), or null: for what the reader's browser fetches, such
 * as a picture, a relative address would point at wherever the explorer happens to be hosted.
 */
export function absoluteWebUrl(url: string | undefined): string | null {
  return url && /^\s*https?:\/\//i.test(url) ? webUrl(url) : null;
}

/**
 * A web address as a printed page can show it: the site's name ("apnews.com"), where the full address
 * would run over two lines. Null for anything that is not a web address.
 */
export function siteName(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.hostname.replace(/^www\./, "");
}
