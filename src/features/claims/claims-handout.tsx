import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { claimsByParagraph } from "../../domain/claims";
import { VERDICT_LABELS, VERDICT_MARKS, VERDICT_MEANINGS } from "../../domain/labels";
import type { Claim } from "../../domain/schema";
import type { ClaimEvent } from "./claims-view";

export interface ClaimsHandoutProps {
  /** The dataset's title, the handout's heading. */
  title: string;
  claims: readonly Claim[];
  articleLanguage?: string | undefined;
  source?: { title: string; publisher: string; url?: string | undefined };
  eventOf(id: string): ClaimEvent | null;
  /** The link back to this view, for the class to open; null when no link opens it (a file). */
  link: string | null;
}

/**
 * "Check the article" on paper: every claim of the article, grouped by paragraph, with its verdict in words
 * (and a mark: never colour alone), our explanation and the events that show the record, in black on white.
 * Rendered only while printing, in place of the events' handout (see PrintPart).
 */
export function ClaimsHandout({ title, claims, articleLanguage, source, eventOf, link }: ClaimsHandoutProps) {
  // A link reads left to right on a Dari or Pashto page too: isolated, its punctuation stays in place.
  const online = <bdi dir="ltr">{link}</bdi>;
  const count = claims.length;
  return (
    <article className="te-handout hidden text-black print:block" aria-label={t`Printed claims`}>
      <header className="mb-4 border-b-2 border-black pb-2">
        <h1 className="font-serif text-xl font-bold">
          <Trans>Check the article: {title}</Trans>
        </h1>
        <p className="mt-1 text-sm">
          {source ? (
            <Trans>
              The article: “<bdi lang={articleLanguage}>{source.title}</bdi>”,{" "}
              <bdi lang={articleLanguage}>{source.publisher}</bdi>.
            </Trans>
          ) : null}{" "}
          {plural(count, {
            one: "# claim of the article, in its order, beside what the record shows.",
            other: "# claims of the article, in its order, beside what the record shows.",
          })}
        </p>
        <p className="text-sm break-all">
          {link ? (
            <Trans>
              <strong>Online:</strong> {online}
            </Trans>
          ) : (
            <Trans>Opened from a file: no link opens this view.</Trans>
          )}
        </p>
      </header>
      {claimsByParagraph(claims).map(({ paragraph, claims: inParagraph }) => (
        <section key={paragraph} className="mb-4">
          <h2 className="mb-2 text-sm font-bold tracking-wide uppercase break-after-avoid">
            <Trans>Paragraph {paragraph}</Trans>
          </h2>
          <ol className="space-y-3">
            {inParagraph.map((claim) => (
              <HandoutClaim key={claim.id} claim={claim} articleLanguage={articleLanguage} eventOf={eventOf} />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}

function HandoutClaim({
  claim,
  articleLanguage,
  eventOf,
}: {
  claim: Claim;
  articleLanguage?: string | undefined;
  eventOf(id: string): ClaimEvent | null;
}) {
  const verdict = i18n._(VERDICT_LABELS[claim.verdict]);
  const meaning = i18n._(VERDICT_MEANINGS[claim.verdict]);
  const events = claim.events.flatMap((id) => eventOf(id) ?? []);
  return (
    <li className="break-inside-avoid border-s-4 border-black ps-3">
      <p className="font-serif">
        <q lang={articleLanguage} dir="auto">
          {claim.text}
        </q>
      </p>
      <p className="mt-1 text-sm">
        <strong>
          <span aria-hidden="true">{VERDICT_MARKS[claim.verdict]} </span>
          <Trans>Verdict: {verdict}</Trans>
        </strong>{" "}
        ({meaning})
      </p>
      <p className="mt-1 text-sm">{claim.explanation}</p>
      {events.length > 0 && (
        <p className="mt-1 text-sm">
          <strong>
            <Trans>What the record shows:</Trans>
          </strong>{" "}
          {events.map((event, index) => (
            <span key={index}>
              {index > 0 && "; "}
              <bdi>{event.title}</bdi> ({event.date})
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
