import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEventDate } from "./format-date";
import { agrees, cellDate, columnDate } from "./sheet-dates";

describe("a date in a sheet's cell", () => {
  it("is read as typed, and as spreadsheet programs rewrite it", () => {
    expect(cellDate("2021-08-26")).toEqual({ date: "2021-08-26" });
    expect(cellDate("2021-08")).toEqual({ date: "2021-08" });
    expect(cellDate("1892")).toEqual({ date: "1892" });
    expect(cellDate("2021-08-26 00:00:00")).toEqual({ date: "2021-08-26" });
    expect(cellDate("2021/08/26")).toEqual({ date: "2021-08-26" });
    expect(cellDate("2021/8/6")).toEqual({ date: "2021-08-06" });
    expect(cellDate("26-Aug-2021")).toEqual({ date: "2021-08-26" });
  });

  it("is read in words, as the download writes the date column and as people write dates", () => {
    expect(cellDate("Aug 26, 2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("August 26th, 2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("Thursday, August 26, 2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("26 August 2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("Aug 2021")).toEqual({ date: "2021-08" });
    expect(cellDate("Sept 2021")).toEqual({ date: "2021-09" });
    // Not a date: no year, or no such day.
    expect(cellDate("Aug 26")).toBeNull();
    expect(cellDate("Feb 30, 2021")).toBeNull();
    expect(cellDate("soon")).toBeNull();
  });

  it("reads day and month in either order where only one order makes a date: 3/23/2022 is 23 March", () => {
    expect(cellDate("3/23/2022")).toEqual({ date: "2022-03-23" });
    expect(cellDate("23/3/2022")).toEqual({ date: "2022-03-23" });
    expect(cellDate("8/26/2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("26/08/2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("26.08.2021")).toEqual({ date: "2021-08-26" });
    expect(cellDate("26-08-2021")).toEqual({ date: "2021-08-26" });
    // The same either way.
    expect(cellDate("4.4.2021")).toEqual({ date: "2021-04-04" });
    // Neither order makes a date.
    expect(cellDate("13/14/2021")).toBeNull();
    expect(cellDate("2/30/2021")).toBeNull();
  });

  it("asks which is meant where both orders make a date: 3/4/2022", () => {
    expect(cellDate("3/4/2022")).toEqual({
      ambiguous: "“3/4/2022” could be 3 April or 4 March 2022: write it as 2022-04-03 or 2022-03-04",
      readings: ["2022-04-03", "2022-03-04"],
    });
  });

  it("does not read a year in two digits", () => {
    expect(cellDate("8/26/21")).toBeNull();
    expect(cellDate("26.08.21")).toBeNull();
    expect(cellDate("26-Aug-21")).toBeNull();
    expect(cellDate("Aug-21")).toBeNull();
  });
});

describe("the date column", () => {
  it("reads a date or a span, as the download writes it", () => {
    expect(columnDate("Feb 29, 2020")).toEqual({ start: "2020-02-29" });
    expect(columnDate("Aug 2021")).toEqual({ start: "2021-08" });
    expect(columnDate("2021")).toEqual({ start: "2021" });
    expect(columnDate("Aug 14–30, 2021")).toEqual({ start: "2021-08-14", end: "2021-08-30" });
    expect(columnDate("Jul 30–Aug 2, 2021")).toEqual({ start: "2021-07-30", end: "2021-08-02" });
    expect(columnDate("Nov 14, 2024 – Jan 12, 2025")).toEqual({ start: "2024-11-14", end: "2025-01-12" });
    expect(columnDate("Jan–Apr 2025")).toEqual({ start: "2025-01", end: "2025-04" });
    expect(columnDate("2020 – 2021")).toEqual({ start: "2020", end: "2021" });
  });

  it("reads spans as people type them", () => {
    expect(columnDate("Aug 14-30, 2021")).toEqual({ start: "2021-08-14", end: "2021-08-30" });
    expect(columnDate("14–30 August 2021")).toEqual({ start: "2021-08-14", end: "2021-08-30" });
    expect(columnDate("2021-08-14 to 2021-08-30")).toEqual({ start: "2021-08-14", end: "2021-08-30" });
    expect(columnDate("3/23/2022 - 3/25/2022")).toEqual({ start: "2022-03-23", end: "2022-03-25" });
    // Backwards, or no real date.
    expect(columnDate("Aug 30–14, 2021")).toBeNull();
    expect(columnDate("2021-02-30")).toBeNull();
    expect(columnDate("3/4/2021")).toMatchObject({ readings: [{ start: "2021-04-03" }, { start: "2021-03-04" }] });
  });

  it("reads back every date the download writes, and finds it agrees with start and end", () => {
    const day = fc
      .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom("day", "month", "year" as const), fc.boolean(), (a, b, precision, span) => {
        const cut = { day: 10, month: 7, year: 4 }[precision];
        const [start, end] = [a, b].sort().map((date) => date.slice(0, cut)) as [string, string];
        const written = formatEventDate(span ? { start, end, precision } : { start, precision });
        const read = columnDate(written);
        expect(read, written).not.toBeNull();
        expect(agrees(read, start, span ? end : "")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with start where it names the same date, at the coarser of the two", () => {
    expect(agrees(columnDate("Aug 2021"), "2021-08-26", "")).toBe(true);
    expect(agrees(columnDate("Aug 26, 2021"), "2021-08", "")).toBe(true);
    expect(agrees(columnDate("Aug 26, 2021"), "2021-08-14", "2021-08-30")).toBe(false);
    expect(agrees(columnDate("Aug 14, 2021"), "2021-08-14", "2021-08-30")).toBe(true);
    expect(agrees(columnDate("Aug 14–30, 2021"), "2021-08-14", "")).toBe(false);
    expect(agrees(columnDate("Aug 27, 2021"), "2021-08-26", "")).toBe(false);
    // Where it could be either, one reading that agrees is enough; what it cannot read, it cannot contradict.
    expect(agrees(columnDate("3/4/2021"), "2021-03-04", "")).toBe(true);
    expect(agrees(columnDate("3/4/2021"), "2021-05-01", "")).toBe(false);
    expect(agrees(columnDate("26-Aug-21"), "2021-08-27", "")).toBe(true);
    expect(agrees(columnDate("26. Aug. 2021"), "2021-08-26", "")).toBe(true);
  });
});
