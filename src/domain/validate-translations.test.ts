import { describe, expect, it } from "vitest";
import { linesOf, testDataset } from "./test-dataset";
import { validateDataset } from "./validate-dataset";

const lesson = { id: "tour", title: "A tour", steps: [{ event: "first", prompt: "What happened?" }] };

describe("a dataset's translations", () => {
  it("are accepted by language, each part by the id it translates", () => {
    const dataset = testDataset({
      lessons: [lesson],
      translations: {
        fa: {
          title: "مجموعه آزمایشی",
          tracks: { diplomacy: { label: "دیپلوماسی" } },
          actors: { taliban: { label: "طالبان" } },
          periods: { term: { label: "یک دوره" } },
          events: { first: { title: "نخست", shortTitle: "نخست", summary: "خلاصه." } },
          lessons: { tour: { title: "گردش", prompts: ["چه شد؟"] } },
        },
        es: { events: { second: { summary: "Resumen." } } },
      },
    });
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.translations?.fa?.events?.first?.title).toBe("نخست");
  });

  it("name an id that is not in the dataset at the entry's own path", () => {
    const dataset = testDataset({
      translations: { fa: { events: { frist: { title: "نخست" } }, actors: { talibn: { label: "طالبان" } } } },
    });
    expect(linesOf(dataset)).toEqual([
      'translations.fa.actors.talibn: "talibn" is not the id of one of the dataset\'s actors',
      'translations.fa.events.frist: "frist" is not the id of one of the dataset\'s events',
    ]);
  });

  it("hold a short title to the timeline's room in the translation's own characters", () => {
    const dataset = testDataset({
      translations: { es: { events: { first: { shortTitle: "Un título corto que ya no es nada corto" } } } },
    });
    expect(linesOf(dataset)).toEqual([
      "translations.es.events.first.shortTitle: at most 32 characters (this is 39): the timeline has room for a few words, in any language",
    ]);
  });

  it("give a lesson no more prompts than it has steps, and reject a field that is not translatable", () => {
    const dataset = testDataset({
      lessons: [lesson],
      translations: {
        ps: {
          lessons: { tour: { prompts: ["څه وشول؟", "بیا؟"] } },
          events: { first: { start: "2021" } } as never,
        },
      },
    });
    expect(linesOf(dataset)).toEqual([
      "translations.ps.events.first.start: is not a field of the dataset format (check the spelling, or remove it)",
      "translations.ps.lessons.tour.prompts: 2 prompts for a lesson of 1 steps",
    ]);
  });

  it("are not in the dataset's own language, and are keyed by a language tag", () => {
    expect(linesOf(testDataset({ translations: { en: { title: "Again" } } }))).toEqual([
      'translations.en: the dataset is written in "en": a translation into it has nothing to translate',
    ]);
    expect(linesOf(testDataset({ translations: { "not a tag": { title: "?" } } }))[0]).toMatch(
      /^translations\["not a tag"\]/,
    );
  });
});

describe("a dataset's claims", () => {
  const claim = {
    id: "former-president",
    paragraph: 2,
    text: "reached by former President Trump",
    verdict: "imprecise" as const,
    explanation: "Trump was president when the agreement was signed.",
    events: ["first"],
  };

  it("are accepted with a verdict and the events that show them", () => {
    expect(validateDataset(testDataset({ claims: [claim] })).ok).toBe(true);
  });

  it("name an unknown event, an unknown verdict, a repeated id and an overlong quote", () => {
    const dataset = testDataset({
      claims: [
        { ...claim, events: ["first", "nowhere"] },
        { ...claim, verdict: "false" as never, text: "x".repeat(301) },
      ],
    });
    expect(linesOf(dataset)).toEqual([
      "claims[1].text: at most 300 characters (this is 301): quote the claim itself; the explanation holds the rest",
      'claims[1].verdict: expected "accurate", "imprecise", "wrong", "unsupported", "opinion"',
      'claims[1].id: "former-president" is used by an earlier item in claims: ids must be unique',
      'claims[0].events[1]: "nowhere" is not the id of an event in this dataset',
    ]);
  });
});
