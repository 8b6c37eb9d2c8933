/**
 * A school's own default dataset, chosen at build time without touching code: `DEFAULT_DATASET` names a
 * JSON dataset, either a file in public/ (`my-school.json`) or a path from the project's root
 * (`datasets/my-school.json`). The build checks it (and fails naming every problem), publishes it as
 * datasets/<id>.json beside the app, and the page opens on it: the site fetches that file, the
 * single-file build carries it inside. Unset, the default is the U.S.–Taliban timeline.
 *
 * The app reads the choice from two virtual modules: `virtual:default-dataset` (its heading, shown while
 * the events load, where it is published, whether it is the school's) and `virtual:default-dataset-bundled`
 * (the dataset itself, for the single-file build only).
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Plugin } from "vite";
import type { OwnDefault } from "../src/data/publish";
import { PUBLISHED_DATASET_PATH } from "../src/data/published-paths.ts";

export const DEFAULT_DATASET_VARIABLE = "DEFAULT_DATASET";
const META = "virtual:default-dataset";
const BUNDLED = "virtual:default-dataset-bundled";

/** Where the file the setting names is: a bare name in public/, a path from the project's root. */
export function defaultDatasetPath(setting: string, root: string): string {
  if (isAbsolute(setting)) return setting;
  return setting.includes("/") ? resolve(root, setting) : resolve(root, "public", setting);
}

/**
 * The virtual modules, and the school's dataset for the publishing step. `read` validates the file (it
 * is given by vite.config.ts, which loads the app's validator through Vite's module runner).
 */
export function defaultDataset(
  setting: string | undefined,
  read: (fileName: string, text: string) => Promise<OwnDefault>,
): Plugin & { own(): Promise<OwnDefault | undefined> } {
  let root = process.cwd();
  let pending: Promise<OwnDefault | undefined> | undefined;
  const own = () =>
    (pending ??= (async () => {
      if (!setting) return undefined;
      const path = defaultDatasetPath(setting, root);
      if (!existsSync(path))
        throw new Error(`${DEFAULT_DATASET_VARIABLE}=${setting}: no such file (looked for ${path})`);
      return read(setting, readFileSync(path, "utf8"));
    })());
  const builtIn = (file: string) => JSON.stringify(resolve(root, "src/data", file));
  return {
    name: "default-dataset",
    own,
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === META || id === BUNDLED ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${META}` && id !== `\0${BUNDLED}`) return undefined;
      const school = await own();
      if (id === `\0${META}`) {
        return school
          ? `export const heading = ${JSON.stringify(school.heading)};\nexport const path = ${JSON.stringify(school.path)};\nexport const own = true;\n`
          : `export { usTalibanRelationsHeading as heading } from ${builtIn("us-taliban-relations-heading.ts")};\nexport const path = ${JSON.stringify(PUBLISHED_DATASET_PATH)};\nexport const own = false;\n`;
      }
      return school
        ? `export default ${JSON.stringify(school.dataset)};\n`
        : `export { usTalibanRelations as default } from ${builtIn("us-taliban-relations.ts")};\n`;
    },
  };
}
