/**
 * The changes the explorer makes to vis-timeline, applied to its ES build wherever it is loaded: the
 * production build, the dev server's dependency pre-bundling and Vitest (vite.config.ts wires all
 * three), so the unit tests run the vis that ships. vis-timeline, vis-data and vis-util are pinned to
 * exact versions in package.json; every change below finds its place by an exact marker and fails
 * loudly, naming itself, when an upgrade moves it. scripts/vis-timeline-patch.test.ts holds a test for
 * each change.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The module these changes are written against. */
export const PATCHED_MODULE = /vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.m?js$/;

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

/** Behavioural changes: [what vis has, what it gets, why]. */
export const CHANGES: readonly { name: string; from: string; to: string }[] = [
  {
    // A group drew each item the moment it was added, reading its size back at once: one forced layout
    // per item, hundreds of milliseconds for a dataset on a slow laptop. The redraw that follows every
    // addition draws the new items in one batch (all writes, then all reads), so events wait for it.
    // Clusters keep the old path: vis's redraw leaves them to it.
    name: "items are drawn in one batch by the redraw after they are added",
    from: "    if (!this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range;",
    to: "    if (item.isCluster && !this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range;",
  },
  {
    // Until its first draw is done (vis keeps the timeline hidden until then), vis redrew at once on
    // every change, and again at once for every size that redraw changed: setting the tracks drew an
    // empty timeline three times in one task. Those redraws now wait for the next frame, where they
    // merge, and each pass that settles sizes gets a frame of its own.
    name: "redraws before the first draw is done wait for a frame",
    from: "        me.itemSet &&\n        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true\n",
    to: "        me.itemSet &&\n        (!me.initialDrawDone ||\n        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true)\n",
  },
  {
    // When the rows scroll inside (the timeline pinned on a laptop), vis drew no item of a track scrolled
    // out of sight: an event there was not on the page to find, click or reveal until the reader scrolled
    // to it. Every track's items are drawn, as they are when the timeline shows all its rows; the ones
    // out of sight are clipped by the timeline's frame.
    name: "every track draws its items, in sight or scrolled away",
    from: "  _isGroupVisible(range, margin) {\n    return (\n      this.top <=\n        range.body.domProps.centerContainer.height -\n          range.body.domProps.scrollTop +\n          margin.axis &&\n      this.top + this.height + margin.axis >= -range.body.domProps.scrollTop\n    );\n  }",
    to: "  _isGroupVisible() {\n    return true;\n  }",
  },
  {
    // Every item copied vis's table of some 20 locales, one by one, when it was made: a third of the
    // work of adding 1,800 items back (Clear all at 2,000 events). The merged table depends only on
    // the locales the timeline was given, so items now share one per table (read-only to them).
    name: "items share one merged table of locales",
    from: `    this.options = availableUtils.extend({}, this.defaultOptions, options);
    this.options.locales = availableUtils.extend({}, locales, this.options.locales);
    const defaultLocales =
      this.defaultOptions.locales[this.defaultOptions.locale];
    Object.keys(this.options.locales).forEach((locale) => {
      this.options.locales[locale] = availableUtils.extend(
        {},
        defaultLocales,
        this.options.locales[locale],
      );
    });`,
    to: `    this.options = availableUtils.extend({}, this.defaultOptions, options);
    this.options.locales = mergedItemLocales(this.options.locales);`,
  },
  {
    name: "the shared table of item locales",
    from: "const EPSILON = 0.001; // used when checking collisions, to prevent round-off errors",
    to: `const itemLocales = new WeakMap();
function mergedItemLocales(given) {
  const key = given || locales;
  let merged = itemLocales.get(key);
  if (!merged) {
    merged = availableUtils.extend({}, locales, given);
    Object.keys(merged).forEach((locale) => {
      merged[locale] = availableUtils.extend({}, locales.en, merged[locale]);
    });
    itemLocales.set(key, merged);
  }
  return merged;
}
const EPSILON = 0.001; // used when checking collisions, to prevent round-off errors`,
  },
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
    super(
      `vis-timeline is not the version these changes were written for (${what}): review scripts/vis-timeline-patch.ts`,
    );
    this.name = "VisTimelineChanged";
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

/** vis-timeline's ES module with the cuts and changes above applied. Throws when a marker is missing. */
export function patchVisTimeline(code: string, utilExports: readonly string[] = visUtilExports()): string {
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
  // Under Trusted Types (the explorer's policy) a string written to innerHTML throws, the empty string too:
  // clearing an element is done with textContent, which writes no HTML. What vis still writes with
  // innerHTML goes through availableUtils.xss, our named policy (src/features/timeline/xss-as-text.ts).
  const clears = out.split('.innerHTML = "";').length - 1;
  if (clears === 0) throw new VisTimelineChanged("clearing elements with innerHTML");
  out = out.replaceAll('.innerHTML = "";', '.textContent = "";');
  // `{ ...util }` kept every export of vis-util alive: only the helpers vis reads are listed instead.
  const spread = "  ...util,\n";
  if (!out.includes(spread) || utilExports.length === 0) throw new VisTimelineChanged("the helper object");
  const used = new Set([...out.matchAll(/availableUtils\.(\w+)/g)].map((match) => match[1]));
  const listed = utilExports.filter((name) => used.has(name)).map((name) => `  ${name}: util.${name},\n`);
  out = out.replace(spread, listed.join(""));
  return out;
}
