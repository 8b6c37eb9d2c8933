import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { filterEvents, indexDataset } from "./filter";
import { alternativesOf, rankedFields, rerank } from "./search-rank";
import { createTextSearch } from "./text-search";
import { DEFAULT_VIEW } from "./view-state";

const index = indexDataset(usTalibanRelations);
const search = createTextSearch(index);
/** The cards' order for a query, as the view lists them. */
const cards = (q: string, sort: "date" | null = null) =>
  filterEvents(index, { ...DEFAULT_VIEW, q, sort }, search.match(q)).map((event) => event.id);

describe("search that ranks: the questions students ask, best answer first", () => {
  it.each([
    ["Abbey Gate", "abbey-gate-bombing"],
    ["troops died", "abbey-gate-bombing"],
    ["soldiers killed", "abbey-gate-bombing"],
    ["Why did the Taliban free George Glezmann?", "glezmann-released"],
    ["who killed Zawahiri", "zawahiri-strike"],
    ["girls school", "girls-schools-closed"],
    ["drone strike", "kabul-drone-strike"],
    ["evacuation", "kabul-airlift"],
    ["Doha agreement", "doha-agreement"],
    ["Russia recognition", "russia-recognition"],
    ["fall of Kabul", "fall-of-kabul"],
    ["when did the last US soldier leave", "last-us-flight"],
    ["Taliban office in the US", "recognition-request"],
    ["travel ban", "travel-ban"],
  ])("“%s” puts %s first", (query, first) => {
    expect(cards(query)[0]).toBe(first);
  });

  it("lists the Glezmann events before those that only mention him", () => {
    expect(cards("Glezmann").slice(0, 3).sort()).toEqual(
      ["glezmann-detained", "glezmann-released", "glezmann-wrongfully-detained"].sort(),
    );
  });

  it("brings back date order when asked, with the same events", () => {
    const ranked = cards("troops died");
    const dated = cards("troops died", "date");
    expect([...dated].sort()).toEqual([...ranked].sort());
    const order = dated.map((id) => index.order.get(id)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(dated).not.toEqual(ranked);
  });

  it("keeps date order for a search that is only a date", () => {
    const ids = cards("August 2021");
    const order = ids.map((id) => index.order.get(id)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("rerank", () => {
  const event = (id: string, fields: Partial<Parameters<typeof rankedFields>[0]>) =>
    [id, rankedFields({ title: "", summary: "", actorLabels: [], ...fields })] as const;
  const fields = new Map([
    event("mention", { title: "Talks in Doha", details: "Glezmann was discussed." }),
    event("about", { title: "Talks in Doha", actorLabels: ["George Glezmann"] }),
    event("scattered", { title: "Gate opened", summary: "An abbey nearby." }),
    event("phrase", { title: "Abbey gate opened", summary: "" }),
    event("answer", { title: "Arrest", related: [{ id: "cause", relation: "response-to" }] }),
    event("cause", { title: "Bombing" }),
  ]);
  const scores = (ids: string[], terms: string[]) =>
    Object.fromEntries(
      rerank(
        ids.map((id) => ({ id, score: 100 })),
        terms,
        (id) => fields.get(id),
      ).map((result) => [result.id, result.score]),
    );

  it("ranks an event about a person above one that mentions them", () => {
    const result = scores(["mention", "about"], ["glezmann"]);
    expect(result.about).toBeGreaterThan(result.mention!);
  });

  it("ranks the words together above the words scattered", () => {
    const result = scores(["scattered", "phrase"], ["abbey", "gate"]);
    expect(result.phrase).toBeGreaterThan(result.scattered!);
  });

  it("ranks the event the other results answer above them", () => {
    const result = scores(["answer", "cause"], ["x"]);
    expect(result.cause).toBeGreaterThan(result.answer!);
  });

  it("reads a student's word for the record's, the typed word first", () => {
    expect(alternativesOf("died")).toEqual(expect.arrayContaining(["died", "killed"]));
    expect(alternativesOf("died")[0]).toBe("died");
    expect(alternativesOf("glezmann")).toEqual(["glezmann"]);
  });
});
