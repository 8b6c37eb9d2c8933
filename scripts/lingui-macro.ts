import { transformAsync } from "@babel/core";
import type { Plugin } from "vite";

/**
 * Lingui's macros (t`…`, <Trans>, msg`…`, plural) compiled away wherever the code is loaded: the build,
 * the dev server and Vitest. Babel runs only on the files that import a macro; every other file goes
 * through Vite's own transform untouched. (Lingui's Vite plugin wants Vite 7 or Node 22: this is the
 * part of it the explorer needs.)
 */
export function linguiMacro(): Plugin {
  return {
    name: "lingui-macro",
    enforce: "pre",
    async transform(code, id) {
      const file = id.split("?")[0]!;
      if (!/\.(t|j)sx?$/.test(file) || file.includes("/node_modules/")) return;
      if (!code.includes("@lingui/core/macro") && !code.includes("@lingui/react/macro")) return;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith("x") ? ["typescript", "jsx"] : ["typescript"] },
        plugins: ["@lingui/babel-plugin-lingui-macro"],
      });
      if (!result?.code) return;
      return { code: result.code, map: result.map };
    },
  };
}
