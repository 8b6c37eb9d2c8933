import { describe, expect, it } from "vitest";
import { validateDataset } from "../src/domain/validate-dataset";
import { syntheticDataset } from "./datasets";

describe("the benchmark's synthetic datasets", () => {
  it("are valid, of the size asked, and the same every time", () => {
    for (const size of [20, 2000]) {
      const dataset = syntheticDataset(size);
      expect(dataset.events).toHaveLength(size);
      expect(validateDataset(dataset).ok).toBe(true);
      expect(syntheticDataset(size)).toEqual(dataset);
    }
  });

  it("have summaries of about 40 words", () => {
    const words = syntheticDataset(20).events[0]!.summary.split(" ").length;
    expect(words).toBe(40);
  });
});
