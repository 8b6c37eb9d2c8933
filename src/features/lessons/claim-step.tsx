import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { useId } from "react";
import { VERDICT_MEANINGS } from "../../domain/labels";
import type { Claim } from "../../domain/schema";
import { Button } from "../../ui/button";
import { VERDICT_BORDERS, VerdictBadge } from "../../ui/verdict";

/** The article's words a step asks the student to judge: "The article says (paragraph 3): “…”". */
export function ClaimQuote({ claim, lang }: { claim: Claim; lang?: string | undefined }) {
  const paragraph = claim.paragraph;
  return (
    <figure className="mt-2 rounded-md border border-[var(--line)] bg-[var(--page)] px-3 py-2">
      <figcaption className="text-xs font-semibold tracking-wide text-[var(--muted)] uppercase">
        {t`The article says (paragraph ${paragraph}):`}
      </figcaption>
      <blockquote className="mt-1 font-serif leading-relaxed" lang={lang} dir="auto">
        <q>
          <bdi>{claim.text}</bdi>
        </q>
      </blockquote>
    </figure>
  );
}

/**
 * The verdict of a step's claim, hidden until the student asks for it: a student judges the claim first, in
 * their answer, then compares. A disclosure button (aria-expanded) shows the verdict as a mark and a word,
 * what the verdict means, and our explanation.
 */
export function VerdictReveal({
  claim,
  revealed,
  onReveal,
}: {
  claim: Claim;
  revealed: boolean;
  onReveal(revealed: boolean): void;
}) {
  const id = useId();
  return (
    <div className="mt-3">
      <Button size="sm" aria-expanded={revealed} aria-controls={id} onClick={() => onReveal(!revealed)}>
        {revealed ? t`Hide the verdict` : t`Reveal the verdict`}
      </Button>
      <div id={id} hidden={!revealed}>
        {revealed && (
          <div className={`mt-2 rounded-md border-s-4 px-3 py-2 text-sm ${VERDICT_BORDERS[claim.verdict]}`}>
            <p className="flex flex-wrap items-center gap-2">
              <VerdictBadge verdict={claim.verdict} />
              <span className="text-[var(--muted)]">{i18n._(VERDICT_MEANINGS[claim.verdict])}</span>
            </p>
            <p className="mt-2 leading-relaxed" dir="auto">
              {claim.explanation}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
