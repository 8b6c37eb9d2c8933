import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** Builds the bare vis-timeline page the benchmark compares the explorer with. */
export default defineConfig({
  root: fileURLToPath(new URL("./bare", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: { outDir: fileURLToPath(new URL("./dist-bare", import.meta.url)), emptyOutDir: true, target: "es2022" },
});
