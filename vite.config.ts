/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { defineConfig, runnerImport, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { viteSingleFile } from "vite-plugin-singlefile";

import type * as Publish from "./src/data/publish";

/**
 * Publishes the default dataset and the JSON Schema beside the app, so a teacher can download both and
 * start a dataset of their own. The build fails when the default dataset does not validate.
 */
function publishDataset(): Plugin {
  // Loaded through Vite's module runner (not imported by this config) so the app's TypeScript is
  // compiled the way the app compiles it, and edits show up in dev without a restart.
  const files = async (): Promise<Record<string, string>> => {
    const { module } = await runnerImport<typeof Publish>("./src/data/publish.ts", { configFile: false });
    return module.publishedFiles();
  };
  return {
    name: "publish-dataset",
    async generateBundle() {
      for (const [fileName, source] of Object.entries(await files())) {
        this.emitFile({ type: "asset", fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? "").split("?")[0]!.replace(/^\//, "");
        if (!path.startsWith("datasets/") && !path.startsWith("schema/")) return next();
        files()
          .then((published) => {
            const source = published[path];
            if (source === undefined) return next();
            response.setHeader("Content-Type", "application/json; charset=utf-8");
            response.end(source);
          })
          .catch(next);
      });
    },
  };
}

/**
 * The Content Security Policy the production build runs under: no inline script, no eval, nothing from
 * other origins but a dataset a teacher names (fetched over https). The preview server sends it, so
 * `npm start` and the e2e suite run under it; the README gives it for static hosts. Framing is allowed
 * on purpose: teachers embed the explorer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * vis-timeline ships Timeline and Graph2d (a line chart) in one module whose top-level statements keep
 * everything alive, so the bundle carried the chart, its legend and axes, the options configurator with
 * its colour picker, and, through a `{ ...util }` spread, all of vis-util: about 20 kB gzip the explorer
 * never runs. This cuts those parts out of the module's source before bundling. Each cut is found by
 * exact markers, and the build fails if a marker is missing (a new vis-timeline version): review then.
 */
function slimVisTimeline(): Plugin {
  const utilSource = readFileSync(fileURLToPath(import.meta.resolve("vis-util/esnext/esm/vis-util.js")), "utf8");
  const exported =
    /export \{([^}]*)\}/
      .exec(utilSource)?.[1]
      ?.split(",")
      .map((name) => name.trim()) ?? [];
  // [from, up to (not included)]: Graph2d's chart code, the configurator, Graph2d's option tables.
  const cuts: [string, string][] = [
    ["class DataScale {", "class Item {"],
    ["function Legend(body, options, side, linegraphOptions) {", "class TimeAxis extends Component {"],
    ["var htmlColors = {", "let errorFound = false;"],
    ["const allOptions$1 = {", "class Range extends Component {"],
    ["function Graph2d(container, items, groups, options) {", 'const string = "string";'],
    ["const configureOptions = {", "class Timeline extends Core {"],
    // A namespace of internals (chart parts included) the explorer does not import.
    ["const timeline = {", "export { Graph2d, Timeline, timeline };"],
  ];
  const replacements: [string, string][] = [
    ["export { Graph2d, Timeline, timeline };", "export { Timeline };"],
    // A group drew each item the moment it was added, reading its size back at once: one forced layout
    // per item, hundreds of milliseconds for a dataset on a slow laptop. The redraw that follows every
    // addition draws the new items in one batch (all writes, then all reads), so events wait for it.
    // Clusters keep the old path: vis's redraw leaves them to it.
    [
      "    if (!this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range;",
      "    if (item.isCluster && !this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range;",
    ],
    // Until its first draw is done (vis keeps the timeline hidden until then), vis redrew at once on every
    // change, and again at once for every size that redraw changed: setting the tracks drew an empty
    // timeline three times in one task. Those redraws now wait for the next frame, where they merge,
    // and each pass that settles sizes gets a frame of its own. (Builds only: unit tests and the dev
    // server load vis unpatched; the e2e suite and the benchmark run this.)
    [
      "        me.itemSet &&\n        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true\n",
      "        me.itemSet &&\n        (!me.initialDrawDone ||\n        me.itemSet.initialItemSetDrawn &&\n        properties &&\n        properties.queue == true)\n",
    ],
    [
      "return new Configurator(this, this.dom.container, configureOptions);",
      'throw new Error("The configure option is not part of this build");',
    ],
  ];
  return {
    name: "slim-vis-timeline",
    transform(code, id) {
      if (!/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.m?js$/.test(id)) return;
      const fail = (what: string) =>
        this.error(`vis-timeline changed (${what}): review slimVisTimeline in vite.config.ts`);
      let out = code;
      for (const [from, to] of cuts) {
        const start = out.indexOf(`\n${from}`);
        const end = out.indexOf(`\n${to}`, start);
        if (start < 0 || end < 0 || out.indexOf(`\n${from}`, start + 1) >= 0) fail(from);
        out = out.slice(0, start) + out.slice(end);
      }
      for (const [from, to] of replacements) {
        if (!out.includes(from)) fail(from);
        out = out.replace(from, to);
      }
      const spread = "  ...util,\n";
      if (!out.includes(spread) || exported.length === 0) fail("the helper object");
      const used = new Set([...out.matchAll(/availableUtils\.(\w+)/g)].map((match) => match[1]));
      const listed = exported.filter((name) => used.has(name)).map((name) => `  ${name}: util.${name},\n`);
      return { code: out.replace(spread, listed.join("")), map: null };
    },
  };
}

/** Fails the build when the JavaScript or CSS outgrows the budgets in bench/budgets.json (gzip bytes). */
function checkBudgets(): Plugin {
  return {
    name: "check-budgets",
    apply: "build",
    generateBundle(_, bundle) {
      const budgets = JSON.parse(readFileSync(new URL("./bench/budgets.json", import.meta.url), "utf8")) as {
        initialJs: number;
        allJs: number;
        css: number;
      };
      const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
      const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
      const entry = chunks.find((chunk) => chunk.isEntry);
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        const chunk = bundle[name];
        if (chunk?.type === "chunk") chunk.imports.forEach(visit);
      };
      if (entry) visit(entry.fileName);
      const sizes = {
        initialJs: chunks
          .filter((chunk) => initial.has(chunk.fileName))
          .reduce((sum, chunk) => sum + gzip(chunk.code), 0),
        allJs: chunks.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
        css: Object.values(bundle)
          .filter((file) => file.type === "asset" && file.fileName.endsWith(".css"))
          .reduce((sum, file) => sum + gzip((file as { source: string | Uint8Array }).source), 0),
      };
      const report = (Object.keys(sizes) as (keyof typeof sizes)[]).map(
        (key) => `${key} ${(sizes[key] / 1000).toFixed(1)} kB of ${(budgets[key] / 1000).toFixed(1)} kB gzip`,
      );
      const over = (Object.keys(sizes) as (keyof typeof sizes)[]).filter((key) => sizes[key] > budgets[key]);
      if (over.length > 0)
        this.error(
          `Over budget: ${report.filter((_, i) => over.includes(Object.keys(sizes)[i] as keyof typeof sizes)).join("; ")}`,
        );
      this.info(`Budgets: ${report.join("; ")}`);
    },
  };
}

/** The icon as a data: URI, for the single-file build. */
function inlineFavicon(): Plugin {
  return {
    name: "inline-favicon",
    transformIndexHtml(html) {
      const svg = readFileSync(new URL("./public/favicon.svg", import.meta.url), "utf8").trim();
      return html
        .replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`)
        .replace(/\s*<!-- The default dataset[^>]*-->\s*<link rel="preload"[^>]*>/, ""); // nothing beside it to fetch
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths let the static build be served from any folder (a school's web space, a sub-path).
  base: "./",
  // `--mode single` writes one HTML file with everything inlined, default dataset included, for opening
  // from disk (file://) or uploading to an LMS; module scripts and CSS files do not load from file://.
  plugins:
    mode === "single"
      ? [react(), tailwindcss(), slimVisTimeline(), inlineFavicon(), viteSingleFile({ removeViteModuleLoader: true })]
      : [react(), tailwindcss(), slimVisTimeline(), publishDataset(), checkBudgets()],
  resolve: {
    // vis-timeline's XSS filter, made strict and small: see src/features/timeline/xss-as-text.ts.
    alias: { xss: fileURLToPath(new URL("./src/features/timeline/xss-as-text.ts", import.meta.url)) },
  },
  // The single file carries its icon inline: nothing else beside it is needed.
  publicDir: mode === "single" ? false : "public",
  build:
    mode === "single"
      ? { target: "es2022", outDir: "dist-single", sourcemap: false }
      : { target: "es2022", sourcemap: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: "127.0.0.1", port: 5173 },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    restoreMocks: true,
    setupFiles: ["src/test-setup.ts"],
  },
}));
