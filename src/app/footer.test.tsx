// @vitest-environment jsdom
import { render } from "../test-render";
import { describe, expect, it } from "vitest";
import { Footer } from "./footer";

describe("Footer", () => {
  it("makes claims about the data only for the default dataset", () => {
    const standard = render(<Footer origin={{ kind: "default" }} />).container.textContent!;
    expect(standard).toContain("checked against the public record");
    expect(standard).toContain("The default dataset (JSON)");

    const own = render(<Footer origin={{ kind: "file", name: "mine.json" }} />).container.textContent!;
    expect(own).not.toContain("checked against the public record");
    expect(own).not.toContain("The default dataset");
    expect(own).toContain("opened from a file on this computer");
    expect(own).toContain("Its events and sources are its author's");

    const linked = render(
      <Footer origin={{ kind: "url", url: "https://x.test/a.json", host: "x.test", foreign: true }} />,
    ).container.textContent!;
    expect(linked).toContain("loaded from a link");
  });
});
