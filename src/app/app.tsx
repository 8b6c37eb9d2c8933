import { useLingui } from "@lingui/react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Suspense, type ReactNode } from "react";
import { LoadingNotice } from "../features/datasets/loading-notice";
import { heading as defaultHeading } from "virtual:default-dataset";
import { preloadable } from "../hooks/preloadable";
import { FeatureBoundary } from "./feature-boundary";
import { LoadingHeader } from "./header";
import { useLinked, useLocation } from "./location";
import { useDatasetSource } from "./use-dataset-source";
import { useInterfaceLanguage } from "./i18n";

/**
 * The explorer's code comes in a chunk of its own, fetched at once beside the dataset (main.tsx): the page's
 * first paint (the heading) waits only for this shell, and the events, which wait for the dataset, find
 * the explorer's code already in.
 */
const explorer = preloadable(() => import("./explorer").then((module) => module.Explorer));
export const loadExplorer = () => explorer.preload();

/** The last line of defence: if the explorer itself fails, the page says so and offers a fresh start. */
export function App() {
  const location = useLocation();
  useInterfaceLanguage(useLinked().state.lang);
  return (
    <FeatureBoundary name={t`the explorer`} onReset={location.restart}>
      <ExplorerWithData />
    </FeatureBoundary>
  );
}

function ExplorerWithData() {
  const location = useLocation();
  const language = useLingui().i18n.locale;
  const source = useDatasetSource();
  const embedded = useLinked().state.embed;
  // A timeline carried in the link takes a moment to unpack and check: the default's heading would mislead.
  if (source.firstLoad && source.unpacking) {
    return (
      <Shell>
        <p className="mx-auto mt-16 max-w-xl text-center text-[var(--muted)]">{t`Opening the timeline in the link…`}</p>
      </Shell>
    );
  }
  if (source.firstLoad && source.loading) {
    return (
      <Shell>
        <LoadingNotice address={source.loading} onCancel={source.cancel} full />
      </Shell>
    );
  }
  // The default dataset (or the explorer's code) is on its way: its heading shows now, where the explorer
  // will show it.
  const waiting = embedded ? (
    <Shell>
      <p className="mx-auto mt-16 max-w-xl text-center text-[var(--muted)]">{t`Loading the timeline…`}</p>
    </Shell>
  ) : (
    <div className="min-h-screen bg-[var(--page)] text-[var(--ink)]">
      <LoadingHeader dataset={defaultHeading} />
      <main className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <p className="text-[var(--muted)]">{t`Loading the events…`}</p>
      </main>
    </div>
  );
  if (!source.loaded && !source.broken && !embedded) return waiting;
  if (!source.loaded) {
    const reload = `${location.base()}${location.read().query ? `?${location.read().query}` : ""}`;
    return (
      <Shell>
        {source.broken ? (
          <p role="alert" className="mx-auto mt-16 max-w-xl text-center text-lg">
            <Trans>
              The timeline could not be loaded. Check your connection and{" "}
              <a href={reload} className="text-[var(--accent)] underline">
                reload the page
              </a>
              .
            </Trans>
          </p>
        ) : (
          <p className="mx-auto mt-16 max-w-xl text-center text-[var(--muted)]">{t`Loading the timeline…`}</p>
        )}
      </Shell>
    );
  }
  return (
    <Suspense fallback={waiting}>
      {/* Made anew in another language: every word, the dataset's text, the dates and the timeline's
          direction (vis reads rtl once, when it is made) follow; the view is in the address and stays. */}
      <explorer.Component key={language} source={source} loaded={source.loaded} />
    </Suspense>
  );
}

function Shell({ children }: { children: ReactNode }) {
  return (
    // flow-root: a child's top margin must not collapse through to the body and move it when the explorer
    // replaces this shell.
    <div className="flow-root min-h-screen bg-[var(--page)] px-4 text-[var(--ink)]">
      <main>
        <h1 className="sr-only">{t`Timeline explorer`}</h1>
        {children}
      </main>
    </div>
  );
}
