import { describe, expect, it } from "vitest";
import xss from "xss";
import { FilterXSS, escapeHtml } from "./xss-as-text";

describe("the XSS filter vis-timeline uses", () => {
  it("is this strict one wherever the build imports xss", () => {
    expect(xss).toEqual({ FilterXSS });
  });

  it("lets no markup through: every string stays text", () => {
    const filter = new FilterXSS({ whiteList: { b: [] } });
    expect(filter.process(`<b>bold</b><img src=x onerror="alert('1')">&amp;`)).toBe(
      "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;",
    );
    expect(escapeHtml("Aug 2021")).toBe("Aug 2021");
  });
});
