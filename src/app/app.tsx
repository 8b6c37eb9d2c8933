import type { ReactNode } from "react";
import { LoadingNotice } from "../features/datasets/loading-notice";
import { heading as defaultHeading } from "virtual:default-dataset";
import { parseViewState } from "../domain/view-state";
import { useLocationSearch, useUrl } from "../hooks/use-url";
import { Explorer } from "./explorer";
import { FeatureBoundary } from "./feature-boundary";
import { LoadingHeader } from "./header";
import { useDatasetSource } from "./use-dataset-source";

/** The last line of defence: if the explorer itself fails, the page says so and offers a fresh start. */
export function App() {
  const url = useUrl();
  return (
    <FeatureBoundary name="the explorer" onReset={url.restart}>
      <ExplorerWithData />
    </FeatureBoundary>
  );
}

function ExplorerWithData() {
  const url = useUrl();
  const source = useDatasetSource();
  const [search] = useLocationSearch();
  const embedded = parseViewState(search).state.embed;
  if (source.firstLoad && source.loading) {
    return (
      <Shell>
        <LoadingNotice address={source.loading} onCancel={source.cancel} full />
      </Shell>
    );
  }
  if (!source.loaded && !source.broken && !embedded) {
    // The default dataset is on its way: its heading shows now, where the explorer will show it.
    return (
      <div className="min-h-screen bg-[var(--page)] text-[var(--ink)]">
        <LoadingHeader dataset={defaultHeading} />
        <main className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
          <p className="text-[var(--muted)]">Loading the events…</p>
        </main>
      </div>
    );
  }
  if (!source.loaded) {
    return (
      <Shell>
        {source.broken ? (
          <p role="alert" className="mx-auto mt-16 max-w-xl text-center text-lg">
            The timeline could not be loaded. Check your connection and{" "}
            <a href={`${url.base()}${url.search()}`} className="text-[var(--accent)] underline">
              reload the page
            </a>
            .
          </p>
        ) : (
          <p className="mx-auto mt-16 max-w-xl text-center text-[var(--muted)]">Loading the timeline…</p>
        )}
      </Shell>
    );
  }
  return <Explorer source={source} loaded={source.loaded} />;
}

function Shell({ children }: { children: ReactNode }) {
  return (
    // flow-root: a child's top margin must not collapse through to the body and move it when the explorer
    // replaces this shell.
    <div className="flow-root min-h-screen bg-[var(--page)] px-4 text-[var(--ink)]">
      <main>
        <h1 className="sr-only">Timeline explorer</h1>
        {children}
      </main>
    </div>
  );
}
