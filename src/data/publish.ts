import { datasetJsonSchema } from "../domain/json-schema";
import type { Dataset, DatasetHeading } from "../domain/schema";
import { describeProblem, validateDataset } from "../domain/validate-dataset";
import { usTalibanRelations } from "./us-taliban-relations";

import { PUBLISHED_DATASET_PATH, PUBLISHED_SCHEMA_PATH } from "./published-paths";

export { PUBLISHED_DATASET_PATH, PUBLISHED_SCHEMA_PATH };

/**
 * The files the build publishes beside the app: the default dataset, pointing editors at the schema,
 * and the JSON Schema itself. Throws (failing the build) when the default dataset does not validate.
 */
export function publishedFiles(own?: OwnDefault): Record<string, string> {
  const validation = validateDataset(usTalibanRelations);
  if (!validation.ok) {
    throw new Error(`The default dataset is invalid:\n${validation.problems.map(describeProblem).join("\n")}`);
  }
  const published = { $schema: "../schema/dataset.schema.json", ...usTalibanRelations };
  return {
    [PUBLISHED_DATASET_PATH]: `${JSON.stringify(published, null, 2)}\n`,
    ...(own
      ? { [own.path]: `${JSON.stringify({ $schema: "../schema/dataset.schema.json", ...own.dataset }, null, 2)}\n` }
      : {}),
    [PUBLISHED_SCHEMA_PATH]: `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  };
}

/** A school's own default dataset (DEFAULT_DATASET at build time), validated, and where it is published. */
export interface OwnDefault {
  dataset: Dataset;
  path: string;
  heading: DatasetHeading;
}

/**
 * Reads the file a build names as its default. Throws (failing the build) with every problem when it is
 * not a valid dataset: a school finds out at build time, not from a broken page.
 */
export function ownDefault(fileName: string, text: string): OwnDefault {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`DEFAULT_DATASET ${fileName} is not valid JSON: ${error instanceof Error ? error.message : ""}`);
  }
  const validation = validateDataset(json);
  if (!validation.ok) {
    throw new Error(
      `DEFAULT_DATASET ${fileName} is not a valid dataset:\n${validation.problems.map(describeProblem).join("\n")}`,
    );
  }
  const { $schema: _schema, ...dataset } = validation.dataset;
  const { id, title, description, language, source } = dataset;
  return {
    dataset,
    path: `datasets/${id}.json`,
    heading: { id, title, description, language, ...(source ? { source } : {}) },
  };
}
