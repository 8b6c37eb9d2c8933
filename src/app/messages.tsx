import { t } from "@lingui/core/macro";
import type { ReactNode } from "react";
import { DatasetFailure } from "../features/datasets/dataset-failure";
import { LoadingNotice } from "../features/datasets/loading-notice";
import { Notice } from "../ui/notice";
import type { DatasetSource, LoadedDataset } from "./use-dataset-source";

/**
 * What the reader should know before the events: a dataset loading or failing to load, parts of the link
 * that could not be used, what a TimelineJS conversion left out.
 */
export function Messages({
  source,
  loaded,
  linkNotice,
  onDismissLinkNotice,
  children,
}: {
  source: DatasetSource;
  loaded: LoadedDataset;
  linkNotice: readonly string[];
  onDismissLinkNotice(): void;
  /** Other notices of the explorer's (a lesson the link names that the dataset lacks). */
  children?: ReactNode;
}) {
  const title = loaded.dataset.title;
  const keeping =
    loaded.origin.kind === "default"
      ? t`the default timeline`
      : t({ comment: "a dataset's title in quotation marks", message: `“${title}”` });
  return (
    <div className="space-y-3 empty:hidden print:hidden">
      {source.loading && <LoadingNotice address={source.loading} onCancel={source.cancel} full={false} />}
      {source.failure && (
        <DatasetFailure
          source={source.failure.source}
          problems={source.failure.problems}
          keeping={keeping}
          onDismiss={source.dismissFailure}
        />
      )}
      {linkNotice.length > 0 && (
        <Notice
          tone="warning"
          title={t`Part of this link could not be used, so it was left out:`}
          lines={linkNotice}
          onDismiss={onDismissLinkNotice}
        />
      )}
      {loaded.notes.length > 0 && (
        <Notice
          tone="warning"
          title={
            loaded.format === "sheet"
              ? t`Read from a spreadsheet:`
              : loaded.format === "timelinejs-sheet"
                ? t`Converted from a TimelineJS spreadsheet:`
                : t`Converted from a TimelineJS file:`
          }
          lines={loaded.notes}
        />
      )}
      {children}
    </div>
  );
}
