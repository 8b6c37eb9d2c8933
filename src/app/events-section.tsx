import type { FilterChip } from "../domain/active-filters";
import type { TimelineEvent } from "../domain/schema";
import type { ViewState } from "../domain/view-state";
import { CardList, type RevealRequest } from "../features/cards/card-list";
import type { CardContext } from "../features/cards/event-card";
import { ActiveFilters } from "../features/filters/active-filters";
import { Button } from "../ui/button";

export interface EventsSectionProps {
  /** "12 of 62 events". */
  status: string;
  matches: number;
  shown: readonly TimelineEvent[];
  chips: readonly FilterChip[];
  context: CardContext;
  selectedId: string | null;
  hoveredId: string | null;
  outsideFiltersId: string | null;
  reveal: RevealRequest | null;
  reducedMotion: boolean;
  embedded: boolean;
  onToggle(id: string): void;
  onSelectRelated(id: string): void;
  onHover(id: string | null): void;
  onRemoveFilter(patch: Partial<ViewState>): void;
  onClearAll(): void;
  onDownload(format: "csv" | "json"): void;
}

/** The events that match: a count the screen reader hears, the downloads, the active filters and the cards. */
export function EventsSection(props: EventsSectionProps) {
  const { status, matches, shown, chips, embedded, onClearAll, onDownload } = props;
  return (
    <section aria-labelledby="events-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="events-heading" className="font-serif text-2xl font-semibold">
          <span id="events" tabIndex={-1} className="scroll-mt-4 outline-none">
            Events
          </span>
        </h2>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p role="status" className="text-sm text-[var(--muted)]">
            {status}
          </p>
          {!embedded && matches > 0 && (
            <span className="flex gap-1.5 print:hidden">
              <Button size="sm" onClick={() => onDownload("csv")}>
                Download CSV
              </Button>
              <Button size="sm" onClick={() => onDownload("json")}>
                Download JSON
              </Button>
            </span>
          )}
        </div>
      </div>
      <div className="mb-4">
        <ActiveFilters chips={chips} onRemove={props.onRemoveFilter} onClearAll={onClearAll} />
      </div>
      {shown.length === 0 ? (
        <div className="rounded-lg border border-dashed border-[var(--line)] px-6 py-10 text-center">
          <p className="font-serif text-lg font-semibold">No events match these filters.</p>
          <p className="mt-1 text-sm text-[var(--muted)]">Try fewer filters, or start again from every event.</p>
          <Button variant="primary" size="lg" className="mt-4" onClick={onClearAll}>
            Clear all filters
          </Button>
        </div>
      ) : (
        <CardList
          events={shown}
          context={props.context}
          selectedId={props.selectedId}
          hoveredId={props.hoveredId}
          outsideFiltersId={props.outsideFiltersId}
          reveal={props.reveal}
          reducedMotion={props.reducedMotion}
          embedded={embedded}
          onToggle={props.onToggle}
          onSelectRelated={props.onSelectRelated}
          onHover={props.onHover}
        />
      )}
    </section>
  );
}
