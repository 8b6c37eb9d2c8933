import { describe, expect, it } from "vitest";
import { compareDateText, daysInMonth, endOf, parsePartialDate, precisionOf, spanOf, startOf } from "./dates";

describe("parsePartialDate", () => {
  it.each([
    ["2021", { year: 2021 }],
    ["2021-08", { year: 2021, month: 8 }],
    ["2021-08-26", { year: 2021, month: 8, day: 26 }],
    ["2020-02-29", { year: 2020, month: 2, day: 29 }],
  ])("reads %s", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    "2021-02-29",
    "2021-13",
    "2021-00",
    "2021-04-31",
    "2021-08-00",
    "21-08-26",
    "2021/08/26",
    "2021-8",
    "",
    " 2021",
  ])("rejects %j", (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("keeps years before 100 as written (Date.UTC would read 0050 as 1950)", () => {
    expect(new Date(startOf({ year: 50 })).getUTCFullYear()).toBe(50);
    expect(new Date(endOf({ year: 99, month: 12 })).getUTCFullYear()).toBe(100);
    expect(parsePartialDate("0004-02-29")).toEqual({ year: 4, month: 2, day: 29 });
    expect(compareDateText("0050", "1950")).toBeLessThan(0);
  });

  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it("gives each form its precision", () => {
    expect(precisionOf({ year: 2021 })).toBe("year");
    expect(precisionOf({ year: 2021, month: 8 })).toBe("month");
    expect(precisionOf({ year: 2021, month: 8, day: 1 })).toBe("day");
  });

  it("covers a whole month or year, in UTC", () => {
    expect(new Date(startOf({ year: 2021, month: 8 })).toISOString()).toBe("2021-08-01T00:00:00.000Z");
    expect(new Date(endOf({ year: 2021, month: 8 })).toISOString()).toBe("2021-09-01T00:00:00.000Z");
    expect(new Date(endOf({ year: 2021, month: 12 })).toISOString()).toBe("2022-01-01T00:00:00.000Z");
    expect(new Date(endOf({ year: 2021 })).toISOString()).toBe("2022-01-01T00:00:00.000Z");
    expect(new Date(endOf({ year: 2021, month: 8, day: 31 })).toISOString()).toBe("2021-09-01T00:00:00.000Z");
  });

  it("spans a range from the start of its first date to the end of its last", () => {
    expect(spanOf("2021-08-14", "2021-08-30")).toEqual({
      start: Date.UTC(2021, 7, 14),
      end: Date.UTC(2021, 7, 31),
    });
    expect(spanOf("2025-03")).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    expect(spanOf("2025-02-30")).toBeNull();
  });

  it("orders dates by the first moment each covers", () => {
    expect(compareDateText("2021-08", "2021-08-01")).toBe(0);
    expect(compareDateText("2021-08-14", "2021-08")).toBeGreaterThan(0);
    expect(compareDateText("2020", "2021-01-01")).toBeLessThan(0);
  });
});
