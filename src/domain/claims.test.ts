import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { claimsByEvent, claimsByParagraph } from "./claims";
import type { Claim } from "./schema";

const claim = (id: string, paragraph: number, events: string[]): Claim => ({
  id,
  paragraph,
  text: `words of ${id}`,
  verdict: "accurate",
  explanation: "Because.",
  events,
});

describe("claimsByEvent", () => {
  it("lists each event's claims in the article's order", () => {
    const claims = [claim("a", 1, ["x", "y"]), claim("b", 2, ["y"]), claim("c", 3, ["z"])];
    const byEvent = claimsByEvent(claims);
    expect(byEvent.get("x")?.map((item) => item.id)).toEqual(["a"]);
    expect(byEvent.get("y")?.map((item) => item.id)).toEqual(["a", "b"]);
    expect(byEvent.get("z")?.map((item) => item.id)).toEqual(["c"]);
    expect(byEvent.get("nothing")).toBeUndefined();
  });

  it("puts every claim of the default dataset on the card of each event it names", () => {
    const claims = usTalibanRelations.claims ?? [];
    const byEvent = claimsByEvent(claims);
    for (const claim of claims)
      for (const event of claim.events) expect(byEvent.get(event), `${claim.id} on ${event}`).toContain(claim);
  });

  it("lists a claim once on an event it names twice", () => {
    expect(claimsByEvent([claim("a", 1, ["x", "x"])]).get("x")).toHaveLength(1);
  });
});

describe("claimsByParagraph", () => {
  it("groups by paragraph in paragraph order, keeping the dataset's order within one", () => {
    const claims = [claim("late", 3, []), claim("first", 1, []), claim("second", 1, []), claim("middle", 2, [])];
    expect(claimsByParagraph(claims).map((group) => [group.paragraph, group.claims.map((item) => item.id)])).toEqual([
      [1, ["first", "second"]],
      [2, ["middle"]],
      [3, ["late"]],
    ]);
  });

  it("gives nothing for no claims", () => {
    expect(claimsByParagraph([])).toEqual([]);
  });
});
