import { datasetJsonSchema } from "../domain/json-schema";
import { describeProblem, validateDataset } from "../domain/validate-dataset";
import { usTalibanRelations } from "./us-taliban-relations";

export const PUBLISHED_DATASET_PATH = "datasets/us-taliban-relations.json";
export const PUBLISHED_SCHEMA_PATH = "schema/dataset.schema.json";

/**
 * The files the build publishes beside the app: the default dataset, pointing editors at the schema,
 * and the JSON Schema itself. Throws (failing the build) when the default dataset does not validate.
 */
export function publishedFiles(): Record<string, string> {
  const validation = validateDataset(usTalibanRelations);
  if (!validation.ok) {
    throw new Error(`The default dataset is invalid:\n${validation.problems.map(describeProblem).join("\n")}`);
  }
  const published = { $schema: "../schema/dataset.schema.json", ...usTalibanRelations };
  return {
    [PUBLISHED_DATASET_PATH]: `${JSON.stringify(published, null, 2)}\n`,
    [PUBLISHED_SCHEMA_PATH]: `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  };
}
