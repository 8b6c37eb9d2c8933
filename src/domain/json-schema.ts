import { toJSONSchema } from "zod/mini";
import { DatasetSchema } from "./schema";

/**
 * The published JSON Schema, generated from the zod schema so the two never drift. It describes the
 * shape; the rules across fields (references, date order and precision) live only in the explorer's
 * validation, which JSON Schema cannot express.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(DatasetSchema, { target: "draft-2020-12", io: "input" }),
    title: "Timeline explorer dataset",
    description:
      "A timeline dataset for the timeline explorer. Every field is plain text. The explorer also checks " +
      "that ids are unique, that tracks, actors and related events resolve, that dates are written in the " +
      "event's precision and that no range ends before it starts.",
  };
}
