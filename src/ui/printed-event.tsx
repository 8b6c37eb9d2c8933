import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatEventDate } from "../domain/format-date";
import { PROVENANCE_LABELS } from "../domain/labels";
import type { SourceRef, TimelineEvent } from "../domain/schema";
import { asText } from "./as-text";
import { PrintedCitation, PrintedPerspective } from "./printed-citation";

/** How a printed event names what it refers to, in the dataset's language. */
export interface PrintContext {
  locale: string;
  trackLabel(id: string): string;
  actorLabel(id: string): string;
  /** The dataset is drawn from an article: say where each event comes from. */
  article: boolean;
  /** The `lang` of the dataset's own words (the article's, each side's, the sources') on a page in another language. */
  original?: string | undefined;
  /** The `lang` of an event's text as shown (translated, or left in the original), where it is not the page's. */
  textLang?: ((id: string, field: "title" | "summary" | "details" | "notes") => string | undefined) | undefined;
}

/**
 * An event on paper, as the worksheet prints it for a student to answer from: its date and track, title,
 * summary, details, the article's own words, the notes on the record, what each side said and the
 * sources, each with its full address (paper has no links).
 */
export function PrintedEvent({ event, context }: { event: TimelineEvent; context: PrintContext }) {
  const { locale, original } = context;
  const lang = (field: "title" | "summary" | "details" | "notes") => context.textLang?.(event.id, field);
  return (
    <>
      <p className="text-sm">
        <strong>{formatEventDate(event, { locale })}</strong> · <bdi>{context.trackLabel(event.track)}</bdi>
        {context.article && ` · ${i18n._(PROVENANCE_LABELS[event.provenance])}`}
      </p>
      <h2 className="font-serif text-lg font-bold">
        <bdi lang={lang("title")}>{event.title}</bdi>
      </h2>
      <p>
        <bdi lang={lang("summary")}>{event.summary}</bdi>
      </p>
      {event.details && (
        <div className="mt-1 space-y-1 text-sm">
          <strong>{t`Details:`}</strong>
          {event.details.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>
              <bdi lang={lang("details")}>{paragraph}</bdi>
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
              The article says: “<bdi lang={original}>{text}</bdi>” (paragraph {paragraph})
            </Trans>
          </p>
        );
      })}
      {event.notes && (
        <div className="mt-1 border-s-2 border-black ps-2 text-sm">
          <strong>{t`Notes on the record:`}</strong>
          {event.notes.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>
              <bdi lang={lang("notes")}>{paragraph}</bdi>
            </p>
          ))}
        </div>
      )}
      {event.perspectives && event.perspectives.length > 0 && (
        <div className="mt-1 text-sm">
          <strong>{t`How each side saw it:`}</strong>
          <ul className="list-disc ps-5">
            {event.perspectives.map((perspective, index) => (
              <li key={index}>
                <bdi>
                  <PrintedPerspective
                    perspective={perspective}
                    actorLabel={context.actorLabel(perspective.actor)}
                    locale={locale}
                    lang={original}
                  />
                </bdi>{" "}
                (<PrintedSource source={perspective.source} locale={locale} lang={original} />)
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
                Source: <PrintedSource source={source} locale={locale} lang={original} />
              </Trans>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A source with its whole address, so a student can find it again from the paper. */
function PrintedSource({ source, locale, lang }: { source: SourceRef; locale: string; lang: string | undefined }) {
  return (
    <>
      <bdi>
        <PrintedCitation source={source} locale={locale} lang={lang} />
      </bdi>
      {source.url && (
        <span className="break-all" dir="ltr">
          {" "}
          {source.url}
        </span>
      )}
    </>
  );
}
