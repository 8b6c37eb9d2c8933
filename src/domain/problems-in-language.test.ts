// @vitest-environment jsdom
import { i18n } from "@lingui/core";
import { afterEach, describe, expect, it } from "vitest";
import { messages as english } from "../locales/en/messages";
import { messages as dari } from "../locales/fa/messages";
import { messages as spanish } from "../locales/es/messages";
import { messages as pashto } from "../locales/ps/messages";
import { htmlToText } from "../platform/html-text";
import { parseCsv } from "./csv-import";
import { explorerSheet, sheetProblem } from "./explorer-sheet-read";
import { problemsOf, testDataset, testEvent } from "./test-dataset";
import { convertTimelineJs } from "./timelinejs";

/**
 * A teacher's problems with a file are in the page's language (issue 24): the words around a path, a field's
 * name and a value are the catalogue's, worded when the file is checked. English is what the other tests read.
 */
describe("the validator's problems", () => {
  afterEach(() => i18n.loadAndActivate({ locale: "en", messages: english }));

  const badDate = testDataset({ events: [testEvent({ id: "a", start: "2021-02-30" })] });

  it("are in Spanish, message and hint, when Spanish is active", () => {
    i18n.loadAndActivate({ locale: "es", messages: spanish });
    expect(problemsOf(badDate)).toEqual([
      {
        path: "events[0].start",
        message: "«2021-02-30» no es una fecha real del calendario",
        hint: "Comprueba el día y el mes: ese día no existe en ese mes.",
      },
    ]);
    const noTitle = testDataset({ events: [testEvent({ id: "a", title: 3 as unknown as string })] });
    expect(problemsOf(noTitle)[0]).toEqual({
      path: "events[0].title",
      message: "se esperaba un título como texto; se encontró un número",
      hint: "Cambia el valor por uno del tipo esperado.",
    });
  });

  it("are in Dari when Dari is active, a number in Dari's digits, the path and the field's name as written", () => {
    i18n.loadAndActivate({ locale: "fa", messages: dari });
    const [problem] = problemsOf(testDataset({ events: [testEvent({ id: "a", track: "diplomcy" })] }));
    expect(problem?.path).toBe("events[0].track");
    expect(problem?.message).toMatch(/^«diplomcy» محوری از این مجموعه معلومات نیست/);
    expect(problem?.hint).toContain('"tracks"');
    const [tooLong] = problemsOf(testDataset({ events: [testEvent({ id: "a", shortTitle: "x".repeat(40) })] }));
    expect(tooLong?.message).toBe("حداکثر ۳۲ حرف (این یکی ۴۰ حرف دارد): خط زمانی تنها برای چند کلمه جا دارد");
  });

  it("are in English again when English is", () => {
    i18n.loadAndActivate({ locale: "es", messages: spanish });
    i18n.loadAndActivate({ locale: "en", messages: english });
    expect(problemsOf(badDate)[0]?.message).toBe('"2021-02-30" is not a real calendar date');
  });
});

describe("a spreadsheet's problems", () => {
  afterEach(() => i18n.loadAndActivate({ locale: "en", messages: english }));

  const sheet = (corrects: string) =>
    explorerSheet(parseCsv(`id,start,title,summary,corrects_article\na,2021-08-26,A,B,${corrects}`));

  it("are in Spanish when Spanish is active: the row in words, the column's name as the sheet writes it", () => {
    i18n.loadAndActivate({ locale: "es", messages: spanish });
    const result = sheet("maybe");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: "Fila 2, corrects_article",
        message: "«maybe» no es ni yes ni no",
        hint: expect.stringMatching(/^Corrige la celda en la hoja de cálculo y vuelve a abrir el archivo\./),
      },
    ]);
  });

  it("of the dataset's validation are named by row in Dari, with the cell's advice in Dari", () => {
    i18n.loadAndActivate({ locale: "fa", messages: dari });
    const problem = sheetProblem({ path: "events[0].title", message: "x", hint: "y" }, [5], undefined);
    expect(problem.path).toBe("سطر ۵، title");
    const empty = problemsOf(testDataset({ events: [testEvent({ id: "a", summary: "" })] }))[0]!;
    expect(sheetProblem(empty, [5], undefined)).toEqual({
      path: "سطر ۵، summary",
      message: "نباید خالی باشد",
      hint: "این خانه را پر کنید.",
    });
  });

  it("are in English when English is", () => {
    const result = sheet("maybe");
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      "Row 2, corrects_article: “maybe” is neither yes nor no",
    ]);
  });
});

describe("a TimelineJS file's problems", () => {
  afterEach(() => i18n.loadAndActivate({ locale: "en", messages: english }));

  const noYear = { events: [{ start_date: {}, text: { headline: "A" } }] };

  it("are in Pashto when Pashto is active, the path as the file has it", () => {
    i18n.loadAndActivate({ locale: "ps", messages: pashto });
    expect(convertTimelineJs(noYear, htmlToText)).toEqual({
      ok: false,
      problems: [{ path: "events", message: "هېڅ پېښه ونه لوستل شوه: events[0] کال نه لري" }],
    });
  });

  it("are in English when English is", () => {
    expect(convertTimelineJs(noYear, htmlToText)).toEqual({
      ok: false,
      problems: [{ path: "events", message: "no event could be read: events[0] has no year" }],
    });
  });
});
