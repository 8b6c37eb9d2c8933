import { i18n } from "@lingui/core";
import { plural } from "@lingui/core/macro";
import type { ReactNode } from "react";

/** The filter panel's pieces: a fieldset's legend and a checkbox with its count. */

export function Legend({ children }: { children: ReactNode }) {
  return <legend className="mb-2 text-xs font-semibold tracking-wide text-[var(--muted)] uppercase">{children}</legend>;
}

export interface CheckboxProps {
  id: string;
  label: string;
  count: number;
  checked: boolean;
  onChange(checked: boolean): void;
  swatch?: number;
  /** One line under the label saying what the option means, read with it by screen readers. */
  description?: string;
}

export function Checkbox({ id, label, count, checked, onChange, swatch, description }: CheckboxProps) {
  const row = (
    <div className="flex min-h-8 items-center gap-2 rounded px-1 hover:bg-[color-mix(in_srgb,var(--accent)_7%,transparent)]">
      <input
        id={id}
        type="checkbox"
        className="size-4 shrink-0 accent-[var(--accent)]"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={description ? `${id}-count ${id}-description` : `${id}-count`}
      />
      <label htmlFor={id} className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1">
        {swatch !== undefined && (
          <span className={`track-swatch-${swatch} inline-block h-3 w-1.5 shrink-0 rounded-sm bg-[var(--track)]`} />
        )}
        <bdi className="min-w-0 flex-1">{label}</bdi>
      </label>
      <span id={`${id}-count`} className="shrink-0 text-xs text-[var(--muted)] tabular-nums">
        {i18n.number(count)}
        <span className="sr-only">
          {" "}
          {plural(count, {
            one: "event",
            other: "events",
          })}
        </span>
      </span>
    </div>
  );
  if (!description) return row;
  return (
    <>
      {row}
      <p id={`${id}-description`} className="mb-1 ms-7 text-xs leading-snug text-[var(--muted)]">
        {description}
      </p>
    </>
  );
}
