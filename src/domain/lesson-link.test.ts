import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { decodeLesson, encodeLesson, LINKED_LESSON_ID } from "./lesson-link";

const events = usTalibanRelations.events.map((event) => event.id);

describe("a lesson carried in the link", () => {
  it("comes back whole, as the same lesson", async () => {
    const lesson = {
      title: "Kabul, August 2021",
      description: "Three stops",
      steps: [
        { event: "fall-of-kabul", prompt: "What happened on 15 August?" },
        { event: "abbey-gate-bombing", prompt: "Who carried out the attack? “Quotes” and ünïcode survive." },
      ],
    };
    const path = await encodeLesson(lesson);
    expect(path).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeLesson(path, usTalibanRelations)).toEqual({
      ok: true,
      lesson: { id: LINKED_LESSON_ID, ...lesson },
      ignored: [],
    });
  });

  it("keeps a step's claim the dataset has, and leaves out one it lacks, keeping the step", async () => {
    const path = await encodeLesson({
      title: "Claims",
      steps: [
        { event: "doha-agreement", prompt: "Judge it.", claim: "former-president" },
        { event: "fall-of-kabul", prompt: "And this?", claim: "no-such-claim" },
      ],
    });
    expect(await decodeLesson(path, usTalibanRelations)).toEqual({
      ok: true,
      lesson: {
        id: LINKED_LESSON_ID,
        title: "Claims",
        steps: [
          { event: "doha-agreement", prompt: "Judge it.", claim: "former-president" },
          { event: "fall-of-kabul", prompt: "And this?" },
        ],
      },
      ignored: ["the lesson's claim “no-such-claim” is not a claim of this dataset and was left out"],
    });
  });

  it("fits a ten-step lesson with 100-character prompts in 2,000 characters", async () => {
    const steps = Array.from({ length: 10 }, (_, index) => ({
      event: events[index * 5]!,
      prompt: `Step ${index + 1}: read the card and one source, then say what each side claimed and why it matters now.`
        .padEnd(100, ".")
        .slice(0, 100),
    }));
    const path = await encodeLesson({ title: "A ten-step lesson for Monday", steps });
    expect(`https://example.org/?path=${path}`.length).toBeLessThanOrEqual(2000);
  });

  it("says what is wrong with a link cut short, corrupted or not a lesson", async () => {
    const path = await encodeLesson({ title: "T", steps: [{ event: "fall-of-kabul", prompt: "Why?" }] });
    expect(await decodeLesson(path.slice(0, path.length - 6), usTalibanRelations)).toMatchObject({ ok: false });
    expect(await decodeLesson("AAAA" + path, usTalibanRelations)).toMatchObject({ ok: false });
    const notALesson = await encodeLesson({ title: "", steps: [] } as never);
    const result = await decodeLesson(notALesson, usTalibanRelations);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^the lesson in the link is not a valid lesson \(/);
  });

  it("leaves out steps on events the dataset does not have, and says so", async () => {
    const path = await encodeLesson({
      title: "T",
      steps: [
        { event: "fall-of-kabul", prompt: "Why?" },
        { event: "moon-landing", prompt: "When?" },
      ],
    });
    const result = await decodeLesson(path, usTalibanRelations);
    expect(result).toMatchObject({ ok: true, lesson: { steps: [{ event: "fall-of-kabul" }] } });
    if (result.ok)
      expect(result.ignored).toEqual([
        "the lesson's step on “moon-landing” names no event of this dataset and was left out",
      ]);
  });
});
