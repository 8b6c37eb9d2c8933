// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { htmlToText } from "../platform/html-text";
import { parseCsv, TIMELINEJS_COLUMNS } from "./csv-import";
import { readTimelineText } from "./load-dataset";
import { describeProblem } from "./validate-dataset";

const header = TIMELINEJS_COLUMNS.join(",");
/** A sheet row from the columns it fills. */
const row = (cells: Partial<Record<(typeof TIMELINEJS_COLUMNS)[number], string>>) =>
  TIMELINEJS_COLUMNS.map((column) => {
    const value = cells[column] ?? "";
    return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(",");

const SHEET = [
  header,
  row({ Type: "title", Headline: "Kabul &amp; after", Text: "<p>A class timeline.</p>" }),
  row({
    Year: "2021",
    Month: "8",
    Day: "15",
    Headline: "Kabul falls",
    Text: "<b>Taliban</b> enter Kabul.",
    Group: "Military",
  }),
  row({
    Year: "2021",
    Month: "8",
    Day: "26",
    Time: "17:50",
    Headline: "Abbey Gate bombing",
    Text: 'A bomb, "ball bearings", and\nmany dead; see <a href="https://apnews.com/x">AP</a>.',
    Group: "Military",
    Media: "https://example.org/gate.jpg",
    "Alt Text": "Crowd at the gate",
    Background: "#000000",
  }),
  row({ Year: "2022", Headline: "A year of Taliban rule", Group: "Rights" }),
  row({ Year: "2020", Month: "1", "End Year": "2021", "End Month": "1", Headline: "Trump's first term", Type: "era" }),
  "",
].join("\r\n");

describe("reading CSV", () => {
  it("reads quoted commas, quotes and line breaks, a byte-order mark, CRLF and LF, and semicolons", () => {
    // Excel's way: a byte-order mark, CRLF between rows, a bare LF inside a cell.
    expect(parseCsv('\uFEFFa,b\r\n"1,2","say ""hi""\nthere"\r\n')).toEqual([
      ["a", "b"],
      ["1,2", 'say "hi"\nthere'],
    ]);
    expect(parseCsv('a,b\n"x\ny",z\n')).toEqual([
      ["a", "b"],
      ["x\ny", "z"],
    ]);
    expect(parseCsv("Year;Headline\n2021;Kabul, August")).toEqual([
      ["Year", "Headline"],
      ["2021", "Kabul, August"],
    ]);
    expect(parseCsv("Year\tHeadline\r\n2021\tKabul")).toEqual([
      ["Year", "Headline"],
      ["2021", "Kabul"],
    ]);
  });
});

describe("a TimelineJS sheet", () => {
  it("becomes a dataset: the title row, groups as tracks, eras as periods, dates to their precision, plain text", async () => {
    const result = await readTimelineText(SHEET, htmlToText);
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join("; "));
    expect(result.format).toBe("timelinejs-sheet");
    const { dataset } = result;
    expect(dataset.title).toBe("Kabul & after");
    expect(dataset.description).toBe("A class timeline.");
    expect(dataset.tracks.map((track) => track.label)).toEqual(["Military", "Rights"]);
    expect(dataset.periods).toEqual([
      { id: "trump-s-first-term", label: "Trump's first term", start: "2020-01", end: "2021-01" },
    ]);
    const [fall, bombing, year] = dataset.events;
    expect(fall).toMatchObject({
      title: "Kabul falls",
      start: "2021-08-15",
      precision: "day",
      summary: "Taliban enter Kabul.",
    });
    expect(bombing!.summary).toContain('A bomb, "ball bearings", and');
    expect(bombing!.sources).toEqual([{ title: "AP", publisher: "apnews.com", url: "https://apnews.com/x" }]);
    expect(year).toMatchObject({ start: "2022", precision: "year" });
    // What cannot be shown is named.
    expect(result.notes.join(" ")).toMatch(/Times of day/);
    expect(result.notes.join(" ")).toMatch(/Slide backgrounds/);
  });

  it("reads its columns in any order, with some missing, and with semicolons", async () => {
    const sheet = "Headline;Group;Year;Month\nDoha agreement;Diplomacy;2020;2\n";
    const result = await readTimelineText(sheet, htmlToText);
    expect(result).toMatchObject({ ok: true, dataset: { events: [{ title: "Doha agreement", start: "2020-02" }] } });
  });

  it("names every problem by row and column, as the spreadsheet numbers them, and loads nothing", async () => {
    const sheet = [
      header,
      row({ Year: "19x0", Headline: "Typo" }),
      row({ Year: "2021", Month: "13", Headline: "No such month" }),
      row({ Year: "2021", Month: "2", Day: "30", Headline: "No such day" }),
      row({ Headline: "No year" }),
      row({ Year: "2020", Headline: "Era without end", Type: "era" }),
    ].join("\n");
    const result = await readTimelineText(sheet, htmlToText);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem)).toEqual([
      "Row 2, Year: “19x0” is not a year",
      "Row 3, Month: “13” is not a month (1 to 12)",
      "Row 4, Day: “30” is not a day of that month",
      "Row 5, Year: is empty: every event and era needs a year",
      "Row 6, End Year: is empty: an era needs an end",
    ]);
  });

  it("says what it is when the first row names no timeline columns", async () => {
    const result = await readTimelineText("name,age\nAda,36", htmlToText);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: "this is neither a JSON dataset nor a spreadsheet whose columns the explorer knows" }],
    });
  });

  it("keeps a cell that looks like a formula as plain text", async () => {
    const result = await readTimelineText(`Year,Headline\n2021,"=HYPERLINK(""x"")"`, htmlToText);
    expect(result).toMatchObject({ ok: true, dataset: { events: [{ title: '=HYPERLINK("x")' }] } });
  });
});
