import { i18n } from "@lingui/core";
import { Trans } from "@lingui/react/macro";
import { VERDICT_LABELS, VERDICT_MARKS } from "../domain/labels";
import type { Verdict } from "../domain/schema";

/** The edge a claim's box is drawn with, by verdict: a help beside the word and the mark, never alone. */
export const VERDICT_BORDERS: Record<Verdict, string> = {
  accurate: "border-[var(--track-3)]",
  imprecise: "border-[var(--track-4)]",
  wrong: "border-[var(--track-1)]",
  unsupported: "border-dashed border-[var(--muted)]",
  opinion: "border-[var(--line)]",
};

/**
 * "✓ Verdict: Accurate": a claim's verdict as its mark and its word, the same on the view of claims, a card
 * and a lesson, so a student learns one sign for each. The mark is hidden from screen readers: the word says it.
 */
export function VerdictBadge({ verdict: code, className = "" }: { verdict: Verdict; className?: string }) {
  const verdict = i18n._(VERDICT_LABELS[code]);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border border-[var(--ink)] px-2 py-0.5 font-semibold ${className}`}
    >
      <span aria-hidden="true">{VERDICT_MARKS[code]}</span>
      <Trans>Verdict: {verdict}</Trans>
    </span>
  );
}
