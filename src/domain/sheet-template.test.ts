// @vitest-environment jsdom
import { i18n } from "@lingui/core";
import { afterEach, describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { messages as english } from "../locales/en/messages";
import { messages as spanish } from "../locales/es/messages";
import { messages as dari } from "../locales/fa/messages";
import { htmlToText } from "../platform/html-text";
import { parseCsv } from "./csv-import";
import { SHEET_COLUMNS } from "./explorer-sheet";
import { formatEventDate } from "./format-date";
import { readTimelineText, type LoadResult } from "./load-dataset";
import type { Precision } from "./dates";
import type { Dataset } from "./schema";
import { cellDate, columnDate } from "./sheet-dates";
import { COLUMN_GUIDE, TEMPLATE_EVENTS, isTemplateNote, sheetTemplate } from "./sheet-template";

const read = (csv: string) => readTimelineText(csv, htmlToText);
const dataset = (result: LoadResult): Dataset => {
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("\n"));
  return result.dataset;
};
const problems = (result: LoadResult) => (result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`));
const notes = (result: LoadResult) => (result.ok ? result.notes : []);

/** The template with rows of the given cells added below its examples (rows 8, 9, …). */
const templateWith = (...rows: Partial<Record<string, string>>[]) =>
  sheetTemplate() +
  rows
    .map((cells) => SHEET_COLUMNS.map((column) => JSON.stringify(cells[column] ?? "")).join(","))
    .map((line) => `${line}\r\n`)
    .join("");
const event = (cells: Partial<Record<string, string>>) => ({ title: "New", summary: "Sum", ...cells });

describe("the spreadsheet template", () => {
  it("is read as comma-separated, though its cells hold semicolons", () => {
    expect(parseCsv(sheetTemplate())[0]).toEqual([...SHEET_COLUMNS]);
  });

  it("opens as a timeline of its three example events, with a title to change, and nothing to say", async () => {
    const result = await read(sheetTemplate());
    const opened = dataset(result);
    expect(opened.title).toBe("My timeline");
    expect(opened.events.map((item) => item.id)).toEqual(["doha-agreement", "kabul-airlift", "glezmann-released"]);
    expect(opened.actors.find((actor) => actor.label === "United States")).toMatchObject({ kind: "state" });
    expect(notes(result)).toEqual([]);
  });

  it("tells the default timeline's facts as the default dataset does, its dates in words as the download writes them", async () => {
    const opened = dataset(await read(sheetTemplate()));
    for (const item of opened.events) {
      const original = usTalibanRelations.events.find((candidate) => candidate.id === item.id)!;
      expect(item).toMatchObject({ start: original.start, title: original.title, summary: original.summary });
      expect(item.end).toBe(original.end);
      for (const source of item.sources) expect(original.sources).toContainEqual(source);
      const row = TEMPLATE_EVENTS.find((cells) => cells.id === item.id)!;
      expect(usTalibanRelations.tracks.find((track) => track.id === original.track)!.label).toBe(row.track);
      expect(row.date).toBe(formatEventDate(item));
    }
  });

  it("explains every column in its first rows: required or not, what to write, and an example", () => {
    const [header = [], layout = [], guide = []] = parseCsv(sheetTemplate());
    expect(layout[0]).toMatch(/^# Rows whose id starts with # are notes for you: the explorer skips them/);
    expect(layout.slice(1).every((cell) => cell === "")).toBe(true);
    expect(guide[0]).toMatch(/^# /);
    header.forEach((column, at) => {
      const text = guide[at]!.replace(/^# /, "");
      expect(text, column).toBe(COLUMN_GUIDE[column as keyof typeof COLUMN_GUIDE].replace(/^# /, ""));
      expect(text, column).toMatch(/^(Required|Optional|Leave empty)\b/);
    });
    // Every column that needs a particular way of writing gives an example of it.
    for (const column of ["id", "date", "start", "end", "precision", "title", "actors", "related", "tags"] as const)
      expect(COLUMN_GUIDE[column], column).toMatch(/Examples?: /);
    for (const column of ["title", "summary"] as const) expect(COLUMN_GUIDE[column]).toMatch(/^Required\./);
  });

  it("gives examples the reader reads", () => {
    const examples = (column: keyof typeof COLUMN_GUIDE) =>
      /Examples?: (.*)$/.exec(COLUMN_GUIDE[column])![1]!.split(" · ");
    for (const example of [...examples("start"), ...examples("end")])
      expect(cellDate(example)).toEqual({ date: example });
    for (const example of examples("date"))
      expect(columnDate(example), example).toMatchObject({ start: expect.any(String) });
    expect(examples("precision").every((example) => ["day", "month", "year"].includes(example as Precision))).toBe(
      true,
    );
  });
});

describe("the template in the page's language", () => {
  afterEach(() => i18n.loadAndActivate({ locale: "en", messages: english }));
  const inLanguage = (locale: string, messages: typeof english) => {
    i18n.loadAndActivate({ locale, messages });
    return sheetTemplate();
  };

  it("has its guide in Spanish, the columns, the examples it quotes and the example events as the reader reads them", async () => {
    const inEnglish = parseCsv(sheetTemplate());
    const template = inLanguage("es", spanish);
    const [header = [], layout = [], guide = [], timeline = [], ...events] = parseCsv(template);
    expect(header).toEqual(inEnglish[0]);
    expect(layout[0]).toMatch(/^# Las filas cuyo id empieza por # son notas para ti: el explorador las omite/);
    expect(guide[0]).toMatch(/^# Opcional: si está vacío, se crea a partir del título\./);
    expect(guide[SHEET_COLUMNS.indexOf("start")]).toBe(
      "Obligatorio, salvo que la columna date tenga la fecha. Cuándo ocurrió o empezó: año-mes-día, año-mes o un año. Ejemplos: 2020-02-29 · 2021-08 · 1892",
    );
    // The track events without one go in, as the reader names it in Spanish.
    expect(guide[SHEET_COLUMNS.indexOf("track")]).toMatch(/^Opcional: si está vacío, Acontecimientos\./);
    guide.forEach((cell, at) => {
      const column = header[at]!;
      expect(cell, column).not.toBe(inEnglish[2]![at]);
      // What an English guide cell gives as its example is in the Spanish one, as written.
      const example = /Examples?: (.*)$/.exec(inEnglish[2]![at]!)?.[1];
      if (example) expect(cell.split(/Ejemplos?: /)[1], column).toBe(example);
    });
    expect(timeline[SHEET_COLUMNS.indexOf("title")]).toBe("Mi cronología");
    expect(timeline[SHEET_COLUMNS.indexOf("summary")]).toBe("De qué trata la cronología, en una o dos oraciones.");
    expect(events).toEqual(inEnglish.slice(4));

    const result = await read(template);
    expect(problems(result)).toEqual([]);
    expect(notes(result)).toEqual([]);
    expect(dataset(result).title).toBe("Mi cronología");
    expect(dataset(result).events.map((item) => item.id)).toEqual([
      "doha-agreement",
      "kabul-airlift",
      "glezmann-released",
    ]);
  });

  it("has its guide in Dari when Dari is active", () => {
    const [, layout = [], guide = []] = parseCsv(inLanguage("fa", dari));
    expect(layout[0]).toMatch(/^# سطرهایی که شناسه آن‌ها با # آغاز می‌شود/);
    expect(guide[SHEET_COLUMNS.indexOf("precision")]).toBe(
      "اختیاری: اگر خالی باشد، از start گرفته می‌شود. دقت تاریخ: day (روز)، month (ماه) یا year (سال). مثال: month",
    );
  });

  it("opens with nothing to say in another language than it was written in", async () => {
    const spanishTemplate = inLanguage("es", spanish);
    i18n.loadAndActivate({ locale: "en", messages: english });
    const inEnglish = await read(spanishTemplate);
    expect(dataset(inEnglish).events).toHaveLength(3);
    expect(notes(inEnglish)).toEqual([]);

    const englishTemplate = inLanguage("en", english);
    for (const [locale, messages] of [
      ["es", spanish],
      ["fa", dari],
    ] as const) {
      i18n.loadAndActivate({ locale, messages });
      const opened = await read(englishTemplate);
      expect(dataset(opened).title, locale).toBe("My timeline");
      expect(notes(opened), locale).toEqual([]);
    }
  });

  it("knows its own notes by where they are, the two rows below the header, and names a teacher's anywhere else", async () => {
    expect([2, 3].map((row) => isTemplateNote("# Nota", row))).toEqual([true, true]);
    expect(isTemplateNote("# Nota", 4)).toBe(false);
    expect(isTemplateNote("Nota", 2)).toBe(false);
    // A teacher's note below the timeline's row of a template written in Spanish, read in English (row 5).
    const [header, layout, guide, timeline, ...events] = inLanguage("es", spanish).split("\r\n");
    i18n.loadAndActivate({ locale: "en", messages: english });
    const note = SHEET_COLUMNS.map((column) => (column === "id" ? "# add the Doha talks" : "")).join(",");
    const result = await read([header, layout, guide, timeline, note, ...events].join("\r\n"));
    expect(dataset(result).events).toHaveLength(3);
    expect(notes(result)).toEqual(["Skipped as notes, since their id starts with #: row 5."]);
  });
});

describe("a template filled in", () => {
  it("opens with the date column filled in beside start, saying nothing where they agree", async () => {
    const result = await read(templateWith(event({ id: "new", date: "Mar 23, 2022", start: "2022-03-23" })));
    expect(dataset(result).events.at(-1)).toMatchObject({ id: "new", start: "2022-03-23", precision: "day" });
    expect(notes(result)).toEqual([]);
  });

  it("reads the date column where start is empty, as start is read, and says so", async () => {
    const result = await read(
      templateWith(
        event({ id: "in-words", date: "Mar 23, 2022" }),
        event({ id: "us-order", date: "3/23/2022" }),
        event({ id: "a-span", date: "Aug 14–30, 2021" }),
        event({ id: "a-month", date: "Aug 2021", end: "2021-10" }),
      ),
    );
    expect(dataset(result).events.slice(3)).toMatchObject([
      { id: "in-words", start: "2022-03-23", precision: "day" },
      { id: "us-order", start: "2022-03-23", precision: "day" },
      { id: "a-span", start: "2021-08-14", end: "2021-08-30", precision: "day" },
      { id: "a-month", start: "2021-08", end: "2021-10", precision: "month" },
    ]);
    expect(notes(result)).toEqual([
      "The date was read from the date column, since start was empty: Row 8: “Mar 23, 2022” as 2022-03-23; Row 9: “3/23/2022” as 2022-03-23; Row 10: “Aug 14–30, 2021” as 2021-08-14 to 2021-08-30; Row 11: “Aug 2021” as 2021-08.",
    ]);
  });

  it("uses start where both are filled in, and says so only where the date column gives another date", async () => {
    const result = await read(
      templateWith(
        event({ id: "other-day", date: "Mar 24, 2022", start: "2022-03-23" }),
        event({ id: "unreadable", date: "spring 2022", start: "2022-03" }),
        event({ id: "rewritten", date: "23-Mar-22", start: "3/23/2022" }),
      ),
    );
    expect(
      dataset(result)
        .events.slice(3)
        .map((item) => item.start),
    ).toEqual(["2022-03-23", "2022-03", "2022-03-23"]);
    expect(notes(result)).toEqual([
      "Where start is filled in, the date column is not read; here it gives another date, so check which is right: Row 8: date “Mar 24, 2022”, start 2022-03-23.",
      "Dates written another way, read as: Row 10, start: “3/23/2022” as 2022-03-23.",
    ]);
  });

  it("asks about a date column it cannot read only where start is empty, naming the date column", async () => {
    const result = await read(
      templateWith(event({ id: "either", date: "3/4/2022" }), event({ id: "two-digits", date: "23-Mar-22" })),
    );
    expect(problems(result)).toEqual([
      "Row 8, date: “3/4/2022” could be 3 April or 4 March 2022: write it as 2022-04-03 or 2022-03-04",
      "Row 9, date: “23-Mar-22” is not a date the explorer can read, and start is empty",
    ]);
    // What to do points to the guide, which is where a teacher has it: in the template's first rows.
    expect(result.ok || result.problems[0]!.hint).toContain("The first rows of the spreadsheet template");
    const neither = await read(templateWith(event({ id: "none" })));
    expect(neither.ok || neither.problems).toEqual([
      expect.objectContaining({
        path: "Row 8, start",
        message: "is empty",
        hint: expect.stringContaining("date column"),
      }),
    ]);
  });

  it("opens a sheet whose date column stands in for start", async () => {
    const result = await read(["id,date,title,summary", "a,26 August 2021,A,Sum"].join("\n"));
    expect(dataset(result).events[0]).toMatchObject({ start: "2021-08-26" });
  });

  it("skips the notes a teacher adds, and says which rows they were", async () => {
    const result = await read(templateWith({ id: "# my own note: add the Doha talks" }, { id: "#metoo", title: "T" }));
    expect(dataset(result).events).toHaveLength(3);
    expect(notes(result)).toEqual(["Skipped as notes, since their id starts with #: rows 8, 9."]);
  });
});

describe("a start or end written another way", () => {
  it("is read and listed, or named with how to keep dates as typed", async () => {
    const sheet = (start: string) => read(`id,start,title,summary\na,${start},A,Sum\n`);
    for (const [written, date] of [
      ["Aug 26, 2021", "2021-08-26"],
      ["26 August 2021", "2021-08-26"],
      ["2021/08/26", "2021-08-26"],
      ["26.08.2021", "2021-08-26"],
      ["3/23/2022", "2022-03-23"],
      ["23/3/2022", "2022-03-23"],
    ]) {
      const result = await sheet(`"${written}"`);
      expect(dataset(result).events[0]!.start).toBe(date);
      expect(notes(result)).toEqual([`Dates written another way, read as: Row 2, start: “${written}” as ${date}.`]);
    }
    for (const written of ["8/26/21", "26-Aug-21"]) {
      const result = await sheet(written);
      expect(result.ok || result.problems[0]).toMatchObject({
        path: "Row 2, start",
        hint: expect.stringContaining("set the start and end columns to Text"),
      });
    }
  });
});
