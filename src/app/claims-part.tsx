import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Suspense, useCallback } from "react";
import { formatEventDate } from "../domain/format-date";
import { preloadable } from "../hooks/preloadable";
import { focusWhenThere } from "../platform/focus-when-there";
import { Button } from "../ui/button";
import { useExplorer } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { useResetView } from "./parts";

// The view of claims is its own chunk: most readers never open it, and the first view waits for none of it.
const claimsView = preloadable(() => import("../features/claims/claims-view").then((module) => module.ClaimsView));
// The printed claims are in the same chunk: in by the time the view is open and the reader prints.
const claimsHandout = preloadable(() =>
  import("../features/claims/claims-view").then((module) => module.ClaimsHandout),
);

/**
 * The language the article's words are in (the dataset's own), for their lang attribute where it is not the
 * page's: the claims' words are quoted, never translated.
 */
export function useArticleLanguage(): string | undefined {
  const { localized, model } = useExplorer();
  const original = localized.original.language;
  return original.split("-")[0] === model.context.pageLanguage.split("-")[0] ? undefined : original;
}

/** "Check the article" in the header, for a dataset that holds claims of its source article. */
export function ClaimsControl() {
  const { dataset, view, update } = useExplorer();
  if (!dataset.claims?.length) return null;
  return (
    <Button
      aria-pressed={view.view === "claims"}
      onClick={() => {
        const opening = view.view !== "claims";
        update({ view: opening ? "claims" : null, claim: null });
        // Opened, the claims are some 35 stops further on: the focus goes to their heading.
        if (opening) focusWhenThere("claims");
      }}
    >
      <Trans>Check the article</Trans>
    </Button>
  );
}

/** A claim's events by id, with their titles and dates as the page shows them. */
function useClaimEvents() {
  const { index, context } = useExplorer().model;
  return useCallback(
    (id: string) => {
      const event = index.byId.get(id);
      return event ? { title: event.title, date: formatEventDate(event, { locale: context.locale }) } : null;
    },
    [index, context.locale],
  );
}

/** The claims on paper, printed in place of the events' handout while the view of claims is open. */
export function ClaimsHandoutPart() {
  const { dataset, printLink } = useExplorer();
  const articleLanguage = useArticleLanguage();
  const eventOf = useClaimEvents();
  return (
    <Suspense fallback={null}>
      <claimsHandout.Component
        title={dataset.title}
        claims={dataset.claims ?? []}
        articleLanguage={articleLanguage}
        {...(dataset.source ? { source: dataset.source } : {})}
        eventOf={eventOf}
        link={printLink()}
      />
    </Suspense>
  );
}

/** The view of the article's claims, in place of the events' list (view=claims). */
export function ClaimsPart() {
  const { dataset, view, update, selection } = useExplorer();
  const articleLanguage = useArticleLanguage();
  const reset = useResetView();
  const eventOf = useClaimEvents();
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
            articleLanguage={articleLanguage}
            {...(dataset.source ? { source: dataset.source } : {})}
            eventOf={eventOf}
            selected={view.claim}
            onSelect={(claim) => update({ claim }, { mode: "replace" })}
            // The event's card, selected on the timeline; Back returns to the claims.
            onOpenEvent={(id) => selection.select(id, "related", { view: null, claim: null })}
            onClose={() => {
              update({ view: null, claim: null });
              // The button goes with the view: the focus goes to the events that take its place (the
              // view's own #events, the skip link's target, is on its way out).
              focusWhenThere("events", { leaving: document.getElementById("events") });
            }}
            onPrint={() => window.print()}
          />
        </Suspense>
      </div>
    </FeatureBoundary>
  );
}
