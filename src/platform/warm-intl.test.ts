import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../domain/locales";
import { warmIntl } from "./warm-intl";

describe("warmIntl", () => {
  it("formats a number, a year and a plural in each language's locale", () => {
    for (const language of LANGUAGES) {
      const [number, year, plural] = warmIntl(language);
      expect(number, language).toMatch(/^[1۱]$/);
      expect(year, language).toMatch(/^(1970|۱۹۷۰)$/);
      expect(plural, language).toMatch(/^(one|other)$/);
    }
  });
});
