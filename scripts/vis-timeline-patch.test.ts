// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import globals from "globals";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataSet } from "vis-data/esnext";
import * as vis from "vis-timeline/esnext";
import { CHANGES, CUTS, VisTimelineChanged, patchVisTimeline } from "./vis-timeline-patch";

// Paths, not URLs: under jsdom, URL is jsdom's, which node:fs does not take.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = join(root, "node_modules");
const original = readFileSync(join(packages, "vis-timeline/esnext/esm/vis-timeline-graph2d.mjs"), "utf8");
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

describe("the vis-timeline the explorer runs", () => {
  it("is the exact version the changes were written for, pinned with its peers", () => {
    for (const name of ["vis-timeline", "vis-data", "vis-util"]) {
      const installed = JSON.parse(readFileSync(join(packages, name, "package.json"), "utf8"));
      expect(pinned.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installed.version, name).toBe(pinned.dependencies[name]);
    }
  });

  it("is what these unit tests load: the patched module, which exports Timeline alone", () => {
    expect(Object.keys(vis)).toEqual(["Timeline"]);
  });

  it.each([...CUTS.map(([from]) => `cut from ${from}`), ...CHANGES.map((change) => change.name)])(
    "fails loudly, naming the change, when an upgrade moves what it relies on: %s",
    (name) => {
      const marker = name.startsWith("cut from ")
        ? name.slice("cut from ".length)
        : CHANGES.find((change) => change.name === name)!.from;
      const moved = original.replace(marker, `${marker.slice(0, 3)}/* moved */${marker.slice(3)}`);
      expect(() => patchVisTimeline(moved)).toThrow(VisTimelineChanged);
      // (A marker that also ends a cut fails as that cut first.)
      if (!CUTS.some(([, to]) => to === marker)) expect(() => patchVisTimeline(moved)).toThrow(name);
    },
  );

  it("writes HTML only through the Trusted Types policy: every innerHTML it sets is availableUtils.xss(…)", () => {
    const patched = patchVisTimeline(original);
    const writes = [...patched.matchAll(/\.(innerHTML|outerHTML)\s*=\s*([^;\n]*)/g)].map((match) => match[2]!.trim());
    expect(writes.length).toBeGreaterThan(0);
    for (const value of writes) expect(value).toMatch(/^availableUtils\.xss\(/);
    expect(patched).not.toMatch(/insertAdjacentHTML|document\.write/);
    // vis's own build clears elements with innerHTML = "", a sink Trusted Types refuses.
    expect(original).toContain('.innerHTML = "";');
    expect(() => patchVisTimeline(original.replaceAll('.innerHTML = "";', '.innerHTML = "" ;'))).toThrow(
      "clearing elements with innerHTML",
    );
  });

  it("refers to nothing that was cut out", () => {
    // ESLint's scope analysis, not a pattern: every identifier the kept code uses and nothing declares.
    const undeclared = (code: string) =>
      new Set(
        new Linter()
          .verify(code, {
            languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: globals.browser },
            rules: { "no-undef": "error" },
          })
          .map((message) => /'(.+)' is not defined/.exec(message.message)?.[1] ?? message.message),
      );
    const before = undeclared(original);
    const after = [...undeclared(patchVisTimeline(original))].filter((name) => !before.has(name));
    expect(after).toEqual([]);
  });

  it("says the configure option is not part of this build", () => {
    const container = document.createElement("div");
    expect(() => new vis.Timeline(container, new DataSet() as never, { configure: true } as never)).toThrow(
      "The configure option is not part of this build",
    );
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
