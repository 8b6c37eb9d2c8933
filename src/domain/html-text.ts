/**
 * HTML (from a TimelineJS file) to plain text, without a DOM: tags dropped, entities decoded, block
 * elements as line breaks, links collected. The result is only ever shown as text.
 */

export interface HtmlText {
  text: string;
  links: { href: string; text: string }[];
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  hellip: "…",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  times: "×",
  divide: "÷",
  plusmn: "±",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  iexcl: "¡",
  iquest: "¿",
  shy: "",
  szlig: "ß",
  aelig: "æ",
  AElig: "Æ",
  oslash: "ø",
  Oslash: "Ø",
  thorn: "þ",
  THORN: "Þ",
  eth: "ð",
  ETH: "Ð",
  oelig: "œ",
  OElig: "Œ",
  dagger: "†",
  Dagger: "‡",
  prime: "′",
  Prime: "″",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
};

// Accented Latin letters (&eacute;, &Uuml;, &ccedil; …) are a letter and a combining mark.
const MARKS: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  uml: "\u0308",
  tilde: "\u0303",
  ring: "\u030a",
  cedil: "\u0327",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Invalid and surrogate code points become the replacement character, as browsers do.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    if (NAMED[name] !== undefined) return NAMED[name]!;
    const accented = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(name);
    if (accented) return `${accented[1]}${MARKS[accented[2]!]}`.normalize("NFC");
    return entity; // unknown: left as written
  });
}

const BLOCK =
  /^(p|div|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|tr|table|pre|figure|figcaption|dd|dt|dl)$/i;

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK.test(tag) ? "\n\n" : ""))
    .replace(/<[a-z/!?][^>]*>?/gi, ""); // an unclosed remnant of a tag ("<" before a space is text)
}

function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text of an HTML fragment, paragraphs separated by a blank line, and the links it holds. */
export function htmlToText(html: string | undefined | null): HtmlText {
  if (!html) return { text: "", links: [] };
  const links: HtmlText["links"] = [];
  const anchor = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (const match of html.matchAll(anchor)) {
    const href = decodeEntities((match[1] ?? match[2] ?? match[3] ?? "").trim());
    const text = tidy(decodeEntities(stripTags(match[4] ?? ""))).replace(/\s+/g, " ");
    if (href) links.push({ href, text });
  }
  return { text: tidy(decodeEntities(stripTags(html))), links };
}
