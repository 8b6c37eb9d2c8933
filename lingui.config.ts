import { defineConfig } from "@lingui/cli";
import { formatter } from "@lingui/format-po";

/**
 * The interface's message catalogue: the English source in the code (Lingui's macros), one PO file per
 * language in src/locales/ for translators, compiled to small modules at build (npm run i18n). Dari is
 * `fa` in links and files, with Afghan conventions (fa-AF) for dates and numbers (src/i18n/locales.ts).
 */
export default defineConfig({
  sourceLocale: "en",
  locales: ["en", "es", "fa", "ps"],
  catalogs: [{ path: "<rootDir>/src/locales/{locale}/messages", include: ["<rootDir>/src"], exclude: ["**/*.test.*"] }],
  format: formatter({ lineNumbers: false }),
  compileNamespace: "ts",
  orderBy: "messageId",
});
