import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * Builds the bare vis-timeline page the benchmark compares the explorer with. The floor is vis as
 * published: the `.js` twin vis ships of the module the explorer imports (`vis-timeline/esnext`, the `.mjs`
 * that patches/vis-timeline+8.5.4.patch changes at install), as released (the two differ only in their
 * source-map comment).
 */
export default defineConfig({
  root: fileURLToPath(new URL("./bare", import.meta.url)),
  base: "./",
  logLevel: "warn",
  resolve: {
    alias: [
      {
        find: /^vis-timeline\/esnext$/,
        replacement: fileURLToPath(
          new URL("../node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js", import.meta.url),
        ),
      },
    ],
  },
  build: { outDir: fileURLToPath(new URL("./dist-bare", import.meta.url)), emptyOutDir: true, target: "es2022" },
});
