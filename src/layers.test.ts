import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers the lint config enforces (eslint.config.js), tried with probe files: each case below is linted
 * as if it were the file named, and must fail lint or pass it. The probes that must fail include every way
 * round the layers a review found: a re-export through a file outside the layers, a glob or a template
 * import(), a test file as a bridge, an inline eslint comment, a feature reading src/data.
 */
const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

/** The rules that keep the layers (boundaries/*) and the entry points (no-restricted-*). */
const LAYER_RULES = /^(boundaries\/|no-restricted-)/;
const LAYERS = "boundaries/dependencies";
const UNKNOWN_FILE = "boundaries/no-unknown-files";
const ENTRY_POINTS = "no-restricted-imports";
const SYNTAX = "no-restricted-syntax";

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: new URL(`../${file}`, import.meta.url).pathname });
  return result!.messages
    .filter((message) => message.ruleId !== null && LAYER_RULES.test(message.ruleId))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const feature = "src/features/cards/probe.ts";
const featureTest = "src/features/cards/probe.test.ts";

// The first run loads the config, its plugins and the TypeScript resolver: seconds, once. On a busy machine
// a probe can take a few seconds more.
describe("the lint rules that keep the layers apart", { timeout: 30_000 }, () => {
  beforeAll(() => problems("src/domain/probe.ts", ""), 60_000);

  it.each([
    // Directions between the layers, in every way a path to a file can be spelled.
    [feature, 'import { FilterPanel } from "../filters/filter-panel";', LAYERS],
    [feature, 'import { FilterPanel } from "../../features/filters/filter-panel";', LAYERS],
    [feature, 'import { FilterPanel } from "./../../features/filters/filter-panel.tsx";', LAYERS],
    [feature, 'import type { FilterPanelProps } from "../filters/filter-panel";', LAYERS],
    [feature, 'export { FilterPanel } from "../filters/filter-panel";', LAYERS],
    [feature, 'export * from "../filters/filter-panel";', LAYERS],
    [feature, 'const panel = () => import("../filters/filter-panel");', LAYERS],
    [feature, 'import { Explorer } from "../../app/explorer";', LAYERS],
    ["src/domain/probe.ts", 'import { CardList } from "../features/cards/card-list";', LAYERS],
    ["src/domain/probe.ts", 'import { usTalibanRelations } from "../data/us-taliban-relations";', LAYERS],
    ["src/domain/probe.ts", 'import { useState } from "react";', ENTRY_POINTS],
    ["src/hooks/probe.ts", 'import { CardList } from "../features/cards/card-list";', LAYERS],
    ["src/ui/probe.ts", 'import { CardList } from "../features/cards/card-list";', LAYERS],
    ["src/ui/probe.ts", 'import { usTalibanRelations } from "../data/us-taliban-relations";', LAYERS],
    ["src/platform/probe.ts", 'import { useView } from "../app/use-view";', LAYERS],
    ["src/data/probe.ts", 'import { Button } from "../ui/button";', LAYERS],
    // Features do not read src/data: src/app hands the dataset in.
    [feature, 'import { usTalibanRelations } from "../../data/us-taliban-relations";', LAYERS],
    [feature, 'export { publishedFiles } from "../../data/publish";', LAYERS],
    // A re-export through a file outside the layers: at src/, in a new folder, loose in src/features …
    ["src/bridge.ts", 'export { FilterPanel } from "./features/filters/filter-panel";', UNKNOWN_FILE],
    ["src/shared/bridge.ts", 'export { FilterPanel } from "../features/filters/filter-panel";', UNKNOWN_FILE],
    ["src/features/bridge.ts", 'export { FilterPanel } from "./filters/filter-panel";', UNKNOWN_FILE],
    // … and an import of a file in no layer (a known root file, or one outside src/).
    [feature, 'import "../../test-setup";', LAYERS],
    [feature, 'import { SECURITY_HEADERS } from "../../../scripts/security-headers";', LAYERS],
    // A glob or a computed import(), which no rule can follow, outside src/app.
    [feature, 'const panels = import.meta.glob("../filters/*.tsx");', SYNTAX],
    [feature, 'const panels = import.meta.glob("../filters/*.tsx", { eager: true });', SYNTAX],
    [feature, "const panel = () => import(`../filters/filter-panel`);", SYNTAX],
    [feature, "const panel = (name: string) => import(`../${name}/filter-panel`);", SYNTAX],
    [feature, 'const panel = (name: string) => import("../" + name);', SYNTAX],
    // A test file as a bridge: nothing imports a test file, and a test file exports nothing.
    [feature, 'export { x } from "./event-card.test";', LAYERS],
    [feature, 'import { x } from "../../domain/dates.test";', LAYERS],
    ["src/app/probe.ts", 'const bridge = () => import("../domain/dates.test");', LAYERS],
    ["src/domain/probe.test.ts", 'import { x } from "./dates.test";', LAYERS],
    [featureTest, 'export { usTalibanRelations } from "../../data/us-taliban-relations";', SYNTAX],
    [featureTest, 'export { usTalibanRelations } from "../../data/us-taliban-relations";', LAYERS],
    [
      featureTest,
      'import { usTalibanRelations } from "../../data/us-taliban-relations";\nexport { usTalibanRelations };',
      SYNTAX,
    ],
    [featureTest, 'export * from "../filters/filter-panel";', LAYERS],
    [featureTest, 'import { FilterPanel } from "../filters/filter-panel";\nexport default FilterPanel;', SYNTAX],
    // Inline eslint comments have no effect in src: what they would let through is still reported.
    [
      feature,
      '// eslint-disable-next-line boundaries/dependencies\nimport { FilterPanel } from "../filters/filter-panel";',
      LAYERS,
    ],
    [feature, '/* eslint-disable */\nimport { FilterPanel } from "../filters/filter-panel";', LAYERS],
    [
      feature,
      '/* eslint boundaries/dependencies: "off" */\nimport { FilterPanel } from "../filters/filter-panel";',
      LAYERS,
    ],
    ["src/bridge.ts", "/* eslint-disable boundaries/no-unknown-files */\nexport const bridge = 1;", UNKNOWN_FILE],
    [feature, '/* eslint no-restricted-syntax: "off" */\nconst panels = import.meta.glob("../filters/*.tsx");', SYNTAX],
    // vis has one entry point, the module patched at install: the rest of the package is vis unpatched.
    ["src/features/timeline/probe.ts", 'import { Timeline } from "vis-timeline";', ENTRY_POINTS],
    ["src/features/timeline/probe.ts", 'import { Timeline } from "vis-timeline/peer";', ENTRY_POINTS],
    [
      "src/features/timeline/probe.ts",
      'import { Timeline } from "vis-timeline/esnext/esm/vis-timeline-graph2d.mjs";',
      ENTRY_POINTS,
    ],
    ["src/features/timeline/probe.ts", 'export * from "vis-timeline/standalone";', ENTRY_POINTS],
    ["src/features/timeline/probe.ts", 'const vis = () => import("vis-timeline");', SYNTAX],
    ["src/app/probe.ts", 'const vis = () => import("vis-timeline/peer");', SYNTAX],
    ["src/features/timeline/probe.ts", 'import { DataSet } from "vis-data";', ENTRY_POINTS],
    ["src/domain/probe.ts", 'import { Timeline } from "vis-timeline/esnext";', ENTRY_POINTS],
  ])("%s may not have %s (%s)", async (file, code, rule) => {
    expect((await problems(file, code)).map((problem) => problem.split(":")[0])).toContain(rule);
  });

  it.each([
    [feature, 'import { formatEventDate } from "../../domain/format-date";'],
    [feature, 'import { EventCard } from "./event-card";'],
    [feature, 'import { useMediaQuery } from "../../hooks/use-media-query";'],
    [feature, 'import { Button } from "../../ui/button";'],
    [feature, 'const picture = () => import("./event-picture");'],
    ["src/app/probe.ts", 'import { CardList } from "../features/cards/card-list";'],
    ["src/app/probe.ts", 'import { usTalibanRelations } from "../data/us-taliban-relations";'],
    // src/app composes: a glob or a computed import() is its to use.
    ["src/app/probe.ts", 'const features = import.meta.glob("../features/*/index.ts");'],
    ["src/app/probe.ts", "const feature = (name: string) => import(`../features/${name}/index.ts`);"],
    ["src/domain/probe.ts", 'import { parsePartialDate } from "./dates";'],
    ["src/data/probe.ts", 'import type { Dataset } from "../domain/schema";'],
    ["src/main.tsx", 'import { App } from "./app/app";\nimport "./index.css";'],
    // A test imports what it tests, and what it builds that from, from any layer.
    [featureTest, 'import { usTalibanRelations } from "../../data/us-taliban-relations";'],
    [featureTest, 'const panel = await import("../filters/filter-panel");'],
    ["src/domain/probe.test.ts", 'import { usTalibanRelations } from "../data/us-taliban-relations";'],
    ["src/features/timeline/probe.ts", 'import { Timeline } from "vis-timeline/esnext";'],
    ["src/features/timeline/probe.ts", 'import { DataSet } from "vis-data/esnext";'],
  ])("%s may have %s", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
