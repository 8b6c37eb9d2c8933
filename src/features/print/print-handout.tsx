import { i18n } from "@lingui/core";
import { formatEventDate } from "../../domain/format-date";
import { PROVENANCE_LABELS, citationText, hasSourceArticle, perspectiveText } from "../../domain/labels";
import type { Dataset, SourceRef, TimelineEvent } from "../../domain/schema";
import { absoluteWebUrl, siteName } from "../../domain/urls";

export interface PrintHandoutProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  /** The active filters in words. */
  filters: string;
  link: string;
}

/** The printed handout: title, filters in words, the link, then every matching event with its sources. */
export function PrintHandout({ dataset, events, filters, link }: PrintHandoutProps) {
  const track = new Map(dataset.tracks.map((item) => [item.id, item.label]));
  const article = hasSourceArticle(dataset);
  const actor = new Map(dataset.actors.map((item) => [item.id, item.label]));
  return (
    <article className="te-handout hidden text-black print:block" aria-label="Printable handout">
      <header className="mb-6 border-b-2 border-black pb-3">
        <h1 className="font-serif text-2xl font-bold">{dataset.title}</h1>
        {dataset.description && <p className="mt-1">{dataset.description}</p>}
        {dataset.source && (
          <p className="mt-1 text-sm">
            Source article: “{dataset.source.title}”, {dataset.source.publisher}
            {dataset.source.published
              ? `, ${formatEventDate({ start: dataset.source.published, precision: "day" }, { locale: dataset.language })}`
              : ""}
          </p>
        )}
        <p className="mt-3 text-sm">
          <strong>This view:</strong> {events.length} of {dataset.events.length} events. {filters}
        </p>
        <p className="mt-1 text-sm break-all">
          <strong>Online:</strong> {link}
        </p>
      </header>
      <ol className="space-y-4">
        {events.map((event) => (
          <li key={event.id} className="break-inside-avoid">
            <p className="text-sm">
              <strong>{formatEventDate(event, { locale: dataset.language })}</strong> ·{" "}
              <bdi>{track.get(event.track) ?? event.track}</bdi>
              {article && ` · ${i18n._(PROVENANCE_LABELS[event.provenance])}`}
            </p>
            <h2 className="font-serif text-lg font-bold">{event.title}</h2>
            <p>{event.summary}</p>
            {event.media && absoluteWebUrl(event.media.url) && (
              <figure className="mt-1">
                <img
                  src={absoluteWebUrl(event.media.url)!}
                  alt={event.media.alt}
                  referrerPolicy="no-referrer"
                  className="max-h-48"
                />
                {(event.media.caption || event.media.credit) && (
                  <figcaption className="text-sm">
                    {[event.media.caption, event.media.credit && `(${event.media.credit})`].filter(Boolean).join(" ")}
                  </figcaption>
                )}
              </figure>
            )}
            {event.articleQuotes?.map((quote, index) => (
              <p key={index} className="mt-1 text-sm">
                The article says: “<bdi>{quote.text}</bdi>” (paragraph {quote.paragraph})
              </p>
            ))}
            {event.notes && (
              <div className="mt-1 border-l-2 border-black pl-2 text-sm">
                <strong>Notes on the record:</strong>
                {event.notes.split(/\n\s*\n/).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            )}
            {event.perspectives && event.perspectives.length > 0 && (
              <div className="mt-1 text-sm">
                <strong>How each side saw it:</strong>
                <ul className="list-disc pl-5">
                  {event.perspectives.map((perspective, index) => (
                    <li key={index}>
                      <bdi>
                        {perspectiveText(
                          perspective,
                          actor.get(perspective.actor) ?? perspective.actor,
                          dataset.language,
                        )}
                      </bdi>{" "}
                      (<Citation source={perspective.source} locale={dataset.language} />)
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {event.sources.length > 0 && (
              <ul className="mt-1 text-sm">
                {event.sources.map((source, index) => (
                  <li key={index}>
                    Source: <Citation source={source} locale={dataset.language} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}

/**
 * A source as paper can hold it: the citation and the site's name. The name links to the page, so a
 * handout saved as PDF keeps every address; on paper the view's link at the top leads to them all.
 */
function Citation({ source, locale }: { source: SourceRef; locale: string }) {
  const site = siteName(source.url);
  return (
    <>
      <bdi>{citationText(source, locale)}</bdi>
      {site ? (
        <>
          {" "}
          <a href={source.url} className="underline">
            {site}
          </a>
        </>
      ) : source.url ? (
        <span className="break-all"> {source.url}</span>
      ) : null}
    </>
  );
}
