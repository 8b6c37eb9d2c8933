import { describe, expect, it } from "vitest";
import { absoluteWebUrl, siteName, webUrl } from "./urls";

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

describe("siteName", () => {
  it("names the site of an absolute web address, without www", () => {
    expect(siteName("https://www.reuters.com/world/asia-pacific/some-long-story-2025-03-20/")).toBe("reuters.com");
    expect(siteName("http://apnews.com/article/x")).toBe("apnews.com");
  });

  it("has no name for anything else", () => {
    expect(siteName(undefined)).toBeNull();
    expect(siteName("javascript:alert(1)")).toBeNull();
    expect(siteName("./lesson.json")).toBeNull();
  });
});

describe("absoluteWebUrl", () => {
  it("keeps only a web address written out in full", () => {
    expect(absoluteWebUrl("https://example.org/a.jpg")).toBe("https://example.org/a.jpg");
    expect(absoluteWebUrl(" HTTP://example.org/a.jpg")).toBe("http://example.org/a.jpg");
    expect(absoluteWebUrl("pictures/a.jpg")).toBeNull();
    expect(absoluteWebUrl("//example.org/a.jpg")).toBeNull();
    expect(absoluteWebUrl("javascript:alert(1)")).toBeNull();
    expect(absoluteWebUrl(undefined)).toBeNull();
  });
});
