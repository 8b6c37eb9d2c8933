import { describe, expect, it } from "vitest";
import { majorLabel, minorLabel } from "./axis-labels";

const august15 = Date.UTC(2021, 7, 15);

describe("the axis in the reader's language", () => {
  it("names months and years in Dari and Pashto with Afghan digits, on the Gregorian calendar", () => {
    expect(minorLabel(august15, "year", "fa-AF-u-ca-gregory")).toBe("۲۰۲۱");
    expect(minorLabel(august15, "month", "fa-AF-u-ca-gregory")).toBe("اگست");
    expect(minorLabel(august15, "month", "ps-AF-u-ca-gregory")).toBe("اګست");
    expect(majorLabel(august15, "month", "fa-AF-u-ca-gregory")).toBe("۲۰۲۱");
    expect(minorLabel(august15, "day", "fa-AF-u-ca-gregory")).toBe("۱۵");
  });

  it("in Spanish, short months and the month of a day's scale", () => {
    expect(minorLabel(august15, "month", "es")).toBe("ago");
    expect(majorLabel(august15, "day", "es")).toBe("agosto de 2021");
    expect(majorLabel(august15, "year", "es")).toBe("");
  });
});
