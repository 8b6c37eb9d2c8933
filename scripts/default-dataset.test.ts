import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ownDefault } from "../src/data/publish";
import { testDataset } from "../src/domain/test-dataset";
import { defaultDataset, defaultDatasetPath } from "./default-dataset";

const root = resolve("/site");
type Loader = (id: string) => Promise<string | undefined>;
const load = (plugin: ReturnType<typeof defaultDataset>): Loader => {
  (plugin.configResolved as (config: { root: string }) => void)({ root });
  return async (id) => (await (plugin.load as (id: string) => Promise<string | undefined>)(`\0${id}`)) ?? undefined;
};

describe("DEFAULT_DATASET", () => {
  it("names a file in public/, or a path from the project's root", () => {
    expect(defaultDatasetPath("my-school.json", root)).toBe(resolve(root, "public/my-school.json"));
    expect(defaultDatasetPath("datasets/my-school.json", root)).toBe(resolve(root, "datasets/my-school.json"));
  });

  it("unset, leaves the U.S.–Taliban timeline the default, fetched from where it is published", async () => {
    const read = load(defaultDataset(undefined, () => Promise.reject(new Error("not read"))));
    const meta = (await read("virtual:default-dataset"))!;
    expect(meta).toContain("export const own = false;");
    expect(meta).toContain('export const path = "datasets/us-taliban-relations.json";');
    expect(meta).toContain("usTalibanRelationsHeading as heading");
    expect(await read("virtual:default-dataset-bundled")).toContain("usTalibanRelations as default");
  });

  it("set, makes the school's dataset the default: its heading, its published address, itself for one file", async () => {
    const dataset = testDataset({ id: "our-school", title: "Our school's timeline" });
    const plugin = defaultDataset("e2e/fixtures/lesson.json", async (name, text) => {
      expect(name).toBe("e2e/fixtures/lesson.json");
      expect(text.length).toBeGreaterThan(0);
      return ownDefault(name, JSON.stringify(dataset));
    });
    (plugin.configResolved as (config: { root: string }) => void)({ root: process.cwd() });
    const read: Loader = async (id) => (await (plugin.load as (id: string) => Promise<string>)(`\0${id}`)) ?? undefined;
    const meta = (await read("virtual:default-dataset"))!;
    expect(meta).toContain("export const own = true;");
    expect(meta).toContain('export const path = "datasets/our-school.json";');
    expect(meta).toContain('"title":"Our school\'s timeline"');
    const bundled = (await read("virtual:default-dataset-bundled"))!;
    expect(JSON.parse(bundled.replace(/^export default /, "").replace(/;\n$/, ""))).toEqual(dataset);
    expect((await plugin.own())?.path).toBe("datasets/our-school.json");
  });

  it("fails the build, saying why, when the file is missing or not a valid dataset", async () => {
    const missing = load(defaultDataset("nowhere.json", (name, text) => Promise.resolve(ownDefault(name, text))));
    await expect(missing("virtual:default-dataset")).rejects.toThrow(/DEFAULT_DATASET=nowhere\.json: no such file/);
    expect(() => ownDefault("a.json", "{ nope")).toThrow(/a\.json is not valid JSON/);
    expect(() => ownDefault("a.json", JSON.stringify({ ...testDataset(), events: [] }))).toThrow(
      /a\.json is not a valid dataset:\nevents: /,
    );
  });
});
