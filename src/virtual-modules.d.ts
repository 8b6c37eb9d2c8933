/** The build's choice of default dataset (scripts/default-dataset.ts): DEFAULT_DATASET, else the U.S.–Taliban timeline. */
declare module "virtual:default-dataset" {
  import type { DatasetHeading } from "./domain/schema";
  /** Its title, description and source, shown while the events load. */
  export const heading: DatasetHeading;
  /** Where the build publishes it, relative to the page. */
  export const path: string;
  /** Whether it is a school's own (claims the page makes about the U.S.–Taliban timeline are not shown). */
  export const own: boolean;
}

/** The default dataset itself, for the single-file build, which has no files beside it. */
declare module "virtual:default-dataset-bundled" {
  import type { Dataset } from "./domain/schema";
  const dataset: Dataset;
  export default dataset;
}
