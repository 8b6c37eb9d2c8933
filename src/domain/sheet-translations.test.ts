// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { htmlToText } from "../platform/html-text";
import { toCsv } from "./csv";
import { parseCsv } from "./csv-import";
import { datasetToCsv } from "./explorer-sheet";
import { readTimelineText } from "./load-dataset";
import type { Dataset } from "./schema";
import { readTranslationColumn, settingsTranslations } from "./sheet-translations";
import { testDataset, testEvent } from "./test-dataset";

const read = async (csv: string): Promise<Dataset> => {
  const result = await readTimelineText(csv, htmlToText);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("\n"));
  return result.dataset;
};
const cellsOf = (csv: string, id: string) => {
  const [header = [], ...rows] = parseCsv(csv);
  const row = rows.find((cells) => cells[0] === id)!;
  return Object.fromEntries(header.map((name, at) => [name, row[at]]));
};

const translated = testDataset({
  events: [testEvent({ id: "fall", title: "Kabul falls", summary: "The Taliban enter Kabul.", details: "D." })],
  translations: {
    es: {
      title: "Cronología",
      description: "Una prueba.",
      tracks: { diplomacy: { label: "Diplomacia" } },
      events: { fall: { title: "Cae Kabul", shortTitle: "Cae Kabul", summary: "Los talibanes entran en Kabul." } },
    },
    fa: { events: { fall: { title: "سقوط کابل", summary: "طالبان وارد کابل می‌شوند.", details: "جزئیات." } } },
  },
});

describe("a dataset's translations in the spreadsheet", () => {
  it("writes each row's translations in columns of their own, beside the original, and the labels in settings", () => {
    const csv = datasetToCsv(translated);
    const [header = []] = parseCsv(csv);
    expect(header.slice(-12)).toEqual([
      "title_es",
      "short_title_es",
      "summary_es",
      "details_es",
      "notes_es",
      "title_fa",
      "short_title_fa",
      "summary_fa",
      "details_fa",
      "notes_fa",
      "settings_es",
      "settings_fa",
    ]);
    const fall = cellsOf(csv, "fall");
    expect(fall).toMatchObject({ summary_es: "Los talibanes entran en Kabul.", title_fa: "سقوط کابل", notes_fa: "" });
    const datasetRow = cellsOf(csv, translated.id);
    expect(JSON.parse(datasetRow.settings!)).not.toHaveProperty("translations");
    expect(JSON.parse(datasetRow.settings_es!)).toEqual({ tracks: { diplomacy: { label: "Diplomacia" } } });
    expect(datasetRow).toMatchObject({ title_es: "Cronología", summary_es: "Una prueba.", settings_fa: "" });
  });

  it("reads them back unchanged", async () => {
    expect((await read(datasetToCsv(translated))).translations).toEqual(translated.translations);
  });

  it("gives back the default dataset's translations, with no cell longer than Excel keeps (32,767 characters)", async () => {
    const csv = datasetToCsv(usTalibanRelations);
    const longest = Math.max(...parseCsv(csv).flatMap((row) => row.map((cell) => cell.length)));
    expect(longest).toBeLessThanOrEqual(32_767);
    expect((await read(csv)).translations).toEqual(usTalibanRelations.translations);
  });

  it("still reads a sheet written with every translation and the lessons in the settings cell", async () => {
    const lessons = [{ id: "l", title: "L", steps: [{ event: "fall", prompt: "Why?" }] }];
    const [header = [], ...rows] = parseCsv(datasetToCsv({ ...translated, translations: undefined }));
    const at = (name: string) => header.indexOf(name);
    const datasetRow = rows.find((cells) => cells[at("type")] === "dataset")!;
    const settings = JSON.parse(datasetRow[at("settings")]!) as object;
    datasetRow[at("settings")] = JSON.stringify({ ...settings, lessons, translations: translated.translations });
    const back = await read(toCsv(header, rows));
    expect(back.translations).toEqual(translated.translations);
    expect(back.lessons).toEqual(lessons);
  });

  it("knows a translation column by its field and language tag, written as a teacher might", () => {
    expect(readTranslationColumn("summary_es")).toEqual({ field: "summary", language: "es" });
    expect(readTranslationColumn(" short title_pt-BR ")).toEqual({ field: "short_title", language: "pt-BR" });
    expect(readTranslationColumn("summary")).toBeNull();
    expect(readTranslationColumn("media_url")).toBeNull();
    expect(settingsTranslations({ es: { events: {} } })).toBeUndefined();
  });
});
