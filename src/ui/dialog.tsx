import { t } from "@lingui/core/macro";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import { keepFocusInside } from "./focus-trap";

export interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** "center": a dialog over the page; "side": a drawer sliding in from the right (the filters on a phone). */
  placement?: "center" | "side";
  /** A wider centred dialog, for a preview beside its settings. */
  wide?: boolean;
  /** Below the scrolling content: the action the dialog leads to ("Show 12 events"). */
  footer?: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the page behind it is inert, focus moves in and is kept inside,
 * Escape and Close close it, and focus goes back to whatever opened it. A click on the backdrop closes a
 * drawer too (a pointer shortcut; the keyboard has Escape and Close).
 */
export function Dialog({ open, title, onClose, children, placement = "center", wide = false, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a dialog may name a better one (the field to copy from).
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const side = placement === "side";
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => keepFocusInside(event, event.currentTarget)}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes a drawer.
        if (side && event.target === event.currentTarget) onClose();
      }}
      className={
        side
          ? "fixed inset-y-0 end-0 start-auto m-0 h-full max-h-none w-[min(24rem,100vw)] max-w-none bg-[var(--page)] p-0 text-[var(--ink)] shadow-2xl backdrop:bg-black/40"
          : `m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] ${wide ? "max-w-3xl" : "max-w-lg"} rounded-xl border border-[var(--line)] bg-[var(--page)] p-0 text-[var(--ink)] shadow-2xl backdrop:bg-black/50`
      }
    >
      <div className={side ? "flex h-full flex-col" : "flex max-h-[calc(100dvh-2rem)] flex-col"}>
        <div className="flex items-center justify-between gap-4 border-b border-[var(--line)] px-5 py-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <Button onClick={onClose}>{t`Close`}</Button>
        </div>
        <div className={`${side ? "flex-1" : ""} overflow-y-auto px-5 py-4`}>{open && children}</div>
        {footer && <div className="border-t border-[var(--line)] px-5 py-3">{footer}</div>}
      </div>
    </dialog>
  );
}
