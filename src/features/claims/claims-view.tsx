import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { claimsByParagraph } from "../../domain/claims";
import { VERDICT_LABELS, VERDICT_MARKS, VERDICT_MEANINGS } from "../../domain/labels";
import type { Claim, Verdict } from "../../domain/schema";
import { VERDICTS } from "../../domain/limits";
import { webUrl } from "../../domain/urls";
import { Button } from "../../ui/button";
import { VERDICT_BORDERS, VerdictBadge } from "../../ui/verdict";

// The printed claims come with the view: printing renders them at once, with nothing left to load.
export { ClaimsHandout } from "./claims-handout";

export interface ClaimEvent {
  title: string;
  date: string;
}

export interface ClaimsViewProps {
  claims: readonly Claim[];
  /** The language the article's words are in, where it is not the page's (their lang attribute). */
  articleLanguage?: string;
  /** The article, as the dataset names it. */
  source?: { title: string; publisher: string; url?: string | undefined };
  /** An event's title and date, for the links to it; null for an event the dataset lacks. */
  eventOf(id: string): ClaimEvent | null;
  /** The claim the link opened (claim=), brought into sight and focused. */
  selected: string | null;
  onSelect(id: string | null): void;
  /** Shows an event: selected on the timeline, its card open. */
  onOpenEvent(id: string): void;
  onClose(): void;
  /** Prints the claims as a handout of their own. */
  onPrint(): void;
}

/**
 * "Check the article": each of the source article's claims beside what the record shows, in the article's
 * order and grouped by its paragraphs, each with its verdict as a word and a mark, our explanation, and the
 * events that show it. A filter by verdict, with counts.
 */
export function ClaimsView({
  claims,
  articleLanguage,
  source,
  eventOf,
  selected,
  onSelect,
  onOpenEvent,
  onClose,
  onPrint,
}: ClaimsViewProps) {
  const headingId = useId();
  const [shown, setShown] = useState<ReadonlySet<Verdict>>(() => new Set(VERDICTS));
  const counts = useMemo(() => {
    const byVerdict = new Map<Verdict, number>(VERDICTS.map((verdict) => [verdict, 0]));
    for (const claim of claims) byVerdict.set(claim.verdict, (byVerdict.get(claim.verdict) ?? 0) + 1);
    return byVerdict;
  }, [claims]);
  const visible = claims.filter((claim) => shown.has(claim.verdict) || claim.id === selected);
  const paragraphs = claimsByParagraph(visible);
  const sourceUrl = source ? webUrl(source.url, document.baseURI) : null;
  const total = claims.length;
  const count = visible.length;

  return (
    <section aria-labelledby={headingId} className="space-y-5" data-view="claims">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={headingId} className="font-serif text-2xl font-semibold">
          {/* Where the focus lands when the view opens from the header (like the events' #events). */}
          <span id="claims" tabIndex={-1} className="scroll-mt-4 outline-none">
            <Trans>Check the article</Trans>
          </span>
        </h2>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button onClick={onPrint}>
            <Trans>Print the claims</Trans>
          </Button>
          <Button onClick={onClose}>
            <Trans>Back to the events</Trans>
          </Button>
        </div>
      </div>
      <p className="max-w-3xl leading-relaxed text-[var(--muted)]">
        {source ? (
          <Trans>
            Each claim of{" "}
            {sourceUrl ? (
              <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className="text-[var(--accent)] underline">
                “<bdi lang={articleLanguage}>{source.title}</bdi>”
              </a>
            ) : (
              <>
                “<bdi lang={articleLanguage}>{source.title}</bdi>”
              </>
            )}{" "}
            (<bdi lang={articleLanguage}>{source.publisher}</bdi>), in the article's order, beside what the record
            shows. Judge each one yourself from its events before you read the verdict.
          </Trans>
        ) : (
          <Trans>Each claim of the source article, beside what the record shows.</Trans>
        )}
      </p>
      <VerdictFilter counts={counts} shown={shown} onChange={setShown} />
      <p role="status" className="text-sm text-[var(--muted)]">
        {plural(total, { one: `${count} of # claim`, other: `${count} of # claims` })}
      </p>
      {paragraphs.map(({ paragraph, claims: inParagraph }) => (
        <section key={paragraph} aria-label={t`Paragraph ${paragraph}`} className="space-y-3">
          <h3 className="text-xs font-semibold tracking-wide text-[var(--muted)] uppercase">
            <Trans>Paragraph {paragraph}</Trans>
          </h3>
          <ul className="space-y-3">
            {inParagraph.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                articleLanguage={articleLanguage}
                eventOf={eventOf}
                selected={claim.id === selected}
                onSelect={onSelect}
                onOpenEvent={onOpenEvent}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function VerdictFilter({
  counts,
  shown,
  onChange,
}: {
  counts: ReadonlyMap<Verdict, number>;
  shown: ReadonlySet<Verdict>;
  onChange(shown: ReadonlySet<Verdict>): void;
}) {
  const id = useId();
  return (
    <fieldset className="rounded-lg border border-[var(--line)] bg-[var(--surface)] p-3">
      <legend className="px-1 text-sm font-semibold">
        <Trans>Verdict</Trans>
      </legend>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {VERDICTS.map((verdict) => {
          const count = counts.get(verdict) ?? 0;
          return (
            <li key={verdict} className="inline-flex items-center gap-2">
              <input
                id={`${id}-${verdict}`}
                type="checkbox"
                checked={shown.has(verdict)}
                disabled={count === 0}
                onChange={(event) => {
                  const next = new Set(shown);
                  if (event.target.checked) next.add(verdict);
                  else next.delete(verdict);
                  onChange(next);
                }}
                aria-describedby={`${id}-${verdict}-meaning`}
                className="size-4 accent-[var(--accent)]"
              />
              <label htmlFor={`${id}-${verdict}`} className="text-sm">
                <span aria-hidden="true">{VERDICT_MARKS[verdict]} </span>
                {i18n._(VERDICT_LABELS[verdict])} <span className="text-[var(--muted)] tabular-nums">({count})</span>
              </label>
              <span id={`${id}-${verdict}-meaning`} className="sr-only">
                {i18n._(VERDICT_MEANINGS[verdict])}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function ClaimItem({
  claim,
  articleLanguage,
  eventOf,
  selected,
  onSelect,
  onOpenEvent,
}: {
  claim: Claim;
  articleLanguage?: string | undefined;
  eventOf(id: string): ClaimEvent | null;
  selected: boolean;
  onSelect(id: string | null): void;
  onOpenEvent(id: string): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A claim opened by a link is brought into sight and focused, so a screen reader starts there.
  useEffect(() => {
    if (!selected || !heading.current) return;
    heading.current.scrollIntoView({ block: "start" });
    heading.current.focus({ preventScroll: true });
  }, [selected]);
  const events = claim.events.flatMap((id) => {
    const event = eventOf(id);
    return event ? [{ id, ...event }] : [];
  });
  return (
    <li
      data-claim-id={claim.id}
      aria-current={selected ? "true" : undefined}
      className={`rounded-lg border-s-4 bg-[var(--surface)] p-4 ${VERDICT_BORDERS[claim.verdict]} ${selected ? "ring-2 ring-[var(--accent)]" : ""}`}
    >
      <h4 ref={heading} tabIndex={-1} className="leading-relaxed outline-none">
        <span className="sr-only">
          <Trans>The article says:</Trans>{" "}
        </span>
        <q className="font-serif text-lg" lang={articleLanguage} dir="auto">
          {claim.text}
        </q>
      </h4>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <VerdictBadge verdict={claim.verdict} />
        <span className="text-[var(--muted)]">{i18n._(VERDICT_MEANINGS[claim.verdict])}</span>
      </p>
      <p className="mt-2 leading-relaxed">{claim.explanation}</p>
      {events.length > 0 && (
        <div className="mt-3">
          <h5 className="text-xs font-semibold tracking-wide text-[var(--muted)] uppercase">
            <Trans>What the record shows</Trans>
          </h5>
          <ul className="mt-1 flex flex-wrap gap-2">
            {events.map((event) => (
              <li key={event.id}>
                <Button size="sm" onClick={() => onOpenEvent(event.id)}>
                  <span>
                    <bdi>{event.title}</bdi> <span className="text-[var(--muted)]">· {event.date}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {claim.sources && claim.sources.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {claim.sources.map((source, index) => {
            const url = webUrl(source.url, document.baseURI);
            return (
              <li key={index}>
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer" className="text-[var(--accent)] underline">
                    <bdi>{source.title}</bdi>
                  </a>
                ) : (
                  <bdi>{source.title}</bdi>
                )}
                , <bdi>{source.publisher}</bdi>
              </li>
            );
          })}
        </ul>
      )}
      {!selected && (
        <Button variant="link" className="mt-2 text-sm" onClick={() => onSelect(claim.id)}>
          <Trans>Link to this claim</Trans>
        </Button>
      )}
    </li>
  );
}
