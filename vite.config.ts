/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { defineConfig, runnerImport, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { viteSingleFile } from "vite-plugin-singlefile";

import { DEFAULT_DATASET_VARIABLE, defaultDataset } from "./scripts/default-dataset.ts";
import { SECURITY_HEADERS } from "./scripts/security-headers.ts";
import { PATCHED_MODULE, cutVisTimeline } from "./scripts/vis-timeline-cuts.ts";
import type * as Publish from "./src/data/publish";
import { linguiMacro } from "./scripts/lingui-macro.ts";
import { messageOrigins, unlistedFirstLoadFiles } from "./scripts/english-first-load.ts";

/**
 * Publishes the default dataset and the JSON Schema beside the app, so a teacher can download both and
 * start a dataset of their own. The build fails when the default dataset does not validate.
 */
function publishDataset(school: ReturnType<typeof defaultDataset>): Plugin {
  // Loaded through Vite's module runner (not imported by this config) so the app's TypeScript is
  // compiled the way the app compiles it, and edits show up in dev without a restart.
  const files = async (): Promise<Record<string, string>> => {
    const { module } = await loadPublish();
    return module.publishedFiles(await school.own());
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

const loadPublish = () => runnerImport<typeof Publish>("./src/data/publish.ts", { configFile: false });

/** DEFAULT_DATASET, checked with the app's own validator (scripts/default-dataset.ts). */
const schoolDefault = () =>
  defaultDataset(process.env[DEFAULT_DATASET_VARIABLE], async (fileName, text) =>
    (await loadPublish()).module.ownDefault(fileName, text),
  );

/**
 * The production build's size cuts to vis-timeline (scripts/vis-timeline-cuts.ts): code the explorer never
 * runs. What vis does is patched at install (patches/), so the dev server and the unit tests read the same
 * vis from node_modules, with nothing cached to clear.
 */
function cutVisTimelineInBuild(): Plugin {
  return {
    name: "vis-timeline-cuts",
    apply: "build",
    transform(code, id) {
      if (!PATCHED_MODULE.test(id)) return;
      try {
        return { code: cutVisTimeline(code), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** Fails the build when the JavaScript or CSS outgrows the budgets in bench/budgets.json (gzip bytes). */
function checkBudgets(): Plugin {
  return {
    name: "check-budgets",
    apply: "build",
    async generateBundle(_, bundle) {
      const budgets = JSON.parse(readFileSync(new URL("./bench/budgets.json", import.meta.url), "utf8")) as {
        initialJs: number;
        firstViewJs: number;
        allJs: number;
        languageJs: number;
        css: number;
      };
      const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
      const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
      const entry = chunks.find((chunk) => chunk.isEntry);
      // A chunk and what it imports statically: what arrives before it runs.
      const closure = (start: string | undefined, into = new Set<string>()) => {
        const visit = (name: string) => {
          if (into.has(name)) return;
          into.add(name);
          const chunk = bundle[name];
          if (chunk?.type === "chunk") chunk.imports.forEach(visit);
        };
        if (start) visit(start);
        return into;
      };
      const initial = closure(entry?.fileName);
      // English's first-load messages (scripts/english-first-load.ts) must hold every message of the code
      // the first paint runs, or a word there would show as its id.
      const origins = await messageOrigins(
        readFileSync(new URL("./src/locales/en/messages.po", import.meta.url), "utf8"),
      );
      const unlisted = unlistedFirstLoadFiles(
        chunks.filter((chunk) => initial.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds),
        fileURLToPath(new URL("./", import.meta.url)),
        origins,
      );
      if (unlisted.length > 0)
        this.error(
          `These files run before the explorer's chunk and have messages, but English's first load lacks them: ${unlisted.join(", ")}. Add them to FIRST_LOAD_SOURCES in scripts/english-first-load.ts.`,
        );
      // The explorer's chunk is fetched with the dataset, at once: the first cards wait for both.
      const explorer = chunks.find((chunk) => chunk.facadeModuleId?.endsWith("/src/app/explorer.tsx"));
      if (!explorer) this.error("The explorer's chunk was not found: the firstViewJs budget cannot be checked");
      const firstView = closure(explorer?.fileName, new Set(initial));
      const sum = (names: Set<string>) =>
        chunks.filter((chunk) => names.has(chunk.fileName)).reduce((total, chunk) => total + gzip(chunk.code), 0);
      // Spanish, Dari and Pashto each load only when chosen: each is held to its own budget, outside allJs.
      const languages = chunks.filter((chunk) =>
        /\/src\/locales\/(?!en\/)[^/]+\/messages\.ts$/.test(chunk.facadeModuleId ?? ""),
      );
      const code = chunks.filter((chunk) => !languages.includes(chunk));
      const sizes = {
        initialJs: sum(initial),
        firstViewJs: sum(firstView),
        allJs: code.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
        languageJs: Math.max(0, ...languages.map((chunk) => gzip(chunk.code))),
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
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const school = schoolDefault();
  return {
    // Relative asset paths let the static build be served from any folder (a school's web space, a sub-path).
    base: "./",
    // `--mode single` writes one HTML file with everything inlined, default dataset included, for opening
    // from disk (file://) or uploading to an LMS; module scripts and CSS files do not load from file://.
    plugins:
      mode === "single"
        ? [
            linguiMacro(),
            react(),
            tailwindcss(),
            cutVisTimelineInBuild(),
            school,
            inlineFavicon(),
            viteSingleFile({ removeViteModuleLoader: true }),
          ]
        : [
            linguiMacro(),
            react(),
            tailwindcss(),
            cutVisTimelineInBuild(),
            school,
            publishDataset(school),
            checkBudgets(),
          ],
    resolve: {
      // vis-timeline's XSS filter, made strict and small: see src/features/timeline/xss-as-text.ts.
      alias: { xss: fileURLToPath(new URL("./src/features/timeline/xss-as-text.ts", import.meta.url)) },
    },
    // The single file carries its icon inline: nothing else beside it is needed.
    publicDir: mode === "single" ? false : "public",
    build:
      mode === "single"
        ? { target: "es2022", outDir: "dist-single", sourcemap: false }
        : {
            target: "es2022",
            sourcemap: true,
            // What the first paint waits for comes as one file rather than some twenty: fewer requests in
            // a row on a slow school network, and one gzip stream compresses better than many small ones.
            // The same for what the first cards wait for: the explorer with everything it imports (not ten
            // chunks of a few hundred bytes, shared with the lazy parts), and the check of a linked dataset.
            // Each group takes its module's static imports with it, less what a group above already took.
            // The first cards wait for 8 requests instead of 19 (README, Performance).
            rolldownOptions: {
              output: {
                codeSplitting: {
                  groups: [
                    { name: "shell", tags: ["$initial"], priority: 3 },
                    { name: "explorer", test: /\/src\/app\/explorer\.tsx$/, priority: 2 },
                    { name: "load-dataset", test: /\/src\/domain\/load-dataset\.ts$/, priority: 1 },
                  ],
                },
              },
            },
          },
    // The headers a static host should send (scripts/security-headers.ts): `npm start` and the e2e suite run under them.
    preview: { host: "127.0.0.1", port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
    server: { host: "127.0.0.1", port: 5173 },
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
      environment: "node",
      restoreMocks: true,
      setupFiles: ["src/test-setup.ts"],
      // vis-timeline goes through Vite (not loaded by Node as is): the unit tests run it with the strict XSS
      // filter the build ships (the alias above).
      server: { deps: { inline: [/vis-timeline/] } },
    },
  };
});
