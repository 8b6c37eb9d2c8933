import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the Trusted Types policies", () => {
  it("escape everything for vis, and pass HTML to the parser, as plain strings where there are no Trusted Types", async () => {
    const { escapedHtml, htmlForParsing } = await import("./trusted-html");
    expect(escapedHtml(`<b title="x">&'`)).toBe("&lt;b title=&quot;x&quot;&gt;&amp;&#39;");
    expect(htmlForParsing("<p>A</p>")).toBe("<p>A</p>");
  });

  it("make their values through the two named policies, each created once, where the browser enforces them", async () => {
    const made: string[] = [];
    vi.stubGlobal("trustedTypes", {
      createPolicy(name: string, rules: { createHTML(input: string): string }) {
        made.push(name);
        return { createHTML: (input: string) => ({ trusted: rules.createHTML(input) }) };
      },
    });
    const { escapedHtml, htmlForParsing, TRUSTED_TYPES_POLICIES } = await import("./trusted-html");
    expect(escapedHtml("<i>")).toEqual({ trusted: "&lt;i&gt;" });
    expect(escapedHtml("again")).toEqual({ trusted: "again" });
    expect(htmlForParsing("<i>")).toEqual({ trusted: "<i>" });
    expect(made).toEqual(["timeline-text", "html-to-text"]);
    expect(made).toEqual([...TRUSTED_TYPES_POLICIES]);
  });
});
