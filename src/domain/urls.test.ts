import { describe, expect, it } from "vitest";
import { webUrl } from "./urls";

describe("webUrl", () => {
  it.each([
    ["https://www.cbsnews.com/news/a", "https://www.cbsnews.com/news/a"],
    ["http://example.org", "http://example.org/"],
    [" https://example.org/a b ", "https://example.org/a%20b"],
    ["./notes.pdf", "https://school.example/lesson/notes.pdf"],
  ])("links %j", (url, href) => {
    expect(webUrl(url, "https://school.example/lesson/")).toBe(href);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "vbscript:x",
    "http://[bad",
    undefined,
    "",
  ])("does not link %j", (url) => {
    expect(webUrl(url, "https://school.example/")).toBeNull();
  });
});
