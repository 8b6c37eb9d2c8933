import { describe, expect, it } from "vitest";
import { indexDataset } from "./filter";
import { relatedLinks } from "./related";
import { testDataset, testEvent } from "./test-dataset";

const index = indexDataset(
  testDataset({
    events: [
      testEvent({ id: "deal", start: "2020-02-29", related: [{ id: "deadline", relation: "led-to" }] }),
      testEvent({ id: "deadline", start: "2021-05-01", related: [{ id: "deal", relation: "see-also" }] }),
      testEvent({ id: "airlift", start: "2021-08-14", end: "2021-08-30" }),
      testEvent({ id: "bombing", start: "2021-08-26", related: [{ id: "airlift", relation: "part-of" }] }),
      testEvent({ id: "reply", start: "2021-09-01", related: [{ id: "bombing", relation: "response-to" }] }),
    ],
  }),
);
const phrases = (id: string) => relatedLinks(index, id).map((link) => `${link.phrase}: ${link.event.id}`);

describe("relatedLinks", () => {
  it("reads an event's own links in its own words", () => {
    expect(phrases("bombing")).toEqual(["Part of: airlift", "Prompted: reply"]);
    expect(phrases("reply")).toEqual(["In response to: bombing"]);
  });

  it("reads links written on other events backwards", () => {
    expect(phrases("airlift")).toEqual(["Includes: bombing"]);
  });

  it("lists each related event once, in the more telling of the two wordings", () => {
    expect(phrases("deal")).toEqual(["Led to: deadline"]);
    // The deadline's own "see also" says less than the deal's "led to", read backwards.
    expect(phrases("deadline")).toEqual(["Followed from: deal"]);
  });

  it("has nothing for an unknown event", () => {
    expect(relatedLinks(index, "nope")).toEqual([]);
  });
});
