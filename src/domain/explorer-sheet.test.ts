// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { htmlToText } from "../platform/html-text";
import { parseCsv } from "./csv-import";
import { SHEET_COLUMNS, datasetToCsv } from "./explorer-sheet";
import { isExplorerHeader } from "./explorer-sheet-read";
import { readTimelineText, type LoadResult } from "./load-dataset";
import type { Dataset } from "./schema";
import { testDataset, testEvent } from "./test-dataset";

const read = (csv: string) => readTimelineText(csv, htmlToText);
const dataset = (result: LoadResult): Dataset => {
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("\n"));
  return result.dataset;
};
/** The cells of a written sheet, by column name, for the row whose id is given. */
const rowOf = (csv: string, id: string) => {
  const [header = [], ...rows] = parseCsv(csv);
  const row = rows.find((cells) => cells[0] === id)!;
  return Object.fromEntries(header.map((name, at) => [name, row[at]]));
};

describe("the explorer's own CSV", () => {
  it("gives back the whole default dataset, equal field for field", async () => {
    const csv = datasetToCsv(usTalibanRelations);
    const result = await read(csv);
    expect(result).toMatchObject({ ok: true, format: "sheet", notes: [] });
    expect(dataset(result)).toEqual(usTalibanRelations);
  });

  it("keeps text that holds the sheet's separators, formulas, quotes and line breaks", async () => {
    const tricky = testDataset({
      tracks: [
        { id: "a", label: "Talks; truces", description: "Two words" },
        { id: "b", label: "Talks; truces" },
      ],
      actors: [{ id: "x", label: "Same", kind: "person" }],
      events: [
        testEvent({
          id: "one",
          track: "b",
          actors: ["x"],
          title: '=HYPERLINK("https://evil.test")',
          summary: "-5 degrees, +3 metres, @noon",
          details: "Two\n\nparagraphs with a | pipe",
          correctsArticle: false,
          provenance: "article",
          articleParagraphs: [2],
          tags: ["a; b", "c"],
          sources: [
            { title: "A | B", publisher: "P", url: "https://x.test/a" },
            { title: "[bracketed]", publisher: "Q", kind: "analysis" },
          ],
          articleQuotes: [{ paragraph: 2, text: "a line\nbreak" }],
          media: { url: "https://x.test/p.jpg", alt: "A picture", credit: "AP", caption: "Seen here" },
        }),
      ],
      periods: undefined,
    });
    const csv = datasetToCsv(tricky);
    // The formula stays text in the spreadsheet: its apostrophe is taken off again on reading.
    expect(rowOf(csv, "one").title).toBe('\'=HYPERLINK("https://evil.test")');
    expect(dataset(await read(csv))).toEqual(tricky);
  });

  it("writes what a reader follows: names, the page's words, one source per line", () => {
    const csv = datasetToCsv(usTalibanRelations);
    // The explorer's columns, then the translations' (sheet-translations.test.ts).
    expect(csv.startsWith(`\uFEFF${SHEET_COLUMNS.join(",")},title_es,`)).toBe(true);
    const row = rowOf(csv, "glezmann-released");
    expect(row).toMatchObject({
      date: "Mar 20, 2025",
      track: "Detainees and hostages",
      provenance: "In the article",
      type: "",
    });
    expect(row.actors).toContain("George Glezmann; Taliban; Adam Boehler");
    expect(row.sources!.split("\n")[0]).toBe(
      "Taliban release an American man who was abducted while traveling in Afghanistan | Associated Press | https://bastillepost.com/global/article/4673253-american-man-held-by-the-taliban-for-more-than-2-years-has-been-released-the-state-department-says | 2025-03-20 | report | Bastille Post",
    );
    expect(row.article_paragraphs).toMatch(/^P\d+( P\d+)*$/);
    expect(row.article_quotes).toMatch(/^P\d+ \| /);
    expect(rowOf(csv, "us-taliban-relations")).toMatchObject({ type: "dataset", title: usTalibanRelations.title });
  });

  it("writes the article's claims as rows of their own, in the words a teacher would type", () => {
    const csv = datasetToCsv(usTalibanRelations);
    const row = rowOf(csv, "former-president");
    expect(row).toMatchObject({
      type: "claim",
      article_paragraphs: "P4",
      title: "an agreement reached by former President Trump",
      verdict: "wrong",
      related: "doha-agreement",
      start: "",
    });
    expect(row.summary).toBe(usTalibanRelations.claims!.find((claim) => claim.id === "former-president")!.explanation);
    // The claims are rows, not settings (the settings keep their explanations' translations).
    expect(JSON.parse(rowOf(csv, "us-taliban-relations").settings!)).not.toHaveProperty("claims");
  });

  it("reads a teacher's own claims typed as rows, and names each problem by its row and column", async () => {
    const header = "id,start,title,summary,type,article_paragraphs,verdict,related,sources";
    const events = [
      "mayor-visits,2024-05-01,Mayor visits,She came.,,,,,",
      "Vote held,2024-06-02,Vote held,It passed.,,,,,",
    ];
    const claim = (cells: string) => `${cells}`;
    const good = await read(
      [
        header,
        ...events,
        claim(`came-twice,,"She came twice, it says",She came once.,claim,P2,Wrong,mayor-visits; Vote held,`),
        claim(
          `the-vote,,It was close,The count was 40 to 38.,Claim,3,accurate,vote-held,Minutes | Council | | 2024-06-02 | primary`,
        ),
      ].join("\r\n"),
    );
    expect(dataset(good).claims).toEqual([
      {
        id: "came-twice",
        paragraph: 2,
        text: "She came twice, it says",
        verdict: "wrong",
        explanation: "She came once.",
        // An event id made from its words is followed by the claim that names it the same way.
        events: ["mayor-visits", "vote-held"],
      },
      {
        id: "the-vote",
        paragraph: 3,
        text: "It was close",
        verdict: "accurate",
        explanation: "The count was 40 to 38.",
        events: ["vote-held"],
        sources: [{ title: "Minutes", publisher: "Council", date: "2024-06-02", kind: "primary" }],
      },
    ]);

    const bad = await read(
      [
        header,
        ...events,
        claim(`no-paragraph,,Words,Why.,claim,,wrong,mayor-visits,`),
        claim(`odd,,Words,Why.,claim,P1,mostly true,nowhere,`),
      ].join("\r\n"),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      "Row 4, article_paragraphs: needs the one paragraph of the source article the claim is in, such as P3",
    ]);
    const unknown = await read(
      [header, ...events, claim(`odd,,Words,Why.,claim,P1,mostly true,nowhere,`)].join("\r\n"),
    );
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.problems.map((problem) => problem.path)).toEqual(["Row 4, verdict", "Row 4, related[0]"]);
  });

  it("is told apart from other sheets by its header", () => {
    expect(isExplorerHeader(["ID", "Start", "Title", "Summary"])).toBe(true);
    expect(isExplorerHeader(["Year", "Headline"])).toBe(false);
  });

  it("reads a sheet typed by hand: columns in any order, no dataset row, semicolons between cells", async () => {
    const csv = [
      "title;start;summary;track;actors;id;sources;end",
      'Talks open;2021;They met.;Talks;"Qatar (state); Taliban";talks;Report | Reuters | https://x.test/r;',
      "Airlift;2021-08-14;Planes left.;Army;Taliban;airlift;;2021-08-30",
    ].join("\n");
    const result = dataset(await read(csv));
    expect(result.title).toBe("Timeline from a spreadsheet");
    expect(result.tracks.map((track) => track.label)).toEqual(["Talks", "Army"]);
    expect(result.actors).toEqual([
      { id: "qatar", label: "Qatar", kind: "state" },
      { id: "taliban", label: "Taliban", kind: "group" },
    ]);
    expect(result.events[0]).toMatchObject({ precision: "year", provenance: "context", articleParagraphs: [] });
    expect(result.events[0]!.sources).toEqual([{ title: "Report", publisher: "Reuters", url: "https://x.test/r" }]);
    expect(result.events[1]).toMatchObject({ end: "2021-08-30", precision: "day", sources: [] });
  });

  it("names each problem by row and column, all at once", async () => {
    const result = await read(
      [
        "id,start,title,summary,related,type,corrects_article,media_url",
        "a,2021-13-01,A,Sum,led-to b,,,",
        "b,2021,,Sum,,,maybe,https://x.test/p.jpg",
        ",,,,,chapter,,",
      ].join("\r\n"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      "Row 2, related: “led-to b” is not “relation: event-id”, e.g. “led-to: doha-agreement”",
      "Row 3, corrects_article: “maybe” is neither yes nor no",
      "Row 4, type: “chapter” is not a row type: leave it empty for an event, or write “dataset” or “claim”",
    ]);
    // Once the sheet reads, the format's own checks are named by row and column too.
    const invalid = await read(
      ["id,start,title,summary,media_url", "a,2021-13-01,A,Sum,", "b,2021,,Sum,https://x.test/p.jpg"].join("\n"),
    );
    expect(invalid.ok).toBe(false);
    if (invalid.ok) return;
    const paths = invalid.problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(["Row 2, start", "Row 3, title", "Row 3, media_alt"]));
    // In a sheet's words: cells, not JSON fields.
    expect(invalid.problems.find((problem) => problem.path === "Row 3, title")).toMatchObject({
      message: "must not be empty",
      hint: "Fill in this cell.",
    });
    // A date a spreadsheet program rewrote is read back where only one reading is a date, and asked
    // about where two are; one it made unreadable says how to keep dates as typed.
    const excel = await read(
      ["id,start,title,summary,end", "a,8/26/2021,A,Sum,2021-08-30 00:00:00", "b,3/4/2021,B,Sum,"].join("\n"),
    );
    expect(excel.ok || excel.problems).toEqual([
      expect.objectContaining({
        path: "Row 3, start",
        message: "“3/4/2021” could be 3 April or 4 March 2021: write it as 2021-04-03 or 2021-03-04",
      }),
    ]);
    const fixed = await read(["id,start,title,summary,end", "a,26/08/2021,A,Sum,2021-08-30 00:00:00"].join("\n"));
    expect(dataset(fixed).events[0]).toMatchObject({ start: "2021-08-26", end: "2021-08-30", precision: "day" });
    expect(fixed.ok && fixed.notes).toContainEqual(
      "Dates written another way, read as: Row 2, start: “26/08/2021” as 2021-08-26; Row 2, end: “2021-08-30 00:00:00” as 2021-08-30.",
    );
    const named = await read(["id,start,title,summary", "a,26.08.21,A,Sum"].join("\n"));
    expect(named.ok || named.problems[0]).toMatchObject({
      path: "Row 2, start",
      hint: expect.stringContaining("Text"),
    });
  });

  it("names what is wrong in settings edited by hand, by row", async () => {
    const settings = JSON.stringify({ tracks: 3, actors: [null] }).replace(/"/g, '""');
    const result = await read(
      ["id,start,title,summary,type,settings", `x,,T,,dataset,"${settings}"`, "a,2021,A,Sum,,"].join("\n"),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain("Row 2, settings: actors[0]");
  });

  it("takes a row as a teacher types it: ids from titles, commas between names, a year given to a copied row", async () => {
    const result = await read(
      [
        "id,start,precision,title,summary,actors,related",
        'Mayor visits,1892,day,The mayor visits,Sum,"Mayor Smith, Town council (organisation)",',
        ",1901-05,,School founded,Sum,Town council,see-also: Mayor visits",
      ].join("\n"),
    );
    const opened = dataset(result);
    expect(opened.events.map((event) => [event.id, event.precision])).toEqual([
      ["mayor-visits", "year"],
      ["school-founded", "month"],
    ]);
    expect(opened.events[1]!.related).toEqual([{ id: "mayor-visits", relation: "see-also" }]);
    expect(opened.actors.map((actor) => [actor.label, actor.kind])).toEqual([
      ["Mayor Smith", "group"],
      ["Town council", "organisation"],
    ]);
    expect(result.ok && result.notes).toContainEqual(
      "Ids made for links (from the title where the id was empty): Row 2: mayor-visits; Row 3: school-founded.",
    );
  });

  it("says what a damaged dataset row holds", async () => {
    const result = await read(
      ["id,start,title,summary,type,settings", "x,,T,,dataset,{not json", "a,2021,A,Sum,,"].join("\n"),
    );
    expect(result.ok || result.problems[0]).toMatchObject({ path: "Row 2, settings" });
  });
});
