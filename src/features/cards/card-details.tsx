import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import { formatDateText } from "../../domain/format-date";
import { PROVENANCE_DESCRIPTIONS, PROVENANCE_LABELS, SOURCE_KIND_HINTS, SOURCE_KIND_LABELS } from "../../domain/labels";
import { listSeparator } from "../../domain/list-text";
import type { Claim, Perspective, SourceRef, TimelineEvent } from "../../domain/schema";
import { langOf } from "../../domain/locales";
import { webUrl } from "../../domain/urls";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";
import { VERDICT_BORDERS, VerdictBadge } from "../../ui/verdict";
import type { CardContext } from "./event-card";
import { RelatedList } from "./related-list";

/** "In English": the language a text is in, named in the page's language. */
export function inLanguage(text: string, page: string): string {
  // The explorer's own languages are named by the catalogue: Chromium's Intl has no Pashto, and would
  // name English in English on a Pashto page.
  const base = text.toLowerCase().split("-")[0];
  if (base === "en") return t`In English`;
  if (base === "es") return t`In Spanish`;
  if (base === "fa") return t`In Dari`;
  if (base === "ps") return t`In Pashto`;
  let name = text;
  try {
    name = new Intl.DisplayNames([page], { type: "language" }).of(text) ?? text;
  } catch {
    // a tag Intl does not know is named as written
  }
  return t`In ${name}`;
}

/**
 * A section heading's mark when its text is in another language than the page's ("Details · In English"),
 * so a reader sees what a screen reader hears from the text's lang.
 */
function InLanguage({ lang, page }: { lang: string | undefined; page: string }) {
  if (!lang) return null;
  return (
    <span className="font-normal tracking-normal normal-case">
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      {inLanguage(lang, page)}
    </span>
  );
}

/** What a selected card shows below its summary: the details, the article's words, the notes, each side, the sources, the related events. */
export function Details({
  id,
  event,
  context,
  onSelectRelated,
  onOpenClaim,
}: {
  id: string;
  event: TimelineEvent;
  context: CardContext;
  onSelectRelated(id: string): void;
  onOpenClaim?: ((id: string) => void) | undefined;
}) {
  const related = context.related(event.id);
  const claims = context.claims(event.id);
  // The article's words, each side's and the sources are always in the dataset's own language.
  const original = langOf(context.originalLanguage, context.pageLanguage);
  const detailsLang = langOf(context.textLanguage(event.id, "details"), context.pageLanguage);
  const notesLang = langOf(context.textLanguage(event.id, "notes"), context.pageLanguage);
  const heading = "mt-5 mb-1.5 text-xs font-semibold tracking-wide text-[var(--muted)] uppercase";
  const provenance = i18n._(PROVENANCE_LABELS[event.provenance]);
  const meaning = i18n._(PROVENANCE_DESCRIPTIONS[event.provenance]);
  const paragraphs = event.articleParagraphs.length;
  const list = event.articleParagraphs.map((paragraph) => `P${paragraph}`).join(listSeparator());
  return (
    <div id={id} className="mt-4 border-t border-[var(--line)] pt-2">
      {context.article && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          <Trans comment="a provenance and what it means: In the article: The source article reports this event.">
            <span className="font-medium text-[var(--ink)]">{provenance}:</span> {meaning}
          </Trans>
        </p>
      )}
      {event.details && (
        <>
          <h4 className={heading}>
            {t`Details`}
            <InLanguage lang={detailsLang} page={context.pageLanguage} />
          </h4>
          <div lang={detailsLang} dir="auto">
            <Paragraphs text={event.details} />
          </div>
        </>
      )}
      {event.articleQuotes && event.articleQuotes.length > 0 ? (
        <ul className="mt-4 space-y-2" aria-label={t`The article's words`}>
          {event.articleQuotes.map((quote, index) => {
            const text = asText(quote.text);
            const paragraph = quote.paragraph;
            return (
              <li key={index} className="text-sm leading-relaxed">
                <Trans>
                  <span className="font-medium">The article says:</span>{" "}
                  <q className="italic" lang={original}>
                    <bdi>{text}</bdi>
                  </q>{" "}
                  <span className="text-[var(--muted)]">(paragraph {paragraph})</span>
                </Trans>
              </li>
            );
          })}
        </ul>
      ) : (
        event.articleParagraphs.length > 0 && (
          // Each form the whole paragraph: a plural's forms must be elements for their words to be one message.
          <Plural
            value={paragraphs}
            one={
              <p className="mt-4 text-sm">
                <span className="font-medium">From the article:</span> paragraph {list}
              </p>
            }
            other={
              <p className="mt-4 text-sm">
                <span className="font-medium">From the article:</span> paragraphs {list}
              </p>
            }
          />
        )
      )}
      {event.notes && (
        <div className="mt-3 rounded-md border-s-4 border-[var(--track-1)] bg-[color-mix(in_srgb,var(--track-1)_8%,var(--surface))] px-3 py-2">
          <h4 className="mb-1 text-xs font-semibold tracking-wide uppercase">
            {t`Notes on the record`}
            <InLanguage lang={notesLang} page={context.pageLanguage} />
          </h4>
          <div lang={notesLang} dir="auto">
            <Paragraphs text={event.notes} />
          </div>
        </div>
      )}
      {claims.length > 0 && (
        <>
          <h4 className={heading}>{t`What the article claims`}</h4>
          <ul className="space-y-2">
            {claims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} lang={original} onOpen={onOpenClaim} />
            ))}
          </ul>
        </>
      )}
      {event.perspectives && event.perspectives.length > 0 && (
        <>
          <h4 className={heading}>
            {t`How each side saw it`}
            <InLanguage lang={original} page={context.pageLanguage} />
          </h4>
          <ul className="space-y-3">
            {event.perspectives.map((perspective, index) => (
              <PerspectiveItem key={index} perspective={perspective} context={context} />
            ))}
          </ul>
        </>
      )}
      {event.sources.length > 0 && (
        <>
          <h4 className={heading}>{t`Sources`}</h4>
          <ul className="space-y-1.5 text-sm">
            {event.sources.map((source, index) => (
              <li key={index} className="leading-snug">
                <SourceCitation source={source} locale={context.locale} lang={original} />
              </li>
            ))}
          </ul>
        </>
      )}
      {related.length > 0 && (
        <>
          <h4 className={heading}>{t`Related events`}</h4>
          <RelatedList related={related} isShown={context.isShown} onSelect={onSelectRelated} />
        </>
      )}
    </div>
  );
}

/**
 * One of the article's claims about the event: its verdict (a mark and a word), the article's words, and the
 * way to the claim in "Check the article", where the explanation and the other events are. The explanation
 * is not repeated here: the card stays short, and the student reads the verdict's reasons where they can
 * judge them against every event the claim names.
 */
function ClaimItem({
  claim,
  lang,
  onOpen,
}: {
  claim: Claim;
  lang: string | undefined;
  onOpen: ((id: string) => void) | undefined;
}) {
  const paragraph = claim.paragraph;
  return (
    <li
      data-claim-id={claim.id}
      className={`rounded-md border-s-4 bg-[var(--page)] px-3 py-2 text-sm leading-relaxed ${VERDICT_BORDERS[claim.verdict]}`}
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <VerdictBadge verdict={claim.verdict} className="text-xs" />
        <span className="text-[var(--muted)]">{t`Paragraph ${paragraph}`}</span>
      </p>
      <p className="mt-1">
        <span className="sr-only">{t`The article says:`} </span>
        <q className="italic" lang={lang} dir="auto">
          <bdi>{claim.text}</bdi>
        </q>
      </p>
      {onOpen && (
        <Button variant="link" className="mt-1 inline-block text-sm print:hidden" onClick={() => onOpen(claim.id)}>
          {t`See in Check the article`}
        </Button>
      )}
    </li>
  );
}

function PerspectiveItem({ perspective, context }: { perspective: Perspective; context: CardContext }) {
  const original = langOf(context.originalLanguage, context.pageLanguage);
  return (
    <li className="border-s-2 border-[var(--line)] ps-3 text-sm leading-relaxed">
      <p>
        <bdi className="font-semibold">{context.actorLabel(perspective.actor)}</bdi>
        {perspective.date && (
          <span className="text-[var(--muted)]">
            {" "}
            · <time dateTime={perspective.date}>{formatDateText(perspective.date, { locale: context.locale })}</time>
          </span>
        )}
      </p>
      {perspective.words && (
        <blockquote className="mt-0.5" lang={original} dir="auto">
          <q>
            <bdi>{perspective.words}</bdi>
          </q>
        </blockquote>
      )}
      {perspective.paraphrase && (
        <p className="mt-0.5" lang={original} dir="auto">
          {perspective.words && <span className="sr-only">{t`In other words:`} </span>}
          <bdi>{perspective.paraphrase}</bdi>
        </p>
      )}
      <p className="mt-0.5 text-xs">
        <span className="text-[var(--muted)]">{t`Source:`} </span>
        <SourceCitation source={perspective.source} locale={context.locale} lang={original} />
      </p>
    </li>
  );
}

/**
 * A source as a reader checks it: its title (a link when it is a web address), who published it, when, and
 * what kind it is. The title and the publishers' names are in the dataset's own language (`lang`, when it is
 * not the page's), the words around them in the page's.
 */
function SourceCitation({ source, locale, lang }: { source: SourceRef; locale: string; lang: string | undefined }) {
  const publisher = <bdi lang={lang}>{source.publisher}</bdi>;
  const via = source.via;
  const href = webUrl(source.url, document.baseURI);
  return (
    <>
      {source.kind && (
        <span
          title={i18n._(SOURCE_KIND_HINTS[source.kind])}
          className={[
            "me-1.5 inline-block rounded border px-1.5 text-[0.6875rem] leading-4 font-semibold tracking-wide uppercase",
            source.kind === "primary"
              ? "border-[var(--ink)] text-[var(--ink)]"
              : "border-[var(--line)] text-[var(--muted)]",
          ].join(" ")}
        >
          {i18n._(SOURCE_KIND_LABELS[source.kind])}
        </span>
      )}
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-[var(--accent)] underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          <bdi lang={lang}>{source.title}</bdi>
          <span className="sr-only"> {t`(opens in a new tab)`}</span>
        </a>
      ) : (
        <bdi className="font-medium" lang={lang}>
          {source.title}
        </bdi>
      )}
      <span className="text-[var(--muted)]">
        {" "}
        ·{" "}
        {via ? (
          <Trans comment="a source's publisher, and the site that carries it (whose page the link is)">
            {publisher}, via <bdi lang={lang}>{via}</bdi>
          </Trans>
        ) : (
          publisher
        )}
        {source.date ? ` · ${formatDateText(source.date, { locale })}` : ""}
      </span>
      {!href && source.url && <span className="block text-xs break-all text-[var(--muted)]">{source.url}</span>}
    </>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <div className="space-y-2 leading-relaxed">
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
    </div>
  );
}
