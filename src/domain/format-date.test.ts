import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateText, formatEventDate, formatSolarHijri } from "./format-date";

describe("English dates, written without Intl", () => {
  it("match Intl's output exactly, for generated dates and ranges in every precision", () => {
    const date = fc.date({
      min: new Date("0100-01-01T00:00:00Z"),
      max: new Date("2999-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        date,
        date,
        fc.constantFrom("day", "month", "year" as const),
        fc.boolean(),
        fc.boolean(),
        (a, b, precision, ranged, long) => {
          const cut = { day: 10, month: 7, year: 4 }[precision];
          const [first, second] = [a, b]
            .sort((x, y) => x.getTime() - y.getTime())
            .map((d) => d.toISOString().slice(0, cut));
          const event = ranged ? { start: first!, end: second!, precision } : { start: first!, precision };
          expect(formatEventDate(event, { long })).toBe(viaIntl(event, long));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** The same label through Intl, as the explorer writes it for other languages. */
function viaIntl(event: { start: string; end?: string; precision: "day" | "month" | "year" }, long: boolean): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: "UTC",
    year: "numeric",
    ...(event.precision !== "year" ? { month: long ? "long" : "short" } : {}),
    ...(event.precision === "day" ? { day: "numeric" } : {}),
  };
  const format = new Intl.DateTimeFormat("en", options);
  const date = (text: string) => {
    const [year, month = 1, day = 1] = text.split("-").map(Number);
    const value = new Date(0);
    value.setUTCFullYear(year!, month - 1, day);
    return value;
  };
  const from = date(event.start);
  if (!event.end || date(event.end).getTime() === from.getTime()) return format.format(from);
  const range = format.formatRange(from, date(event.end));
  return range.replace(/\s–\s/, event.start.slice(0, 4) === event.end.slice(0, 4) ? "–" : " – ");
}

describe("formatEventDate", () => {
  it.each([
    [{ start: "2021-08-26", precision: "day" }, "Aug 26, 2021", "August 26, 2021"],
    [{ start: "2021-08", precision: "month" }, "Aug 2021", "August 2021"],
    [{ start: "2021", precision: "year" }, "2021", "2021"],
    [{ start: "2021-08-14", end: "2021-08-30", precision: "day" }, "Aug 14–30, 2021", "August 14–30, 2021"],
    [{ start: "2021-07-30", end: "2021-08-02", precision: "day" }, "Jul 30–Aug 2, 2021", "July 30–August 2, 2021"],
    [
      { start: "2024-11-14", end: "2025-01-12", precision: "day" },
      "Nov 14, 2024 – Jan 12, 2025",
      "November 14, 2024 – January 12, 2025",
    ],
    [{ start: "2025-01", end: "2025-04", precision: "month" }, "Jan–Apr 2025", "January–April 2025"],
    [{ start: "2021-08-15", end: "2021-08-15", precision: "day" }, "Aug 15, 2021", "August 15, 2021"],
  ] as const)("%j reads %j", (event, short, long) => {
    expect(formatEventDate(event)).toBe(short);
    expect(formatEventDate(event, { long: true })).toBe(long);
  });

  it("never shifts a day with the reader's time zone", () => {
    // Dates are formatted in UTC whatever the machine's zone; the first of the month stays the first.
    expect(formatEventDate({ start: "2021-01-01", precision: "day" })).toBe("Jan 1, 2021");
  });

  it("follows the dataset's language, and falls back for a tag Intl does not know", () => {
    expect(formatEventDate({ start: "2021-08-26", precision: "day" }, { locale: "de" })).toBe("26. Aug. 2021");
    expect(formatEventDate({ start: "2021-08", precision: "month" }, { locale: "qq-Zzzz" })).toBe("Aug 2021");
  });

  it("shows unreadable text as written rather than failing", () => {
    expect(formatEventDate({ start: "sometime", precision: "day" })).toBe("sometime");
  });

  it("formats a filter's date in its own precision", () => {
    expect(formatDateText("2021-08-01")).toBe("Aug 1, 2021");
    expect(formatDateText("2021-08")).toBe("Aug 2021");
    expect(formatDateText("2025")).toBe("2025");
  });
});

describe("formatSolarHijri", () => {
  it("gives the Solar Hijri date Afghan readers use, in Dari and in Pashto, day month year", () => {
    const fall = { start: "2021-08-15", precision: "day" as const };
    expect(formatSolarHijri(fall, "fa-AF")).toBe("۲۴ اسد ۱۴۰۰");
    expect(formatSolarHijri(fall, "ps-AF")).toBe("۲۴ زمری ۱۴۰۰");
  });

  it("keeps a month a month and a year a year: the Solar Hijri ones they span", () => {
    expect(formatSolarHijri({ start: "2021-08", precision: "month" }, "fa-AF")).toBe("اسد–سنبله ۱۴۰۰");
    expect(formatSolarHijri({ start: "2021", precision: "year" }, "fa-AF")).toBe("۱۳۹۹–۱۴۰۰");
    expect(formatSolarHijri({ start: "2021-03", precision: "month" }, "fa-AF")).toBe("حوت ۱۳۹۹ – حمل ۱۴۰۰");
  });

  it("joins a range's two ends, and gives nothing for a date it cannot read", () => {
    expect(formatSolarHijri({ start: "2021-08-14", end: "2021-08-30", precision: "day" }, "fa-AF")).toBe(
      "۲۳ اسد ۱۴۰۰ – ۸ سنبله ۱۴۰۰",
    );
    expect(formatSolarHijri({ start: "soon", precision: "day" }, "fa-AF")).toBeNull();
  });
});

describe("dates in Dari and Pashto", () => {
  it("are Gregorian, with the Afghan month names and digits, never abbreviated", () => {
    const fall = { start: "2021-08-15", precision: "day" as const };
    expect(formatEventDate(fall, { locale: "fa-AF-u-ca-gregory" })).toBe("۱۵ اگست ۲۰۲۱");
    expect(formatEventDate(fall, { locale: "ps-AF-u-ca-gregory" })).toContain("اګست");
    expect(formatEventDate({ start: "2021-08", precision: "month" }, { locale: "fa-AF-u-ca-gregory" })).toBe(
      "اگست ۲۰۲۱",
    );
  });
});
