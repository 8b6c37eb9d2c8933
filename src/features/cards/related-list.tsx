import { t } from "@lingui/core/macro";
import type { RelatedLink } from "../../domain/related";

/** The selected card's links to other events, each a button that selects that event. */
export function RelatedList({
  related,
  isShown,
  onSelect,
}: {
  related: readonly RelatedLink[];
  /** Whether an event is among those the filters show; one that is not says so. */
  isShown(id: string): boolean;
  onSelect(id: string): void;
}) {
  return (
    <ul className="flex flex-col gap-1.5">
      {related.map((link) => (
        <li key={link.event.id}>
          <button
            type="button"
            onClick={() => onSelect(link.event.id)}
            className="group inline-flex min-h-8 w-full flex-wrap items-baseline gap-x-2 rounded-md border border-[var(--line)] px-3 py-1.5 text-start text-sm hover:border-[var(--accent)]"
          >
            <span className="shrink-0 text-xs font-semibold text-[var(--muted)]">{link.phrase}:</span>
            <bdi className="font-medium group-hover:text-[var(--accent)]">{link.event.title}</bdi>
            {!isShown(link.event.id) && (
              // On a phone on a line of its own, so the title keeps the width to read.
              <span className="ms-auto shrink-0 text-xs text-[var(--muted)] max-sm:ms-0 max-sm:basis-full">
                {t`(outside your filters)`}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
