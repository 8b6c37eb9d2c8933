import { Trans } from "@lingui/react/macro";
import { useCallback, useRef } from "react";
import type { FilterChip } from "../domain/active-filters";
import type { ViewState } from "../domain/view-state";
import { CardList, type CardListProps } from "../features/cards/card-list";
import { ActiveFilters } from "../features/filters/active-filters";
import { NothingFound, SearchNote, type NearestEvent } from "../features/filters/search-note";
import type { TextMatch } from "../domain/search";
import { Button } from "../ui/button";

/** The cards' own props (`events`: the events shown), and what the section around them needs. */
export interface EventsSectionProps extends CardListProps {
  /** "12 of 62 events". */
  status: string;
  matches: number;
  chips: readonly FilterChip[];
  onRemoveFilter(patch: Partial<ViewState>): void;
  onClearAll(): void;
  onDownload(format: "csv" | "json"): void;
  /** The search in the view, and how it was read (null until the search index has loaded). */
  search: { query: string; text: TextMatch | null; searching: boolean; nearest: readonly NearestEvent[] };
  /** A nearest match offered after an empty search: show that event. */
  onPickNearest(id: string): void;
  /** During a search for words: whether the cards are in date order (else best match first); null otherwise. */
  byDate: boolean | null;
  onByDate(byDate: boolean): void;
}

/** The events that match: a count the screen reader hears, the downloads, the active filters and the cards. */
export function EventsSection(props: EventsSectionProps) {
  const {
    status,
    matches,
    chips,
    onRemoveFilter,
    onClearAll,
    onDownload,
    search,
    onPickNearest,
    byDate,
    onByDate,
    ...cards
  } = props;
  // A control that clears the filters goes away with them: the focus lands on the events' heading, where
  // the count of what now matches is read next.
  const heading = useRef<HTMLSpanElement>(null);
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  const clearAll = () => {
    onClearAll();
    focusHeading();
  };
  return (
    <section aria-labelledby="events-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="events-heading" className="font-serif text-2xl font-semibold">
          <span ref={heading} id="events" tabIndex={-1} className="scroll-mt-4 outline-none">
            <Trans>Events</Trans>
          </span>
        </h2>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p role="status" className="text-sm text-[var(--muted)]">
            {status}
          </p>
          {byDate !== null && matches > 1 && (
            <label className="inline-flex min-h-9 items-center gap-2 text-sm print:hidden">
              <input
                type="checkbox"
                checked={byDate}
                onChange={(event) => onByDate(event.target.checked)}
                className="size-4 accent-[var(--accent)]"
              />
              <Trans>Sort by date</Trans>
            </label>
          )}
          {!cards.embedded && matches > 0 && (
            <span className="flex gap-1.5 print:hidden">
              <Button size="sm" onClick={() => onDownload("csv")}>
                <Trans>Download CSV</Trans>
              </Button>
              <Button size="sm" onClick={() => onDownload("json")}>
                <Trans>Download JSON</Trans>
              </Button>
            </span>
          )}
        </div>
      </div>
      <div className="mb-4">
        <ActiveFilters chips={chips} onRemove={onRemoveFilter} onClearAll={onClearAll} focusAfter={focusHeading} />
      </div>
      {cards.events.length > 0 && <SearchNote text={search.text} />}
      {cards.events.length === 0 && search.searching ? (
        <p className="px-6 py-10 text-center text-sm text-[var(--muted)]">
          <Trans>Searching…</Trans>
        </p>
      ) : cards.events.length === 0 ? (
        <div className="rounded-lg border border-dashed border-[var(--line)] px-6 py-10 text-center">
          {search.query !== "" ? (
            <NothingFound text={search.text} query={search.query} nearest={search.nearest} onPick={onPickNearest} />
          ) : (
            <p className="font-serif text-lg font-semibold">
              <Trans>No events match these filters.</Trans>
            </p>
          )}
          <p className="mt-4 text-sm text-[var(--muted)]">
            <Trans>Try fewer filters, or start again from every event.</Trans>
          </p>
          <Button variant="primary" size="lg" className="mt-4" onClick={clearAll}>
            <Trans>Clear all filters</Trans>
          </Button>
        </div>
      ) : (
        <CardList {...cards} />
      )}
    </section>
  );
}
