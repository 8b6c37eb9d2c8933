// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { htmlToText } from "../platform/html-text";
import sample from "./fixtures/timelinejs-sample.json";
import { readDatasetJson, readDatasetText } from "./load-dataset";
import { testDataset } from "./test-dataset";

describe("readDatasetText", () => {
  it("reads a dataset in the format", () => {
    const result = readDatasetText(JSON.stringify(testDataset()), htmlToText);
    expect(result).toMatchObject({ ok: true, format: "dataset", notes: [] });
  });

  it("reads a file with a byte-order mark", () => {
    expect(readDatasetText(`\uFEFF${JSON.stringify(testDataset())}`, htmlToText).ok).toBe(true);
  });

  it("recognises and converts a TimelineJS file, with notes on what was left out", () => {
    const result = readDatasetText(JSON.stringify(sample), htmlToText);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.format).toBe("timelinejs");
      expect(result.dataset.title).toBe("Women’s suffrage in brief");
      expect(result.notes.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["", "the file is empty"],
    ["   \n ", "the file is empty"],
    ["<!DOCTYPE html><html><body>Not found</body></html>", "this is a web page (HTML), not a JSON file"],
    ["<html>", "this is a web page (HTML), not a JSON file"],
  ])("says what is wrong with %j", (text, message) => {
    const result = readDatasetText(text, htmlToText);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ path: "", message });
      expect(result.problems[0]!.hint).toBeTruthy();
    }
  });

  it("points at the place where the JSON breaks", () => {
    const result = readDatasetText(
      '{\n  "title": "x",\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}',
      htmlToText,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^the file is not valid JSON at line 5, column \d+$/);
  });

  it("lists every validation problem with its path and a hint", () => {
    const dataset = testDataset();
    dataset.events[0] = { ...dataset.events[0]!, start: "2021-02-30", track: "nope" };
    const result = readDatasetText(JSON.stringify(dataset), htmlToText);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.path)).toEqual(["events[0].start", "events[0].track"]);
      expect(result.problems.every((problem) => problem.hint)).toBe(true);
    }
  });

  it("fails a TimelineJS file without a readable event, with a hint", () => {
    const result = readDatasetJson({ events: [{ start_date: {} }] }, htmlToText);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "events",
          message: "no event could be read: events[0] has no year",
          hint: "Each TimelineJS event needs a start_date with at least a year.",
        },
      ],
    });
  });

  it("never throws on odd JSON", () => {
    for (const text of ["null", "42", '"text"', "[]", "[1,2]", "{}", '{"events": null}', "true"]) {
      expect(readDatasetText(text, htmlToText).ok).toBe(false);
    }
  });
});
