/** The benchmark's report: medians (min–max) per size, and the ratio of the explorer to the floor. */
import type { Kind, Run } from "./run-types";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function cell(values: number[], unit: "ms" | "MB" | "n"): string {
  if (values.length === 0) return "–";
  const format = (value: number) =>
    unit === "MB"
      ? (value / 1024 / 1024).toFixed(1)
      : unit === "ms"
        ? Math.round(value).toString()
        : Math.round(value).toString();
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return `${format(median(values))} (${format(low)}–${format(high)})`;
}

export function table(runs: Run[], sizes: number[]): string {
  const rows: [string, (run: Run) => number | null, "ms" | "MB" | "n", boolean][] = [
    ["first timeline item (ms)", (run) => run.firstItem, "ms", true],
    ["first card (ms)", (run) => run.firstCard, "ms", false],
    ["quiet main thread (ms)", (run) => run.quiet, "ms", true],
    ["long tasks, total (ms)", (run) => run.longTasks, "ms", true],
    ["JS heap after GC (MB)", (run) => run.heap, "MB", true],
    ["DOM nodes", (run) => run.nodes, "n", true],
  ];
  const interactionNames = [...new Set(runs.flatMap((run) => Object.keys(run.interactions)))];
  const lines = [
    `| metric | ${sizes.map((size) => `${size.toLocaleString("en")} events: explorer | floor | ratio`).join(" | ")} |`,
    `|---|${sizes.map(() => "---|---|---").join("|")}|`,
  ];
  for (const [name, pick, unit, ratio] of rows) {
    const cells = sizes.map((size) => {
      const values = (kind: Kind) =>
        runs
          .filter((run) => run.size === size && run.kind === kind)
          .map(pick)
          .filter((value): value is number => value !== null);
      const explorer = values("explorer");
      const floor = values("floor");
      const r = ratio && floor.length && explorer.length ? (median(explorer) / median(floor)).toFixed(2) : "–";
      return `${cell(explorer, unit)} | ${cell(floor, unit)} | ${r}`;
    });
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  for (const name of interactionNames) {
    const cells = sizes.map((size) => {
      const values = runs
        .filter((run) => run.size === size && run.kind === "explorer")
        .map((run) => run.interactions[name]!);
      return `${cell(values, "ms")} | – | –`;
    });
    lines.push(`| ${name}, input to next paint (ms) | ${cells.join(" | ")} |`);
  }
  const clickNames = [...new Set(runs.flatMap((run) => Object.keys(run.clicks)))];
  for (const name of clickNames) {
    for (const view of ["cards", "timeline"] as const) {
      const cells = sizes.map((size) => {
        const values = runs
          .filter((run) => run.size === size && run.kind === "explorer")
          .map((run) => run.clicks[name]?.[view])
          .filter((value): value is number => typeof value === "number");
        return `${cell(values, "ms")} | – | –`;
      });
      lines.push(`| click on ${name}, painted in the ${view} (ms) | ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}
