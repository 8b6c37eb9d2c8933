import { describe, expect, it } from "vitest";
import { localize, translationFor } from "./localize";
import { testDataset } from "./test-dataset";

const dataset = testDataset({
  lessons: [
    {
      id: "tour",
      title: "A tour",
      steps: [
        { event: "first", prompt: "What happened?" },
        { event: "second", prompt: "And then?" },
      ],
    },
  ],
  translations: {
    fa: {
      title: "مجموعه آزمایشی",
      tracks: { diplomacy: { label: "دیپلوماسی" } },
      actors: { taliban: { label: "طالبان" } },
      events: { first: { title: "نخست", summary: "خلاصه." } },
      lessons: { tour: { prompts: ["چه شد؟"] } },
    },
    "es-MX": { events: { second: { summary: "Resumen." } } },
  },
});

describe("localize", () => {
  it("shows the translation's text where it has one and the original elsewhere, saying which is which", () => {
    const { dataset: shown, languageOf, translated } = localize(dataset, "fa");
    expect(translated).toBe(true);
    expect(shown.title).toBe("مجموعه آزمایشی");
    expect(shown.description).toBe(dataset.description);
    expect(shown.tracks.map((track) => track.label)).toEqual(["دیپلوماسی", "Military"]);
    expect(shown.actors.find((actor) => actor.id === "taliban")?.label).toBe("طالبان");
    const first = shown.events.find((event) => event.id === "first")!;
    expect([first.title, first.summary, first.start]).toEqual(["نخست", "خلاصه.", "2020-02-29"]);
    expect(shown.lessons![0]!.steps.map((step) => step.prompt)).toEqual(["چه شد؟", "And then?"]);
    expect(languageOf("events", "first", "summary")).toBe("fa");
    expect(languageOf("events", "second", "summary")).toBe("en");
    expect(languageOf("lessons", "tour", "prompts.1")).toBe("en");
    expect(languageOf("dataset", "", "title")).toBe("fa");
  });

  it("finds a translation by its language's own tag or its base, and leaves the original untouched", () => {
    expect(translationFor(dataset, "fa-AF")?.tag).toBe("fa");
    expect(translationFor(dataset, "es")?.tag).toBe("es-MX");
    expect(localize(dataset, "es").dataset.events[1]!.summary).toBe("Resumen.");
    expect(dataset.events[1]!.summary).toBe("Summary of second.");
    expect(localize(dataset, "es").original).toBe(dataset);
  });

  it("gives the dataset itself in its own language or one it has no translation for, the same object each time", () => {
    expect(localize(dataset, "en").dataset).toBe(dataset);
    expect(localize(dataset, "en-GB").dataset).toBe(dataset);
    const pashto = localize(dataset, "ps");
    expect(pashto.dataset).toBe(dataset);
    expect(pashto.translated).toBe(false);
    expect(pashto.languageOf("events", "first", "title")).toBe("en");
    expect(localize(dataset, "fa")).toBe(localize(dataset, "fa"));
  });
});
