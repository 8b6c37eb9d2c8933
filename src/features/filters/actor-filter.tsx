import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { useId, useMemo, useState } from "react";
import { FEW_ACTORS, actorFrequency, listActors } from "../../domain/actor-list";
import { textComparer } from "../../domain/collate";
import type { Facets } from "../../domain/filter";
import { ACTOR_KIND_LABELS } from "../../domain/labels";
import type { Dataset } from "../../domain/schema";
import type { ViewState } from "../../domain/view-state";
import { Button } from "../../ui/button";
import { fieldClass } from "../../ui/field";
import { Checkbox, Legend } from "./filter-parts";

/**
 * The actors to filter by: the most frequent few (and any ticked), "Show all actors (N)" for the rest, and
 * a field that finds any by name, so a keyboard reader does not Tab through eighty names to reach the
 * events.
 */
export function ActorFilter({
  dataset,
  view,
  facets,
  onToggle,
  inDrawer,
}: {
  dataset: Dataset;
  view: ViewState;
  facets: Facets;
  onToggle(actorId: string, checked: boolean): void;
  inDrawer: boolean;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  const [query, setQuery] = useState("");
  const frequency = useMemo(() => actorFrequency(dataset), [dataset]);
  // No Intl.Collator for plain names: the first one costs the explorer's first render 10–20 ms (collate.ts).
  const collator = useMemo(() => textComparer(dataset.language), [dataset.language]);
  const ticked = view.actors ?? [];
  const listing = listActors(dataset, { all, query, ticked, frequency, collator });
  const found = listing.groups.reduce((sum, group) => sum + group.actors.length, 0);
  const total = listing.total;
  return (
    <fieldset>
      <Legend>{t`Actors`}</Legend>
      <p className="-mt-1 mb-2 text-xs text-[var(--muted)]">{t`Events involving any of the actors you tick.`}</p>
      {listing.total > FEW_ACTORS && (
        <div className="mb-2">
          <label htmlFor={`${id}-find`} className="mb-1 block text-xs">
            {t`Find an actor`}
          </label>
          <input
            id={`${id}-find`}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
            className={fieldClass()}
            aria-describedby={`${id}-found`}
          />
          <p id={`${id}-found`} role="status" className="mt-1 text-xs text-[var(--muted)] empty:hidden">
            {query.trim() === "" ? "" : plural(found, { one: "# actor found", other: "# actors found" })}
          </p>
        </div>
      )}
      <div
        id={`${id}-list`}
        className={inDrawer || !all ? "" : "max-h-72 overflow-y-auto rounded-md border border-[var(--line)] p-2"}
        // A list that scrolls inside is a region the keyboard can scroll: it needs a name.
        {...(inDrawer || !all ? {} : { role: "region", "aria-label": t`All actors`, tabIndex: 0 })}
      >
        {listing.groups.map(({ kind, actors }) => (
          <div key={kind} className="mb-2 last:mb-0" role="group" aria-labelledby={`${id}-kind-${kind}`}>
            <p id={`${id}-kind-${kind}`} className="mb-0.5 text-xs font-semibold text-[var(--muted)]">
              {i18n._(ACTOR_KIND_LABELS[kind])}
            </p>
            <ul className="space-y-0.5">
              {actors.map((actor) => (
                <li key={actor.id}>
                  <Checkbox
                    id={`${id}-actor-${actor.id}`}
                    label={actor.label}
                    count={facets.actors.get(actor.id) ?? 0}
                    checked={ticked.includes(actor.id)}
                    onChange={(checked) => onToggle(actor.id, checked)}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {query.trim() === "" && (listing.partial || all) && (
        <Button
          variant="link"
          className="mt-1"
          aria-expanded={all}
          aria-controls={`${id}-list`}
          onClick={() => setAll(!all)}
        >
          {all ? t`Show the most frequent actors` : t`Show all actors (${total})`}
        </Button>
      )}
    </fieldset>
  );
}
