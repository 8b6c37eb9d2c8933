// @vitest-environment jsdom
import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { afterEach, describe, expect, it } from "vitest";
import { activateLanguage, loadLanguage } from "./i18n";

// The lesson panel's and the worksheet's words (the same messages, so the catalogue has them).
const step = (number: number, total: number) => t`Step ${number} of ${total}`;
const stepCount = (steps: number) => plural(steps, { one: "# step", other: "# steps" });

describe("numbers in the interface's sentences", () => {
  afterEach(() => activateLanguage("en"));

  it("are written in Dari's digits in Dari, in a message's placeholders and in its plurals", async () => {
    await loadLanguage("fa");
    activateLanguage("fa");
    expect(step(1, 7)).toBe("گام ۱ از ۷");
    expect(stepCount(12)).toBe("۱۲ گام");
    // useLingui's _ is i18n.t: the same.
    expect(i18n.t({ id: "unknown", message: "{n} of {total}", values: { n: 3, total: 75 } })).toBe("۳ of ۷۵");
    // A number may be a year: never grouped ("۲٬۰۲۱").
    expect(i18n.t({ id: "unknown", message: "{year}", values: { year: 2021 } })).toBe("۲۰۲۱");
  });

  it("in Pashto's too, where the browser's Intl lacks Pashto", async () => {
    await loadLanguage("ps");
    activateLanguage("ps");
    expect(step(1, 7)).toMatch(/۱.*۷/);
  });

  it("stay Western in English and Spanish", async () => {
    expect(step(1, 7)).toBe("Step 1 of 7");
    await loadLanguage("es");
    activateLanguage("es");
    expect(step(1, 7)).toBe("Paso 1 de 7");
  });
});
