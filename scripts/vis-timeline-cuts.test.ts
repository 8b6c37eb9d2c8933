import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import globals from "globals";
import { describe, expect, it } from "vitest";
import {
  CHANGES,
  CUTS,
  PATCHED_MODULE,
  VisTimelineChanged,
  VisTimelineUnpatched,
  cutVisTimeline,
} from "./vis-timeline-cuts";

const esm = join(dirname(fileURLToPath(import.meta.url)), "../node_modules/vis-timeline/esnext/esm");
/** What the build cuts: the module as patched at install. */
const installed = readFileSync(join(esm, "vis-timeline-graph2d.mjs"), "utf8");

describe("the build's cuts to vis-timeline", () => {
  it("apply to the module the explorer imports", () => {
    expect(PATCHED_MODULE.test(join(esm, "vis-timeline-graph2d.mjs"))).toBe(true);
  });

  it.each([...CUTS.map(([from]) => `cut from ${from}`), ...CHANGES.map((change) => change.name)])(
    "fail loudly, naming the cut, when an upgrade moves what it relies on: %s",
    (name) => {
      const marker = name.startsWith("cut from ")
        ? name.slice("cut from ".length)
        : CHANGES.find((change) => change.name === name)!.from;
      const moved = installed.replace(marker, `${marker.slice(0, 3)}/* moved */${marker.slice(3)}`);
      expect(() => cutVisTimeline(moved)).toThrow(VisTimelineChanged);
      // (A marker that also ends a cut fails as that cut first.)
      if (!CUTS.some(([, to]) => to === marker)) expect(() => cutVisTimeline(moved)).toThrow(name);
    },
  );

  it("fail the build when vis was installed without its patch", () => {
    const published = readFileSync(join(esm, "vis-timeline-graph2d.js"), "utf8");
    expect(() => cutVisTimeline(published)).toThrow(VisTimelineUnpatched);
  });

  it("leave Timeline the one export, and the configure option saying it is not part of this build", () => {
    const cut = cutVisTimeline(installed);
    expect(
      cut
        .trimEnd()
        .split("\n")
        .filter((line) => line.startsWith("export ")),
    ).toEqual(["export { Timeline };"]);
    expect(cut).toContain('throw new Error("The configure option is not part of this build");');
    expect(cut).not.toMatch(/\bclass (Configurator|LineGraph|DataScale)\b|\bfunction Graph2d\(/);
  });

  it("leave what ships writing HTML only through the Trusted Types policy: every innerHTML is availableUtils.xss(…)", () => {
    const cut = cutVisTimeline(installed);
    const writes = [...cut.matchAll(/\.(innerHTML|outerHTML)\s*=\s*([^;\n]*)/g)].map((match) => match[2]!.trim());
    expect(writes.length).toBeGreaterThan(0);
    for (const value of writes) expect(value).toMatch(/^availableUtils\.xss\(/);
    expect(cut).not.toMatch(/insertAdjacentHTML|document\.write/);
  });

  // ESLint's scope analysis of 600 kB of vis, twice: 3 s on a quiet machine, many times that on a busy one.
  it("refer to nothing that was cut out", { timeout: 60_000 }, () => {
    // Every identifier the kept code uses and nothing declares, not a pattern.
    const undeclared = (code: string) =>
      new Set(
        new Linter()
          .verify(code, {
            languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: globals.browser },
            rules: { "no-undef": "error" },
          })
          .map((message) => /'(.+)' is not defined/.exec(message.message)?.[1] ?? message.message),
      );
    const before = undeclared(installed);
    const after = [...undeclared(cutVisTimeline(installed))].filter((name) => !before.has(name));
    expect(after).toEqual([]);
  });
});
