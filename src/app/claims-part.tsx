import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Suspense, useCallback } from "react";
import { formatEventDate } from "../domain/format-date";
import { preloadable } from "../hooks/preloadable";
import { Button } from "../ui/button";
import { useExplorer } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { useResetView } from "./parts";

// The view of claims is its own chunk: most readers never open it, and the first view waits for none of it.
const claimsView = preloadable(() => import("../features/claims/claims-view").then((module) => module.ClaimsView));

/** "Check the article" in the header, for a dataset that holds claims of its source article. */
export function ClaimsControl() {
  const { dataset, view, update } = useExplorer();
  if (!dataset.claims?.length) return null;
  return (
    <Button
      aria-pressed={view.view === "claims"}
      onClick={() => update({ view: view.view === "claims" ? null : "claims", claim: null })}
    >
      <Trans>Check the article</Trans>
    </Button>
  );
}

/** The view of the article's claims, in place of the events' list (view=claims). */
export function ClaimsPart() {
  const { dataset, localized, model, view, update, selection } = useExplorer();
  const reset = useResetView();
  const { index, context } = model;
  const eventOf = useCallback(
    (id: string) => {
      const event = index.byId.get(id);
      return event ? { title: event.title, date: formatEventDate(event, { locale: context.locale }) } : null;
    },
    [index, context.locale],
  );
  const original = localized.original.language;
  return (
    <FeatureBoundary name={t`the article's claims`} onReset={reset}>
      <div id="events" tabIndex={-1} className="outline-none">
        <Suspense
          fallback={
            <p className="text-[var(--muted)]">
              <Trans>Loading the article's claims…</Trans>
            </p>
          }
        >
          <claimsView.Component
            claims={dataset.claims ?? []}
            articleLanguage={original.split("-")[0] === context.pageLanguage.split("-")[0] ? undefined : original}
            {...(dataset.source ? { source: dataset.source } : {})}
            eventOf={eventOf}
            selected={view.claim}
            onSelect={(claim) => update({ claim }, { mode: "replace" })}
            // The event's card, selected on the timeline; Back returns to the claims.
            onOpenEvent={(id) => selection.select(id, "related", { view: null, claim: null })}
            onClose={() => update({ view: null, claim: null })}
          />
        </Suspense>
      </div>
    </FeatureBoundary>
  );
}
