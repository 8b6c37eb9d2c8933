import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { HOSTILE_TEXT } from "./test-dataset";
import { groupHandIns, handInFileName, handInOf, isHandIn, readHandIn, type HandIn } from "./hand-in";

const lesson = usTalibanRelations.lessons![1]!;
const work = (name: string, answers: Record<number, string>, when = "2026-12-01T10:00:00Z") =>
  handInOf({ dataset: usTalibanRelations, lesson, fromLink: false, name, answers, now: new Date(when) });

describe("handed-in work", () => {
  it("holds the name, the lesson with its steps, the dataset and one answer per step", () => {
    const handIn = work(" Amina K. ", { 0: " Frerichs for Noorzai. ", 3: "Qatar helped." });
    expect(handIn).toMatchObject({
      format: "timeline-explorer-answers",
      name: "Amina K.",
      dataset: { id: usTalibanRelations.id, title: usTalibanRelations.title },
      lesson: { id: lesson.id, title: lesson.title },
    });
    expect(handIn.answers).toHaveLength(lesson.steps.length);
    expect(handIn.answers[0]).toBe("Frerichs for Noorzai.");
    expect(handIn.answers[1]).toBe("");
    expect(handInFileName(handIn)).toBe("hostage-diplomacy-amina-k-answers.json");
    expect(readHandIn(JSON.parse(JSON.stringify(handIn)), "the file")).toEqual({ ok: true, handIn });
  });

  it("refuses a file that is damaged, edited into nonsense or hostile, saying which and why", () => {
    const good = JSON.parse(JSON.stringify(work("Amina", {}))) as HandIn;
    const cases: [unknown, RegExp][] = [
      [{ ...good, answers: good.answers.slice(1) }, /answers for a lesson of/],
      [{ ...good, version: 2 }, /version/],
      [{ ...good, name: 42 }, /name/],
      [{ ...good, extra: "<script>" }, /not handed-in work/],
      [{ ...good, answers: good.answers.map(() => "x".repeat(6000)) }, /answers\.0/],
      [{ ...good, lesson: { ...good.lesson, steps: [] } }, /lesson\.steps/],
      [{ ...good, dataset: { ...good.dataset, id: "../../etc" } }, /dataset\.id/],
      ["just text", /not handed-in work/],
    ];
    for (const [value, reason] of cases) {
      const read = readHandIn(value, "the file “x.json”");
      expect(read.ok, JSON.stringify(value).slice(0, 60)).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(reason);
      if (!read.ok) expect(read.problem).toMatch(/^the file “x\.json” /);
    }
    // Text that looks like markup is kept as the text it is, never run.
    const hostile = readHandIn({ ...good, name: HOSTILE_TEXT.slice(0, 100) }, "the file");
    expect(hostile.ok && hostile.handIn.name).toBe(HOSTILE_TEXT.slice(0, 100));
    expect(isHandIn(good)).toBe(true);
    expect(isHandIn(usTalibanRelations)).toBe(false);
  });

  it("groups many students' work by lesson, by name, keeping each student's latest", () => {
    const other = { ...work("Zed", {}), lesson: { ...work("Zed", {}).lesson, id: "other", title: "Other" } };
    const groups = groupHandIns([
      work("Ben", { 0: "first try" }, "2026-12-01T09:00:00Z"),
      work("Amina", { 0: "a" }),
      other,
      work("Ben", { 0: "second try" }, "2026-12-01T11:00:00Z"),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.students.map((student) => student.name)).toEqual(["Amina", "Ben"]);
    expect(groups[0]!.students[1]!.answers[0]).toBe("second try");
    expect(groups[1]!.lesson.title).toBe("Other");
  });
});
