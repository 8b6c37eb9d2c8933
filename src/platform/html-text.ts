/**
 * HTML (from a TimelineJS file or sheet) to plain text, read by the browser's own HTML parser: the
 * platform knows every entity and every way a tag can be written (an attribute holding ">", a tag left
 * open), which a hand-written pattern never does. DOMParser's documents are inert: nothing in them runs
 * or loads. The result is only ever shown as text.
 */
import type { HtmlText } from "../domain/timelinejs";
import { htmlForParsing } from "./trusted-html";

/** What is not text at all: its content is dropped with the element. */
const DROPPED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "MATH",
  "HEAD",
]);

/** Elements that start a paragraph of their own. */
const BLOCK = new Set([
  "P",
  "DIV",
  "UL",
  "OL",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "TABLE",
  "TR",
  "PRE",
  "FIGURE",
  "FIGCAPTION",
  "DL",
  "DD",
  "DT",
  "HR",
]);

/** Plain text of an HTML fragment, paragraphs separated by a blank line, list items one to a line, and the links it holds. */
export function htmlToText(html: string | undefined | null): HtmlText {
  if (!html) return { text: "", links: [] };
  const body = new DOMParser().parseFromString(htmlForParsing(html), "text/html").body;
  const links: HtmlText["links"] = [];
  let out = "";

  const walk = (node: Node, depth: number) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, processing instructions
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag)) return;
    if (tag === "BR") {
      out += "\n";
      return;
    }
    if (tag === "A" && element.hasAttribute("href")) {
      const href = element.getAttribute("href")!.trim();
      if (href) links.push({ href, text: tidy(element.textContent ?? "").replace(/\s+/g, " ") });
    }
    const list = tag === "UL" || tag === "OL";
    if (tag === "LI") out += `\n${"  ".repeat(Math.max(0, depth - 1))}• `;
    else if (BLOCK.has(tag) && !(list && depth > 0)) out += "\n\n";
    for (const child of element.childNodes) walk(child, list ? depth + 1 : depth);
    if (BLOCK.has(tag) && !(list && depth > 0)) out += "\n\n";
  };
  for (const child of body.childNodes) walk(child, 0);
  return { text: tidy(out), links };
}

/** Runs of spaces as one, no space at line ends, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => {
      // A list item keeps its indent; other lines are trimmed.
      const indent = /^( *)• /.exec(line)?.[1] ?? "";
      return indent + line.replace(/[ \t\f\v]+/g, " ").trim();
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
