/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
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

export default defineConfig(({ mode }) => ({
  // Relative asset paths let the static build be served from any folder (a school's web space, a sub-path).
  base: "./",
  // `--mode single` writes one HTML file with everything inlined, default dataset included, for opening
  // from disk (file://) or uploading to an LMS; module scripts and CSS files do not load from file://.
  plugins:
    mode === "single"
      ? [react(), tailwindcss(), inlineFavicon(), viteSingleFile({ removeViteModuleLoader: true })]
      : [react(), tailwindcss(), publishDataset()],
  // The single file carries its icon inline: nothing else beside it is needed.
  publicDir: mode === "single" ? false : "public",
  build:
    mode === "single"
      ? { target: "es2022", outDir: "dist-single", sourcemap: false }
      : { target: "es2022", sourcemap: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: "127.0.0.1", port: 5173 },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    restoreMocks: true,
    setupFiles: ["src/test-setup.ts"],
  },
}));
