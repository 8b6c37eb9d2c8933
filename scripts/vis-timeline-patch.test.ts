// @vitest-environment jsdom
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataSet } from "vis-data/esnext";
import * as vis from "vis-timeline/esnext";

// Paths, not URLs: under jsdom, URL is jsdom's, which node:fs does not take.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = join(root, "node_modules");
const esm = join(packages, "vis-timeline/esnext/esm");
/** The module the explorer imports, as patched at install (patches/vis-timeline+8.5.4.patch). */
const installed = readFileSync(join(esm, "vis-timeline-graph2d.mjs"), "utf8");
/** Its twin as published: vis ships the same module as .js, which the patch leaves alone. */
const published = readFileSync(join(esm, "vis-timeline-graph2d.js"), "utf8");
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Each change of the patch: a line vis has, and the line that replaces it. */
const PATCHED: readonly { name: string; from: string; to: string }[] = [
  {
    name: "items are drawn in one batch by the redraw after they are added",
    from: "    if (!this.visibleItems.includes(item)) {",
    to: "    if (item.isCluster && !this.visibleItems.includes(item)) {",
  },
  {
    name: "redraws before the first draw is done wait for a frame",
    from: "        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true\n      ) {",
    to: "        (!me.initialDrawDone && !(properties && properties.resized) ||\n        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true)\n      ) {",
  },
  {
    name: "a draw that changed sizes draws again in the same frame",
    from: '        this.body.emitter.emit("_change");\n        return;',
    to: '        this.body.emitter.emit("_change", { resized: true }); // timeline-explorer patch: see "_change"\n        return;',
  },
  {
    name: "the first draw is complete once the window is applied",
    from: '    this.on("rangechanged", () => {\n      if (!this.initialRangeChangeDone) {',
    to: '    this.on("rangechange", () => {\n      if (!this.initialRangeChangeDone) {',
  },
  {
    name: "every track draws its items, in sight or scrolled away",
    from: "  _isGroupVisible(range, margin) {",
    to: "  _isGroupVisible() {\n    return true;\n  }",
  },
  {
    name: "items share one merged table of locales",
    from: `    this.options = availableUtils.extend({}, this.defaultOptions, options);
    this.options.locales = availableUtils.extend({}, locales, this.options.locales);
    const defaultLocales =
      this.defaultOptions.locales[this.defaultOptions.locale];`,
    to: "    this.options.locales = mergedItemLocales(this.options.locales);",
  },
  {
    name: "elements are cleared with textContent, not innerHTML",
    from: '.innerHTML = "";',
    to: '.textContent = ""; // timeline-explorer patch',
  },
];

describe("the vis-timeline the explorer runs", () => {
  it("is the exact version the patch was written for, pinned with its peers", () => {
    for (const name of ["vis-timeline", "vis-data", "vis-util"]) {
      const installed = JSON.parse(readFileSync(join(packages, name, "package.json"), "utf8"));
      expect(pinned.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installed.version, name).toBe(pinned.dependencies[name]);
    }
    expect(existsSync(join(root, `patches/vis-timeline+${pinned.dependencies["vis-timeline"]}.patch`))).toBe(true);
  });

  it("is patched at install, failing the install when the patch no longer applies", () => {
    expect(pinned.scripts.postinstall).toMatch(/^patch-package .*--error-on-fail/);
  });

  it.each(PATCHED.map((change) => [change.name, change]))("is installed with the change: %s", (_, change) => {
    expect(published).toContain(change.from);
    expect(published).not.toContain(change.to);
    expect(installed).toContain(change.to);
    expect(installed).not.toContain(change.from);
  });

  it("is the module these unit tests load", () => {
    // A line only the patch writes, read from the Timeline the tests import.
    const create = (vis.Timeline.prototype as unknown as { _create(): void })._create;
    expect(String(create)).toContain("!me.initialDrawDone");
  });
});

describe("what the changes do", () => {
  afterEach(() => vi.restoreAllMocks());

  /** jsdom lays nothing out: a wide timeline with small contents lets vis draw. */
  function withLayout() {
    for (const name of ["offsetWidth", "clientWidth"] as const) {
      vi.spyOn(HTMLElement.prototype, name, "get").mockImplementation(function (this: HTMLElement) {
        return this.classList.contains("vis-timeline") ? 800 : 10;
      });
    }
    for (const name of ["offsetHeight", "clientHeight"] as const) {
      vi.spyOn(HTMLElement.prototype, name, "get").mockReturnValue(20);
    }
  }

  const window2021 = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) };

  it("gives its items one shared table of locales, merged as vis merged it for each", () => {
    withLayout();
    const timeline = new vis.Timeline(
      document.body.appendChild(document.createElement("div")),
      new DataSet([
        { id: "a", content: "A", start: Date.UTC(2021, 5, 1) },
        { id: "b", content: "B", start: Date.UTC(2021, 6, 1) },
      ]) as never,
      { start: window2021.start, end: window2021.end },
    ) as unknown as {
      itemSet: { items: Record<string, { options: { locales: Record<string, Record<string, string>> } }> };
    };
    const [a, b] = [timeline.itemSet.items.a!, timeline.itemSet.items.b!];
    expect(a.options.locales).toBe(b.options.locales);
    // Each locale has every English text, its own where it has one.
    expect(Object.keys(a.options.locales.nl!)).toEqual(expect.arrayContaining(Object.keys(a.options.locales.en!)));
    expect(a.options.locales.nl!.deleteSelected).not.toBe(a.options.locales.en!.deleteSelected);
  });

  it("draws no timeline over and over in one task while it is created", () => {
    withLayout();
    const redraw = vi.spyOn(vis.Timeline.prototype as unknown as { _redraw(): void }, "_redraw");
    const groups = new DataSet([
      { id: "a", content: "A" },
      { id: "b", content: "B" },
    ]);
    new vis.Timeline(
      document.body.appendChild(document.createElement("div")),
      new DataSet() as never,
      groups as never,
      {
        ...window2021,
      },
    );
    // Unchanged, vis redrew once for the tracks and again for each size that changed, all in one task.
    expect(redraw.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("finishes its first draw in the frame it began, however many sizes the draw changed", async () => {
    withLayout();
    const frames = vi.spyOn(window, "requestAnimationFrame");
    const redraw = vi.spyOn(vis.Timeline.prototype as unknown as { _redraw(): void }, "_redraw");
    const groups = new DataSet([
      { id: "a", content: "A" },
      { id: "b", content: "B" },
    ]);
    const timeline = new vis.Timeline(
      document.body.appendChild(document.createElement("div")),
      new DataSet() as never,
      groups as never,
      { ...window2021 },
    );
    await new Promise<void>((resolve) => timeline.on("changed", () => resolve()));
    // vis drew more than once (its panels grew from nothing), all in the one frame. With only the frame
    // the first draw waits for, each size it changed waited for a frame of its own.
    expect(redraw.mock.calls.length).toBeGreaterThan(1);
    expect(frames).toHaveBeenCalledTimes(1);
    timeline.destroy();
  });

  it("shows a timeline made with a window at its first draw, not 200 ms after its window last changed", async () => {
    withLayout();
    const onInitialDrawComplete = vi.fn();
    const timeline = new vis.Timeline(
      document.body.appendChild(document.createElement("div")),
      new DataSet([{ id: "a", content: "A", start: Date.UTC(2021, 5, 1) }]) as never,
      { ...window2021, onInitialDrawComplete },
    );
    const root = (timeline as unknown as { dom: { root: HTMLElement } }).dom.root;
    // vis's own handler of its first draw runs before this one, registered after it.
    const atFirstDraw = await new Promise<string>((resolve) =>
      timeline.on("changed", () => resolve(root.style.visibility)),
    );
    // Unchanged, vis waited for "rangechanged", which comes 200 ms after the window last changed (never,
    // when nothing changes it again), and stayed hidden until a redraw after that.
    expect(atFirstDraw).toBe("visible");
    await vi.waitFor(() => expect(onInitialDrawComplete).toHaveBeenCalledTimes(1));
    timeline.destroy();
  });

  it("leaves items added together to the redraw that follows, instead of drawing each as it is added", () => {
    withLayout();
    const items = new DataSet<{ id: string; content: string; start: number }>();
    const timeline = new vis.Timeline(document.body.appendChild(document.createElement("div")), items as never, {
      ...window2021,
    });
    // vis's own group of ungrouped items, reached through the timeline (the class itself is not exported).
    const group = Object.values((timeline as unknown as { itemSet: { groups: object } }).itemSet.groups)[0] as {
      _checkIfVisible(): void;
    };
    const drawNow = vi.spyOn(group, "_checkIfVisible");
    items.add([
      { id: "x", content: "X", start: Date.UTC(2021, 5, 1) },
      { id: "y", content: "Y", start: Date.UTC(2021, 6, 1) },
    ]);
    // Unchanged, each item was checked, drawn and measured the moment it was added.
    expect(drawNow).not.toHaveBeenCalled();
  });

  it("draws the items of a track scrolled out of sight", () => {
    withLayout();
    const groups = new DataSet([{ id: "a", content: "A" }]);
    const timeline = new vis.Timeline(
      document.body.appendChild(document.createElement("div")),
      new DataSet() as never,
      groups as never,
      {
        ...window2021,
      },
    );
    const group = (timeline as unknown as { itemSet: { groups: Record<string, object> } }).itemSet.groups.a as {
      _isGroupVisible(range: object, margin: object): boolean;
    };
    const scrolledAway = { body: { domProps: { centerContainer: { height: 100 }, scrollTop: -5000 } } };
    // Unchanged, a track whose rows are scrolled 5000 px out of sight counted as not visible, and vis
    // hid its items.
    expect(group._isGroupVisible(scrolledAway, { axis: 0 })).toBe(true);
  });
});
