// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../platform/html-text";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { readDatasetJson, readDatasetText } from "./load-dataset";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/**
 * The default dataset cut to a few events that between them use every field (quotes, perspectives, links,
 * ranges, notes): the whole dataset would make each of the hundreds of runs validate sixty events.
 */
const SAMPLE = ["doha-agreement", "kabul-airlift", "glezmann-released", "biden-swap-talks", "exploratory-talks"];
const sample = usTalibanRelations.events
  .filter((event) => SAMPLE.includes(event.id))
  .map((event) => ({ ...event, related: (event.related ?? []).filter((link) => SAMPLE.includes(link.id)) }));
// With a lesson on the sample's events, so lessons are mutated too.
const lesson = {
  id: "fuzz",
  title: "Fuzz",
  steps: sample.slice(0, 2).map((event) => ({ event: event.id, prompt: "Why?" })),
};
// With the claims and the Dari translation of those events, so both are mutated too.
const fa = usTalibanRelations.translations!.fa!;
const translations = {
  fa: {
    title: fa.title,
    actors: fa.actors,
    events: Object.fromEntries(SAMPLE.map((id) => [id, fa.events![id]!])),
  },
};
const claims = (usTalibanRelations.claims ?? []).filter((claim) => claim.events.every((id) => SAMPLE.includes(id)));
const base = JSON.parse(
  JSON.stringify({ ...usTalibanRelations, events: sample, lessons: [lesson], claims, translations }),
) as Json;

/** Every path into the document, so a mutation can land anywhere. */
function paths(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => paths(item, [...prefix, index])));
  if (value && typeof value === "object") {
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  }
  return here;
}
const ALL_PATHS = paths(base).filter((path) => path.length > 0);

type Mutation =
  { kind: "set"; value: Json } | { kind: "delete" } | { kind: "rename"; name: string } | { kind: "duplicate" };

function mutate(document: Json, path: Path, mutation: Mutation): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (mutation.kind === "set") parent[last] = mutation.value;
  else if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (mutation.kind === "rename" && !Array.isArray(parent)) {
    parent[mutation.name] = parent[last]!;
    delete parent[last];
  } else if (mutation.kind === "duplicate" && Array.isArray(parent)) {
    parent.splice(last as number, 0, structuredClone(parent[last as number]!));
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant("set" as const), value: fc.string() }),
  fc.constant({ kind: "delete" as const }),
  fc.record({ kind: fc.constant("rename" as const), name: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.constant({ kind: "duplicate" as const }),
);

// "", or a name or quoted key, then any of [3], .name and ["quoted key"].
const SEGMENT = String.raw`(\[\d+\]|\.[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])`;
const PATH_SHAPE = new RegExp(String.raw`^(|([A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])${SEGMENT}*)$`);

describe("a mutated dataset", () => {
  it("starts from a valid document", () => {
    expect(readDatasetJson(base, htmlToText).ok).toBe(true);
  });

  it("either validates or yields path-specific problems, and never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ALL_PATHS), mutation), { minLength: 1, maxLength: 4 }),
        (steps) => {
          let document = base;
          for (const [path, change] of steps) {
            try {
              document = mutate(document, path, change);
            } catch {
              // An earlier step removed this path's parent: skip the step.
            }
          }
          const result = readDatasetJson(document, htmlToText);
          if (result.ok) return;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.message).toBe("string");
            expect(problem.message.length).toBeGreaterThan(0);
            expect(problem.path).toMatch(PATH_SHAPE);
          }
        },
      ),
      { numRuns: 400 },
    );
    // 400 validations of a dataset with its claims and a translation: a few seconds on a busy machine.
  }, 30_000);

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const result = readDatasetText(text, htmlToText);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 1000 },
    );
  });
});
