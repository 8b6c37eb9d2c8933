import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { datasetOfView, exportFileName } from "./export";
import { filterEvents, indexDataset } from "./filter";
import { localize } from "./localize";
import { testDataset } from "./test-dataset";
import { validateDataset } from "./validate-dataset";
import { DEFAULT_VIEW } from "./view-state";

describe("datasetOfView", () => {
  it("downloads a view shown in Dari as written, with the translations of what it keeps, and it validates", () => {
    const view = { ...DEFAULT_VIEW, tracks: ["detainees"] };
    const shown = localize(usTalibanRelations, "fa").dataset;
    const events = filterEvents(indexDataset(shown), view);
    const exported = datasetOfView(usTalibanRelations, events, view);
    const first = exported.events[0]!;
    expect(first.title).toBe(usTalibanRelations.events.find((event) => event.id === first.id)!.title);
    expect(Object.keys(exported.translations!.fa!.events!).sort()).toEqual(events.map((event) => event.id).sort());
    // A lesson's translated prompts follow the steps it keeps.
    const lesson = exported.lessons!.find((kept) => kept.id === "hostage-diplomacy")!;
    const original = usTalibanRelations.lessons!.find((all) => all.id === "hostage-diplomacy")!;
    const index = original.steps.findIndex((step) => step.event === lesson.steps[1]!.event);
    expect(exported.translations!.fa!.lessons!["hostage-diplomacy"]!.prompts![1]).toBe(
      usTalibanRelations.translations!.fa!.lessons!["hostage-diplomacy"]!.prompts![index],
    );
    expect(validateDataset(exported).ok).toBe(true);
  });

  it("keeps the view's events and drops links to events left out, so the file validates", () => {
    const view = { ...DEFAULT_VIEW, tracks: ["detainees"] };
    const events = filterEvents(indexDataset(usTalibanRelations), view);
    const exported = datasetOfView(usTalibanRelations, events, view);
    expect(exported.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(validateDataset(exported).ok).toBe(true);
    const ids = new Set(events.map((event) => event.id));
    for (const event of exported.events) for (const link of event.related ?? []) expect(ids.has(link.id)).toBe(true);
    // Lessons keep their steps on the events kept: the detainees lesson and the recognition lesson keep
    // those on detainees, and so does Check the article, its claim with it; the lessons with none go.
    expect(exported.lessons?.map((lesson) => lesson.id)).toEqual([
      "hostage-diplomacy",
      "recognition-evidence",
      "check-the-article",
    ]);
    const claims = new Set(exported.claims?.map((claim) => claim.id));
    for (const lesson of exported.lessons!)
      for (const step of lesson.steps) if (step.claim) expect(claims.has(step.claim), step.claim).toBe(true);
    for (const lesson of exported.lessons!) for (const step of lesson.steps) expect(ids.has(step.event)).toBe(true);
    expect(exported.description).toContain(
      `(${events.length} of ${usTalibanRelations.events.length} events. Filters: Track: Detainees and hostages.)`,
    );
  });

  it("takes a step's claim out when none of the claim's events is kept, keeping the step", () => {
    const dataset = {
      ...usTalibanRelations,
      lessons: [
        {
          id: "mixed",
          title: "Mixed",
          steps: [{ event: "fall-of-kabul", prompt: "Judge it.", claim: "former-president" }],
        },
      ],
    };
    const kabul = dataset.events.filter((event) => event.id === "fall-of-kabul");
    const exported = datasetOfView(dataset, kabul, DEFAULT_VIEW);
    expect(exported.lessons?.[0]?.steps).toEqual([{ event: "fall-of-kabul", prompt: "Judge it." }]);
    expect(exported.claims?.some((claim) => claim.id === "former-president")).toBe(false);
    expect(validateDataset(exported).ok).toBe(true);
  });

  it("writes the whole dataset unchanged when nothing is filtered", () => {
    const exported = datasetOfView(usTalibanRelations, usTalibanRelations.events, DEFAULT_VIEW);
    expect(exported).toEqual(usTalibanRelations);
  });

  it("drops an emptied list of related events rather than leaving []", () => {
    const dataset = testDataset();
    const second = dataset.events.find((event) => event.id === "second")!;
    const exported = datasetOfView(dataset, [second], DEFAULT_VIEW);
    expect(exported.events[0]).not.toHaveProperty("related");
  });
});

describe("exportFileName", () => {
  it("names files after the dataset", () => {
    expect(exportFileName(usTalibanRelations, "csv", false)).toBe("us-taliban-relations-view.csv");
    expect(exportFileName(usTalibanRelations, "json", true)).toBe("us-taliban-relations.json");
  });
});
