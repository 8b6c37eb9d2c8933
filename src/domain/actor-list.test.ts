import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { FEW_ACTORS, actorFrequency, listActors } from "./actor-list";
import { testDataset } from "./test-dataset";

const names = (listing: ReturnType<typeof listActors>) =>
  listing.groups.flatMap((group) => group.actors.map((a) => a.id));

describe("listActors", () => {
  const dataset = usTalibanRelations;
  const frequency = actorFrequency(dataset);

  it("lists the most frequent few until asked for all, grouped by kind", () => {
    const few = listActors(dataset, { all: false, query: "", ticked: [] });
    expect(names(few)).toHaveLength(FEW_ACTORS);
    expect(few.partial).toBe(true);
    expect(few.total).toBe(dataset.actors.length);
    const least = Math.min(...names(few).map((id) => frequency.get(id) ?? 0));
    const left = dataset.actors.filter((actor) => !names(few).includes(actor.id));
    for (const actor of left) expect(frequency.get(actor.id) ?? 0).toBeLessThanOrEqual(least);
    expect(names(few)).toContain("taliban");
    const all = listActors(dataset, { all: true, query: "", ticked: [] });
    expect(names(all)).toHaveLength(dataset.actors.length);
    expect(all.partial).toBe(false);
  });

  it("keeps a ticked actor in the short list", () => {
    const few = listActors(dataset, { all: false, query: "", ticked: ["switzerland"] });
    expect(names(few)).toContain("switzerland");
    expect(names(few)).toHaveLength(FEW_ACTORS + 1);
  });

  it("finds actors by a few letters of their name, whatever the case and accents", () => {
    const found = listActors(dataset, { all: false, query: "qat", ticked: [] });
    expect(names(found)).toContain("qatar");
    expect(names(found).every((id) => /qat/i.test(dataset.actors.find((a) => a.id === id)!.label))).toBe(true);
    expect(names(listActors(dataset, { all: false, query: "MUTTAQI", ticked: [] }))).toEqual(["amir-khan-muttaqi"]);
  });

  it("lists every actor of a small dataset at once", () => {
    const small = testDataset();
    const listing = listActors(small, { all: false, query: "", ticked: [] });
    expect(listing.partial).toBe(false);
    expect(names(listing).sort()).toEqual(small.actors.map((actor) => actor.id).sort());
  });
});
