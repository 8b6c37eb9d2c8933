import { describe, expect, it } from "vitest";
import { majorLabel, minorLabel } from "./axis-labels";
import { formatEventDate, formatSolarHijri } from "./format-date";
import { easternDigits, formatPashto, pashtoSolarParts } from "./pashto-dates";

// Written by hand, so a browser whose Intl has no Pashto (Chromium) writes the same as one that has it.
describe("dates in Pashto", () => {
  it("writes digits the Afghan way", () => {
    expect(easternDigits(2021)).toBe("۲۰۲۱");
    expect(easternDigits("9:05")).toBe("۹:۰۵");
  });

  it("writes day, month, year, in the event's precision", () => {
    const locale = "ps-AF-u-ca-gregory";
    expect(formatEventDate({ start: "2021-08-15", precision: "day" }, { locale })).toBe("۱۵ اګست ۲۰۲۱");
    expect(formatEventDate({ start: "2020-02", precision: "month" }, { locale })).toBe("فېبروري ۲۰۲۰");
    expect(formatEventDate({ start: "2025", precision: "year" }, { locale })).toBe("۲۰۲۵");
  });

  it("collapses what a range's ends share", () => {
    const day = (text: string) => {
      const [year, month, date] = text.split("-").map(Number);
      return { year: year!, month, day: date };
    };
    expect(formatPashto(day("2021-08-14"), day("2021-08-30"), "day")).toBe("۱۴–۳۰ اګست ۲۰۲۱");
    expect(formatPashto(day("2021-08-15"), day("2021-09-03"), "day")).toBe("۱۵ اګست – ۳ سپتمبر ۲۰۲۱");
    expect(formatPashto(day("2024-11-14"), day("2025-01-12"), "day")).toBe("۱۴ نومبر ۲۰۲۴ – ۱۲ جنوري ۲۰۲۵");
    expect(formatPashto({ year: 2021, month: 8 }, { year: 2021, month: 9 }, "month")).toBe("اګست–سپتمبر ۲۰۲۱");
    expect(formatPashto({ year: 2021 }, { year: 2022 }, "year")).toBe("۲۰۲۱ – ۲۰۲۲");
  });

  it("writes the Solar Hijri date with Pashto's month names", () => {
    expect(pashtoSolarParts(new Date(Date.UTC(2021, 7, 15)))).toEqual({ day: "۲۴", month: "زمری", year: "۱۴۰۰" });
    expect(formatSolarHijri({ start: "2021-08-15", precision: "day" }, "ps-AF")).toBe("۲۴ زمری ۱۴۰۰");
    // Nowruz: the first day of the first month.
    expect(pashtoSolarParts(new Date(Date.UTC(2021, 2, 21)))).toEqual({ day: "۱", month: "وری", year: "۱۴۰۰" });
  });

  it("labels the timeline's axis", () => {
    const august = Date.UTC(2021, 7, 15);
    expect(minorLabel(august, "year", "ps-AF-u-ca-gregory")).toBe("۲۰۲۱");
    expect(minorLabel(august, "month", "ps-AF-u-ca-gregory")).toBe("اګست");
    expect(minorLabel(august, "day", "ps-AF-u-ca-gregory")).toBe("۱۵");
    expect(majorLabel(august, "day", "ps-AF-u-ca-gregory")).toBe("اګست ۲۰۲۱");
    expect(majorLabel(august, "month", "ps-AF-u-ca-gregory")).toBe("۲۰۲۱");
  });
});
