import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { PUBLISHED_DATASET_PATH, PUBLISHED_SCHEMA_PATH, publishedFiles } from "./publish";

describe("the published files", () => {
  const files = publishedFiles();
  const schema = JSON.parse(files[PUBLISHED_SCHEMA_PATH]!) as Record<string, unknown>;
  const dataset = JSON.parse(files[PUBLISHED_DATASET_PATH]!) as Record<string, unknown>;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it("publishes the default dataset valid against the published JSON Schema", () => {
    expect(validate(dataset) ? [] : validate.errors).toEqual([]);
    expect(dataset.$schema).toBe("../schema/dataset.schema.json");
  });

  it("publishes a schema that catches what a teacher gets wrong", () => {
    const events = dataset.events as Record<string, unknown>[];
    const broken = { ...dataset, events: [{ ...events[0], precision: "week", start: "26/08/2021", colour: "red" }] };
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "/events/0 must NOT have additional properties",
        '/events/0/start must match pattern "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"',
        "/events/0/precision must be equal to one of the allowed values",
      ]),
    );
  });
});
