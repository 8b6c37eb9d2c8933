/**
 * `npm run bench`: the explorer against the floor (vis-timeline alone drawing the same events), in a real
 * Chromium, on the production builds. Several runs per size, interleaved, each in a fresh context with an
 * empty cache. Prints medians (min–max) and the ratio to the floor; writes the raw runs as JSON under
 * bench/results/. A benchmark, not a test: nothing here passes or fails.
 *
 * Options: BENCH_SIZES=20,200 BENCH_RUNS=3 npm run bench
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { cpus, totalmem, type as osType, release } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/chromium";
import { INSTRUMENT, click, heapAfterGc, interaction, quiet, read } from "./page";
import { median, table } from "./report";
import type { Kind, Run } from "./run-types";
import { syntheticDataset } from "./datasets";

const root = fileURLToPath(new URL("..", import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? "20,200,2000,10000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RUNS_10K = Number(process.env.BENCH_RUNS_LARGE ?? 3);

// ---- a static server for both builds and the datasets -------------------------------------------------
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
};
const datasets = new Map(SIZES.map((size) => [size, JSON.stringify(syntheticDataset(size))]));

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const data = /\/bench-data\/(\d+)\.json$/.exec(path);
    if (data) {
      response.writeHead(200, { "Content-Type": TYPES[".json"], "Cache-Control": "no-store" });
      response.end(datasets.get(Number(data[1])));
      return;
    }
    const [base, rest] = path.startsWith("/bare/") ? ["bench/dist-bare", path.slice(6)] : ["dist", path.slice(5)];
    let file = normalize(join(root, base, rest || "index.html"));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(join(root, base)) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}

async function measure(browser: Browser, origin: string, kind: Kind, size: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  // tsx compiles this file keeping function names through a helper, __name, that the page lacks.
  await page.addInitScript("globalThis.__name = (target) => target;");
  await page.addInitScript(INSTRUMENT);
  const url =
    kind === "explorer"
      ? `${origin}/app/?data=./bench-data/${size}.json`
      : `${origin}/bare/?data=/app/bench-data/${size}.json`;
  const debug = (what: string) => process.env.BENCH_DEBUG && process.stderr.write(`  ${kind} ${size}: ${what}\n`);
  if (process.env.BENCH_DEBUG) {
    page.on("console", (message) => debug(`console ${message.type()}: ${message.text().slice(0, 200)}`));
    page.on("pageerror", (error) => debug(`page error: ${error.message}`));
  }
  await page.goto(url);
  debug("loaded");
  const settled = await quiet(page);
  debug("quiet");
  const bench = await read(page);
  const run: Run = {
    kind,
    size,
    firstItem: bench.firstItem!,
    firstCard: bench.firstCard,
    quiet: settled.at,
    longTasks: settled.longTaskTime,
    heap: await heapAfterGc(cdp),
    nodes: await page.evaluate(() => document.getElementsByTagName("*").length),
    interactions: {},
    clicks: {},
  };
  if (kind === "explorer") {
    const track = page.getByRole("checkbox", { name: "Diplomacy track", exact: true });
    // A click on a filter, painted in both views (the same clicks as below, measured from the input).
    run.clicks["a track"] = await click(page, () => track.uncheck());
    run.clicks["a track again"] = await click(page, () => track.check());
    // The actor list shows the ten most frequent actors until asked for all: the first of them.
    run.clicks["an actor"] = await click(page, () =>
      page.getByRole("group", { name: "Actors" }).getByRole("checkbox").first().check(),
    );
    run.clicks["Clear all"] = await click(page, () =>
      page.getByRole("button", { name: "Clear all", exact: true }).click(),
    );
    await quiet(page);
    run.interactions["toggle a track"] = await interaction(page, () => track.uncheck());
    await track.check();
    await quiet(page);
    const search = page.getByRole("searchbox", { name: /Search/ });
    run.interactions["type a search"] = await interaction(page, () => search.pressSequentially("talks", { delay: 60 }));
    await search.fill("");
    await quiet(page);
    const card = page.locator("article[data-event-id] h3 button").first();
    run.interactions["select from a card"] = await interaction(page, () => card.click());
    // The timeline moves to the card's event and makes room to read it: the item is chosen once it has.
    await quiet(page);
    // An item in sight: the rows scroll inside the pinned timeline, so the first in the page may be
    // drawn in a track scrolled out of view, and vis draws items a little beyond the window's sides.
    const inSight = await page.evaluate(() => {
      const panel = document.querySelector(".vis-panel.vis-center")!.getBoundingClientRect();
      const items = [...document.querySelectorAll<HTMLElement>(".vis-item[data-event-id]")];
      const seen = items.find((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.top >= Math.max(panel.top, 0) &&
          box.bottom <= Math.min(panel.bottom, window.innerHeight) &&
          box.left >= Math.max(panel.left, 0) &&
          box.right <= Math.min(panel.right, window.innerWidth)
        );
      });
      return seen?.dataset.eventId ?? null;
    });
    const item = inSight
      ? page.locator(`.vis-item[data-event-id="${inSight}"]`)
      : page.locator(".vis-item[data-event-id]").first();
    run.interactions["select from the timeline"] = await interaction(page, () => item.click({ force: true }));
    run.interactions["next event"] = await interaction(page, () =>
      page.getByRole("button", { name: "Next event", exact: true }).click(),
    );
  }
  await context.close();
  return run;
}

// ---- bytes -------------------------------------------------------------------------------------------
function bytes(dir: string) {
  const files = readdirSync(join(root, dir, "assets")).map((name) => join(root, dir, "assets", name));
  const sum = (extension: string, zip: boolean) =>
    files
      .filter((file) => file.endsWith(extension))
      .reduce(
        (total, file) => total + (zip ? gzipSync(readFileSync(file), { level: 9 }).length : statSync(file).size),
        0,
      );
  return { js: sum(".js", false), jsGzip: sum(".js", true), css: sum(".css", false), cssGzip: sum(".css", true) };
}

// ---- main --------------------------------------------------------------------------------------------
const { server, origin } = await serve();
const browser = await chromium.launch(chromiumLaunchOptions);
const runs: Run[] = [];
const chromiumVersion = browser.version();
try {
  for (const size of SIZES) {
    const count = size >= 10_000 ? RUNS_10K : RUNS;
    for (let index = 0; index < count; index++) {
      // Interleaved, and alternating which goes first, so drift in the machine's load falls on both.
      const order: Kind[] = index % 2 ? ["floor", "explorer"] : ["explorer", "floor"];
      for (const kind of order) {
        const run = await measure(browser, origin, kind, size);
        runs.push(run);
        process.stderr.write(
          `${kind} ${size} #${index + 1}: first item ${Math.round(run.firstItem)} ms, quiet ${Math.round(run.quiet)} ms\n`,
        );
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const explorerBytes = bytes("dist");
const floorBytes = bytes("bench/dist-bare");
const kb = (value: number) => `${(value / 1000).toFixed(1)} kB`;
const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Chromium ${chromiumVersion}`;
const date = new Date().toISOString();
const report = [
  `Benchmark of ${date.slice(0, 10)} on ${machine}; medians (min–max) of ${RUNS} runs (${RUNS_10K} at 10,000 events).`,
  "",
  table(runs, SIZES),
  "",
  `| bytes | explorer | floor |`,
  `|---|---|---|`,
  `| JS (raw / gzip) | ${kb(explorerBytes.js)} / ${kb(explorerBytes.jsGzip)} | ${kb(floorBytes.js)} / ${kb(floorBytes.jsGzip)} |`,
  `| CSS (raw / gzip) | ${kb(explorerBytes.css)} / ${kb(explorerBytes.cssGzip)} | ${kb(floorBytes.css)} / ${kb(floorBytes.cssGzip)} |`,
].join("\n");
console.log(report);

// Memory per event: the slope of heap over size, from the explorer's medians.
const heapBySize = SIZES.map((size) =>
  median(runs.filter((run) => run.kind === "explorer" && run.size === size).map((run) => run.heap)),
);
if (SIZES.length > 1) {
  const slope = (heapBySize.at(-1)! - heapBySize[0]!) / (SIZES.at(-1)! - SIZES[0]!);
  console.log(
    `\nExplorer heap grows by about ${Math.round(slope)} bytes per event (from ${SIZES[0]} to ${SIZES.at(-1)} events).`,
  );
}

const out = join(root, "bench", "results");
mkdirSync(out, { recursive: true });
const file = join(out, `${date.replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date, machine, sizes: SIZES, runs, bytes: { explorer: explorerBytes, floor: floorBytes }, report }, null, 2)}\n`,
);
console.log(`\nRaw runs: ${file}`);
