import { describe, expect, it } from "vitest";
import { PROMPT_MAX } from "../domain/limits";
import type { Lesson, TimelineEvent } from "../domain/schema";
import { usTalibanRelations as dataset } from "./us-taliban-relations";
import { withdrawalSpeakers } from "./us-taliban-relations/events-2020-2021";
import { talibanRuleSpeakers } from "./us-taliban-relations/events-2021-2022";
import { laterBidenSpeakers } from "./us-taliban-relations/events-2023-2024";
import { secondTermSpeakers } from "./us-taliban-relations/events-2025-2026";
import { lessons } from "./us-taliban-relations/lessons";
import { COLLECTIVES, CORE_VOICES, type Voice } from "./us-taliban-relations/voices";

const voices: Record<string, Voice> = {
  ...CORE_VOICES,
  ...Object.fromEntries(
    [...withdrawalSpeakers, ...talibanRuleSpeakers, ...laterBidenSpeakers, ...secondTermSpeakers].map((speaker) => [
      speaker.actor.id,
      speaker.voice,
    ]),
  ),
};

const events = new Map(dataset.events.map((item) => [item.id, item]));
const eventOf = (id: string): TimelineEvent => {
  const found = events.get(id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const lesson = (id: string): Lesson => {
  const found = lessons.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
};
const allSteps = lessons.flatMap((item) =>
  item.steps.map((step, index) => ({ lesson: item, step, at: `${item.id}[${index}]` })),
);

/** Words that take one side: none may stand in a title, nor in a prompt outside the words it quotes. */
const LOADED = [/hostage diplomacy/i, /\bregimes?\b/i, /\bterrorists?\b/i, /\boccupation\b/i, /\bpuppet\b/i];
/** A text with its quotations (“…”) taken out, so a prompt may quote a side's own words. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, "“”");

/** Events where talks or contacts with the Taliban produced a result: Americans freed. */
const ENGAGEMENT_RESULTS = ["glezmann-released", "faye-hall-released", "amiri-released", "corbett-mckenty-exchange"];
/** Events on the conditions the U.S. and the UN set, besides the rights track. */
const CONDITIONS = [
  "un-staff-ban",
  "girls-schools-closed",
  "designations-remain",
  "afghanistan-wrongful-detention-designation",
];

describe("the default dataset's lessons", () => {
  it("are the dataset's lessons, in the order shared links and the answers' storage know them", () => {
    expect(dataset.lessons).toBe(lessons);
    // lesson-answers.test.ts reads the second lesson as the detainees lesson: keep the order.
    expect(lessons.map((item) => item.id)).toEqual([
      "how-the-us-left",
      "hostage-diplomacy",
      "recognition-evidence",
      "womens-rights-and-recognition",
      "check-the-article",
    ]);
  });

  it("each have a description for the student", () => {
    for (const item of lessons) expect(item.description?.trim(), item.id).toBeTruthy();
  });

  it("have titles and descriptions in neutral words", () => {
    for (const item of lessons)
      for (const text of [item.title, unquoted(item.description ?? "")])
        for (const word of LOADED) expect(text, `${item.id}: ${String(word)}`).not.toMatch(word);
  });

  it("put every step on an event of the dataset, once per lesson (a claim once, where steps judge claims)", () => {
    for (const { step, at } of allSteps) expect(events.has(step.event), `${at}: ${step.event}`).toBe(true);
    // Two of the article's claims can rest on one event: a lesson on claims takes each claim once instead.
    for (const item of lessons) {
      const steps = item.steps.map((step) => step.claim ?? `event:${step.event}`);
      expect(new Set(steps).size, item.id).toBe(item.steps.length);
    }
  });

  it("name only claims of the dataset", () => {
    const claims = new Set((dataset.claims ?? []).map((claim) => claim.id));
    for (const { step, at } of allSteps)
      if (step.claim) expect(claims.has(step.claim), `${at}: ${step.claim}`).toBe(true);
  });

  it("ask one question or task in each prompt, short enough for the page, ending as a sentence", () => {
    for (const { step, at } of allSteps) {
      expect(step.prompt.length, at).toBeLessThanOrEqual(PROMPT_MAX);
      expect(step.prompt, at).toMatch(/[?.]$/);
      expect(step.prompt, at).not.toMatch(/^\s*why did\b/i);
      for (const word of LOADED) expect(unquoted(step.prompt), `${at}: ${String(word)}`).not.toMatch(word);
    }
  });

  it("name the card's parts as the page shows them", () => {
    const parts = ["Details", "Notes on the record", "How each side saw it", "Sources", "Primary source"];
    for (const { step, at } of allSteps)
      for (const [, named] of step.prompt.matchAll(/“([^”]*)”/g))
        if (/^(details|notes|sources?|how each side)/i.test(named!))
          expect(parts, `${at}: “${named}”`).toContain(named);
  });

  it("keep the detainees lesson long enough for the e2e lesson tests (they open its step 5)", () => {
    expect(lesson("hostage-diplomacy").steps.length).toBeGreaterThanOrEqual(5);
  });
});

describe("the recognition lesson", () => {
  const steps = lesson("recognition-evidence").steps;

  it("weighs what engagement has produced: at least two events where Americans were freed", () => {
    const results = steps.filter((step) => ENGAGEMENT_RESULTS.includes(step.event));
    expect(results.length).toBeGreaterThanOrEqual(2);
  });

  it("and what stands in the way: at least two events on rights or the conditions set", () => {
    const conditions = steps.filter(
      (step) => eventOf(step.event).track === "rights" || CONDITIONS.includes(step.event),
    );
    expect(conditions.length).toBeGreaterThanOrEqual(2);
  });

  it("ends by asking the student to weigh both sides with evidence from two events", () => {
    expect(steps.at(-1)!.prompt).toMatch(/two events/);
  });
});

describe("the lesson on Afghan women's rights and recognition", () => {
  const steps = lesson("womens-rights-and-recognition").steps;

  it("has 5 to 7 steps", () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(7);
  });

  it("builds every step on an event where an Afghan woman or civil-society voice speaks by name", () => {
    for (const step of steps) {
      const named = (eventOf(step.event).perspectives ?? []).filter(
        (view) => voices[view.actor] === "afghan-civil-society" && !COLLECTIVES.includes(view.actor),
      );
      expect(named.length, step.event).toBeGreaterThan(0);
    }
  });

  it("asks in every step to compare what the sides say with what the card shows", () => {
    for (const step of steps) {
      expect(step.prompt, step.event).toMatch(/\bcompare\b/i);
      expect(step.prompt, step.event).toMatch(/“(Details|Sources|How each side saw it|Notes on the record)”/);
    }
  });

  it("stays on the rights track and the talks and recognition that turn on it", () => {
    for (const step of steps)
      expect(["rights", "diplomacy", "international"], step.event).toContain(eventOf(step.event).track);
  });
});
