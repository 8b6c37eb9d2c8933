import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers the lint config enforces, tried with probe files: each import below is checked as if it were
 * written in the file named, in every way a path to it can be spelled.
 */
const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: new URL(`../${file}`, import.meta.url).pathname });
  return result!.messages
    .filter(
      (message) => message.ruleId === "import-x/no-restricted-paths" || message.ruleId === "no-restricted-imports",
    )
    .map((message) => message.message);
}

describe("the lint rules that keep the layers apart", () => {
  // The first run loads the config, its plugins and the TypeScript resolver: seconds, once.
  beforeAll(() => problems("src/domain/probe.ts", ""), 60_000);

  it.each([
    ["src/features/cards/probe.ts", 'import { FilterPanel } from "../filters/filter-panel";'],
    ["src/features/cards/probe.ts", 'import { FilterPanel } from "../../features/filters/filter-panel";'],
    ["src/features/cards/probe.ts", 'import { FilterPanel } from "./../../features/filters/filter-panel.tsx";'],
    ["src/features/cards/probe.ts", 'export { FilterPanel } from "../filters/filter-panel";'],
    ["src/features/cards/probe.ts", 'const panel = () => import("../filters/filter-panel");'],
    ["src/features/cards/probe.ts", 'import { Explorer } from "../../app/explorer";'],
    ["src/domain/probe.ts", 'import { CardList } from "../features/cards/card-list";'],
    ["src/domain/probe.ts", 'import { usTalibanRelations } from "../data/us-taliban-relations";'],
    ["src/domain/probe.ts", 'import { useState } from "react";'],
    ["src/hooks/probe.ts", 'import { CardList } from "../features/cards/card-list";'],
    ["src/ui/probe.ts", 'import { CardList } from "../features/cards/card-list";'],
    ["src/platform/probe.ts", 'import { useView } from "../app/use-view";'],
  ])("%s may not have %s", async (file, code) => {
    expect(await problems(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/features/cards/probe.ts", 'import { formatEventDate } from "../../domain/format-date";'],
    ["src/features/cards/probe.ts", 'import { EventCard } from "./event-card";'],
    ["src/features/cards/probe.ts", 'import { useMediaQuery } from "../../hooks/use-media-query";'],
    ["src/app/probe.ts", 'import { CardList } from "../features/cards/card-list";'],
    ["src/domain/probe.ts", 'import { parsePartialDate } from "./dates";'],
  ])("%s may have %s", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
