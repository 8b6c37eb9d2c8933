import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { addStep, EMPTY_DRAFT, parseDraft, removeStep } from "./lesson-draft";
import { datasetWithLesson, draftProblems, lessonId, moveStep, setPrompt } from "./lesson-editing";
import { validateDataset } from "./validate-dataset";

const three = ["doha-agreement", "fall-of-kabul", "abbey-gate-bombing"].reduce(addStep, EMPTY_DRAFT);

describe("building a lesson", () => {
  it("adds each event once, moves, removes and writes prompts", () => {
    expect(addStep(three, "fall-of-kabul")).toBe(three);
    expect(moveStep(three, 2, 0).steps.map((step) => step.event)).toEqual([
      "abbey-gate-bombing",
      "doha-agreement",
      "fall-of-kabul",
    ]);
    expect(moveStep(three, 0, 3)).toBe(three);
    expect(removeStep(three, 1).steps.map((step) => step.event)).toEqual(["doha-agreement", "abbey-gate-bombing"]);
    expect(setPrompt(three, 1, "Why?").steps[1]).toEqual({ event: "fall-of-kabul", prompt: "Why?" });
  });

  it("reads a stored draft back, keeping only the dataset's events", () => {
    const events = new Set(["doha-agreement", "fall-of-kabul"]);
    const stored = JSON.stringify({
      title: "T",
      steps: [{ event: "doha-agreement", prompt: "P" }, { event: "moon" }, 4],
    });
    expect(parseDraft(stored, events)).toEqual({
      title: "T",
      description: "",
      steps: [{ event: "doha-agreement", prompt: "P" }],
    });
    expect(parseDraft("{broken", events)).toEqual(EMPTY_DRAFT);
    expect(parseDraft(null, events)).toEqual(EMPTY_DRAFT);
  });

  it("says what is missing before it can be shared", () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual([
      "Give the lesson a title.",
      "Add at least one event (Add to lesson, on its card).",
    ]);
    expect(draftProblems({ ...three, title: "Kabul" })).toEqual([
      "Write a prompt for step 1.",
      "Write a prompt for step 2.",
      "Write a prompt for step 3.",
    ]);
  });

  it("names the lesson from its title, uniquely", () => {
    expect(lessonId("Kabul, August 2021!", [])).toBe("kabul-august-2021");
    expect(lessonId("Kabul, August 2021!", ["kabul-august-2021"])).toBe("kabul-august-2021-2");
    expect(lessonId("¿?", [])).toBe("lesson");
  });

  it("downloads as the dataset with the lesson added, which validates", () => {
    let draft = { ...three, title: "Kabul, August 2021", description: " " };
    draft.steps.forEach((_, index) => (draft = setPrompt(draft, index, ` Question ${index + 1} `)));
    const dataset = datasetWithLesson(usTalibanRelations, draft);
    expect(dataset.lessons!.at(-1)).toEqual({
      id: "kabul-august-2021",
      title: "Kabul, August 2021",
      steps: [
        { event: "doha-agreement", prompt: "Question 1" },
        { event: "fall-of-kabul", prompt: "Question 2" },
        { event: "abbey-gate-bombing", prompt: "Question 3" },
      ],
    });
    expect(validateDataset(dataset).ok).toBe(true);
  });
});
