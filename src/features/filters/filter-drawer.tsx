import { useEffect, useRef, type ReactNode } from "react";
import { keepFocusInside } from "../../hooks/focus-trap";

export interface FilterDrawerProps {
  open: boolean;
  onClose(): void;
  /** "Show 12 events": what closing the drawer leads to. */
  doneLabel: string;
  children: ReactNode;
}

/**
 * The filters on a phone: a modal dialog sliding in from the side. The native <dialog> keeps focus
 * inside, closes on Escape and gives focus back to the button that opened it.
 */
export function FilterDrawer({ open, onClose, doneLabel, children }: FilterDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    // The backdrop click is a pointer shortcut; Escape and the Close buttons are the keyboard's way out.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby="filters-drawer-title"
      onClose={onClose}
      onKeyDown={(event) => keepFocusInside(event, event.currentTarget)}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-[min(24rem,100vw)] max-w-none bg-[var(--page)] p-0 text-[var(--ink)] shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-[var(--line)] px-4 py-3">
          <h2 id="filters-drawer-title" className="text-lg font-semibold">
            Filters
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="min-h-9 rounded-md border border-[var(--line)] px-3 text-sm font-medium"
          >
            Close
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-4 py-4">{children}</div>
        <div className="border-t border-[var(--line)] px-4 py-3">
          <button
            type="button"
            onClick={onClose}
            className="w-full rounded-md bg-[var(--accent)] px-4 py-2.5 text-sm font-semibold text-[var(--surface)]"
          >
            {doneLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
