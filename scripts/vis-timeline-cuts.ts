/**
 * The size cuts the production build makes to vis-timeline's ES module (vite.config.ts applies them to
 * `vite build` alone). What vis does is changed once, at install, by patches/vis-timeline+8.5.4.patch
 * (patch-package, from package.json's postinstall), so the dev server, the unit tests and the build all
 * run the same vis; these cuts only take out code the explorer never runs. vis-timeline, vis-data and
 * vis-util are pinned to exact versions in package.json; every cut finds its place by an exact marker and
 * fails the build loudly, naming itself, when an upgrade moves it. scripts/vis-timeline-cuts.test.ts holds
 * their tests.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The module the explorer imports (vis-timeline/esnext), patched at install. */
export const PATCHED_MODULE = /vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

/** What patches/vis-timeline+8.5.4.patch marks each of its changes with. */
export const PATCH_MARK = "timeline-explorer patch";

/**
 * vis-timeline ships Timeline and Graph2d (a line chart) in one module whose top-level statements keep
 * everything alive, so the bundle carried the chart, its legend and axes, the options configurator with
 * its colour picker, and, through a `{ ...util }` spread, all of vis-util: 30 kB gzip of the timeline's
 * 109 the explorer never runs. Each cut is [from, up to (not included)], both at the start of a line.
 */
export const CUTS: readonly (readonly [string, string])[] = [
  // Graph2d's chart code, the configurator, Graph2d's option tables.
  ["class DataScale {", "class Item {"],
  ["function Legend(body, options, side, linegraphOptions) {", "class TimeAxis extends Component {"],
  ["var htmlColors = {", "let errorFound = false;"],
  ["const allOptions$1 = {", "class Range extends Component {"],
  ["function Graph2d(container, items, groups, options) {", 'const string = "string";'],
  ["const configureOptions = {", "class Timeline extends Core {"],
  // A namespace of internals (chart parts included) the explorer does not import.
  ["const timeline = {", "export { Graph2d, Timeline, timeline };"],
];

/** What the cut code leaves to change: [what vis has, what it gets, why]. */
export const CHANGES: readonly { name: string; from: string; to: string }[] = [
  {
    // The configurator is cut out above; asking for it says so instead of failing obscurely.
    name: "the configure option says it is not part of this build",
    from: "return new Configurator(this, this.dom.container, configureOptions);",
    to: 'throw new Error("The configure option is not part of this build");',
  },
  {
    name: "only Timeline is exported",
    from: "export { Graph2d, Timeline, timeline };",
    to: "export { Timeline };",
  },
];

export class VisTimelineChanged extends Error {
  constructor(what: string) {
    super(`vis-timeline is not the version these cuts were written for (${what}): review scripts/vis-timeline-cuts.ts`);
    this.name = "VisTimelineChanged";
  }
}

export class VisTimelineUnpatched extends Error {
  constructor() {
    super(
      "vis-timeline is installed without patches/vis-timeline+8.5.4.patch: run `npm ci` (its postinstall applies it), not `npm ci --ignore-scripts`",
    );
    this.name = "VisTimelineUnpatched";
  }
}

/** The names vis-util exports, for the helper object vis builds from all of them. */
export function visUtilExports(): string[] {
  const path = join(dirname(fileURLToPath(import.meta.url)), "../node_modules/vis-util/esnext/esm/vis-util.js");
  const source = readFileSync(path, "utf8");
  return (
    /export \{([^}]*)\}/
      .exec(source)?.[1]
      ?.split(",")
      .map((name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      )
      .filter(Boolean) ?? []
  );
}

/**
 * vis-timeline's ES module, as patched at install, with the cuts above made. Throws when the patch is
 * missing or a marker is.
 */
export function cutVisTimeline(code: string, utilExports: readonly string[] = visUtilExports()): string {
  if (!code.includes(PATCH_MARK)) throw new VisTimelineUnpatched();
  let out = code;
  for (const [from, to] of CUTS) {
    const start = out.indexOf(`\n${from}`);
    const end = out.indexOf(`\n${to}`, start);
    if (start < 0 || end < 0 || out.indexOf(`\n${from}`, start + 1) >= 0)
      throw new VisTimelineChanged(`cut from ${from}`);
    out = out.slice(0, start) + out.slice(end);
  }
  for (const { name, from, to } of CHANGES) {
    if (!out.includes(from) || out.indexOf(from) !== out.lastIndexOf(from)) throw new VisTimelineChanged(name);
    out = out.replace(from, to);
  }
  // `{ ...util }` kept every export of vis-util alive: only the helpers vis reads are listed instead.
  const spread = "  ...util,\n";
  if (!out.includes(spread) || utilExports.length === 0) throw new VisTimelineChanged("the helper object");
  const used = new Set([...out.matchAll(/availableUtils\.(\w+)/g)].map((match) => match[1]));
  const listed = utilExports.filter((name) => used.has(name)).map((name) => `  ${name}: util.${name},\n`);
  out = out.replace(spread, listed.join(""));
  return out;
}
