import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { RLM, answersKey, answersText, parseAnswers } from "./lesson-answers";

const lesson = usTalibanRelations.lessons![1]!;
const eventOf = (id: string) => usTalibanRelations.events.find((event) => event.id === id);

describe("a student's answers", () => {
  it("are kept per dataset and lesson; a lesson from a link by its content", () => {
    expect(answersKey("us-taliban", lesson, false)).toBe("timeline-explorer:answers:us-taliban:hostage-diplomacy");
    const shared = { ...lesson, id: "shared-lesson" };
    const other = { ...shared, title: "Another lesson" };
    expect(answersKey("us-taliban", shared, true)).not.toBe(answersKey("us-taliban", other, true));
    expect(answersKey("us-taliban", shared, true)).toBe(answersKey("us-taliban", { ...shared }, true));
  });

  it("read back whatever storage holds, keeping only answers", () => {
    expect(parseAnswers(JSON.stringify({ 0: "Qatar mediated.", 2: "", x: "no", 3: 4 }))).toEqual({
      0: "Qatar mediated.",
      2: "",
    });
    expect(parseAnswers("{not json")).toEqual({});
    expect(parseAnswers(null)).toEqual({});
    expect(parseAnswers("[1,2]")).toEqual({});
  });

  it("download as a text file with each step's event, question and answer", () => {
    const text = answersText(lesson, { 0: "Frerichs for Noorzai." }, eventOf, {
      link: "https://example.org/?lesson=x",
    });
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(lesson.title);
    expect(lines).toContain("Online: https://example.org/?lesson=x");
    expect(lines).toContain(`Step 1 of ${lesson.steps.length}`);
    expect(lines).toContain(`Question: ${lesson.steps[0]!.prompt}`);
    expect(lines).toContain("My answer: Frerichs for Noorzai.");
    expect(lines).toContain("My answer: (no answer yet)");
    expect(lines).toContain("Sep 19, 2022: Mark Frerichs freed in exchange for Bashir Noorzai");
    expect(text).not.toContain("Name:");
  });

  it("quote the claim a step asks the student to judge, never its verdict", () => {
    const claimLesson = usTalibanRelations.lessons!.find((item) => item.id === "check-the-article")!;
    const claimOf = (id: string) => usTalibanRelations.claims?.find((claim) => claim.id === id);
    const text = answersText(claimLesson, { 2: "Wrong: he was president then." }, eventOf, { link: null, claimOf });
    const lines = text.split("\r\n");
    expect(lines).toContain("The article says (paragraph 4): “an agreement reached by former President Trump”");
    expect(lines).toContain("My answer: Wrong: he was president then.");
    expect(text).not.toMatch(/Verdict/);
    // Without the claims, the steps read as any other.
    expect(answersText(claimLesson, {}, eventOf, { link: null })).not.toContain("The article says (paragraph");
  });

  it("names the student in the downloaded answers when a name was typed", () => {
    const text = answersText(lesson, {}, eventOf, { link: "https://example.org/", name: "  Amina K. " });
    expect(text.split("\r\n")).toContain("Name: Amina K.");
  });

  it("leave out the link when none opens the lesson's timeline (a file from the computer)", () => {
    const text = answersText(lesson, {}, eventOf, { link: null });
    expect(text).not.toMatch(/Online|null/);
    expect(text).toContain(`Step 1 of ${lesson.steps.length}`);
  });

  it("in Dari and Pashto begin every line with a right-to-left mark, so a plain text editor shows them right to left", () => {
    const answers = { 0: "طالبان تعهد کردند.\nFrerichs در سال ۲۰۲۲ آزاد شد." };
    for (const locale of ["fa-AF-u-ca-gregory", "ps-AF-u-ca-gregory", "fa", "ps"]) {
      const text = answersText(lesson, answers, eventOf, { locale, link: "https://example.org/?lang=fa" });
      const lines = text.split("\r\n");
      // Each line of text starts with the mark; the blank lines between steps stay blank.
      expect(lines.filter((line) => line !== "").every((line) => line.startsWith(RLM))).toBe(true);
      expect(lines).toContain("");
      // The answer's two lines are two lines of the file, each marked.
      expect(lines).toContain(`${RLM}Frerichs در سال ۲۰۲۲ آزاد شد.`);
      // The words are untouched: one mark at the start of a line, none inside it.
      expect(lines.every((line) => !line.slice(1).includes(RLM))).toBe(true);
      expect(lines).toContain(`${RLM}Online: https://example.org/?lang=fa`);
      expect(lines[0]).toBe(RLM + lesson.title);
    }
    // English and Spanish read left to right: no mark.
    for (const locale of ["en", "es"]) {
      expect(answersText(lesson, answers, eventOf, { locale, link: null })).not.toContain(RLM);
    }
  });
});
