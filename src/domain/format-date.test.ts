import { describe, expect, it } from "vitest";
import { formatDateText, formatEventDate } from "./format-date";

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
