import { describe, expect, it } from "vitest";
import { browserLanguage } from "./locales";

describe("browserLanguage", () => {
  it.each([
    [["es-MX", "en"], "es"],
    [["fa-AF"], "fa"],
    [["prs", "en"], "fa"],
    [["pbt"], "ps"],
    [["ps-AF"], "ps"],
    [["de-DE", "es"], "es"],
    [["de-DE", "fr"], "en"],
    [[], "en"],
  ])("reads %j as %s", (preferred, language) => {
    expect(browserLanguage(preferred)).toBe(language);
  });
});
