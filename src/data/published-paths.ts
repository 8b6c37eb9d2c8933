/** Where the build publishes the default dataset and the JSON Schema, beside the app (a public contract). */
export const PUBLISHED_DATASET_PATH = "datasets/us-taliban-relations.json";
export const PUBLISHED_SCHEMA_PATH = "schema/dataset.schema.json";
