import { t } from "@lingui/core/macro";
import type { FilterChip } from "../../domain/active-filters";
import type { ViewState } from "../../domain/view-state";
import { useFocusAfterRemoval } from "../../hooks/use-focus-after-removal";

export interface ActiveFiltersProps {
  chips: readonly FilterChip[];
  onRemove(patch: Partial<ViewState>): void;
  onClearAll(): void;
  /** Where the focus goes when the chips it was on are all gone (the last removed, or Clear all). */
  focusAfter(): void;
}

/** The active filters as removable chips, and "Clear all". */
export function ActiveFilters({ chips, onRemove, onClearAll, focusAfter }: ActiveFiltersProps) {
  // A removed chip's focus goes to the chip that took its place (or the one before, or Clear all).
  const { list: group, removing } = useFocusAfterRemoval<HTMLDivElement>(chips, "button", focusAfter);

  if (chips.length === 0) return null;
  return (
    <div ref={group} className="flex flex-wrap items-center gap-1.5" role="group" aria-label={t`Active filters`}>
      {chips.map(({ key, label, remove }, index) => (
        <button
          key={key}
          type="button"
          onClick={() => {
            removing(index);
            onRemove(remove);
          }}
          aria-label={t`Remove filter ${label}`}
          className="inline-flex min-h-8 max-w-full items-center gap-1.5 rounded-full border border-[var(--line)] bg-[var(--surface)] py-1 pe-2 ps-3 text-xs font-medium hover:border-[var(--accent)]"
        >
          <bdi className="truncate">{label}</bdi>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 shrink-0" stroke="currentColor" strokeWidth="2">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      ))}
      <button
        type="button"
        onClick={() => {
          onClearAll();
          focusAfter();
        }}
        className="min-h-8 rounded-full px-3 py-1 text-xs font-semibold text-[var(--accent)] underline underline-offset-2"
      >
        {t`Clear all`}
      </button>
    </div>
  );
}
