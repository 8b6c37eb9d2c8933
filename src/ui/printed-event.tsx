import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatEventDate } from "../domain/format-date";
import { PROVENANCE_LABELS, citationText, perspectiveText } from "../domain/labels";
import type { SourceRef, TimelineEvent } from "../domain/schema";
import { asText } from "./as-text";

/** How a printed event names what it refers to, in the dataset's language. */
export interface PrintContext {
  locale: string;
  trackLabel(id: string): string;
  actorLabel(id: string): string;
  /** The dataset is drawn from an article: say where each event comes from. */
  article: boolean;
}

/**
 * An event on paper, as the worksheet prints it for a student to answer from: its date and track, title,
 * summary, details, the article's own words, the notes on the record, what each side said and the
 * sources, each with its full address (paper has no links).
 */
export function PrintedEvent({ event, context }: { event: TimelineEvent; context: PrintContext }) {
  const { locale } = context;
  return (
    <>
      <p className="text-sm">
        <strong>{formatEventDate(event, { locale })}</strong> · <bdi>{context.trackLabel(event.track)}</bdi>
        {context.article && ` · ${i18n._(PROVENANCE_LABELS[event.provenance])}`}
      </p>
      <h2 className="font-serif text-lg font-bold">
        <bdi>{event.title}</bdi>
      </h2>
      <p>
        <bdi>{event.summary}</bdi>
      </p>
      {event.details && (
        <div className="mt-1 space-y-1 text-sm">
          <strong>{t`Details:`}</strong>
          {event.details.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>
              <bdi>{paragraph}</bdi>
            </p>
          ))}
        </div>
      )}
      {event.articleQuotes?.map((quote, index) => {
        const text = asText(quote.text);
        const paragraph = quote.paragraph;
        return (
          <p key={index} className="mt-1 text-sm">
            <Trans>
              The article says: “<bdi>{text}</bdi>” (paragraph {paragraph})
            </Trans>
          </p>
        );
      })}
      {event.notes && (
        <div className="mt-1 border-l-2 border-black pl-2 text-sm">
          <strong>{t`Notes on the record:`}</strong>
          {event.notes.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>
              <bdi>{paragraph}</bdi>
            </p>
          ))}
        </div>
      )}
      {event.perspectives && event.perspectives.length > 0 && (
        <div className="mt-1 text-sm">
          <strong>{t`How each side saw it:`}</strong>
          <ul className="list-disc pl-5">
            {event.perspectives.map((perspective, index) => (
              <li key={index}>
                <bdi>{perspectiveText(perspective, context.actorLabel(perspective.actor), locale)}</bdi> (
                <PrintedSource source={perspective.source} locale={locale} />)
              </li>
            ))}
          </ul>
        </div>
      )}
      {event.sources.length > 0 && (
        <ul className="mt-1 text-sm">
          {event.sources.map((source, index) => (
            <li key={index}>
              <Trans>
                Source: <PrintedSource source={source} locale={locale} />
              </Trans>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A source with its whole address, so a student can find it again from the paper. */
function PrintedSource({ source, locale }: { source: SourceRef; locale: string }) {
  return (
    <>
      <bdi>{citationText(source, locale)}</bdi>
      {source.url && <span className="break-all"> {source.url}</span>}
    </>
  );
}
