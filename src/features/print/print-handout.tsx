import { i18n } from "@lingui/core";
import { msg, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatEventDate } from "../../domain/format-date";
import { PROVENANCE_LABELS, hasSourceArticle } from "../../domain/labels";
import type { Dataset, SourceRef, TimelineEvent } from "../../domain/schema";
import { absoluteWebUrl, siteName } from "../../domain/urls";
import { asText } from "../../ui/as-text";
import { PrintedCitation, PrintedPerspective } from "../../ui/printed-citation";

/** What the handout says around the events, in one place (rendered with i18n._ in the page's language). */
const TEXT = {
  label: msg`Printable handout`,
  view: msg`This view:`,
  online: msg`Online:`,
  offline: msg`Opened from a file on the teacher's computer: no link opens it.`,
  about: msg`About this timeline:`,
  notes: msg`Notes on the record:`,
  sides: msg`How each side saw it:`,
  source: msg`Source:`,
};

export interface PrintHandoutProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  /** The active filters in words. */
  filters: string;
  /** The view's link; null when no link opens this timeline (a file from the computer). */
  link: string | null;
  /** The short version: each event's date, title and summary only. */
  brief?: boolean;
  /** The locale dates are written in: the page's (by default the dataset's language). */
  locale?: string | undefined;
  /** Laid out on screen, out of sight, to count its pages (handout-pages.tsx). */
  measuring?: boolean;
  /**
   * The `lang` of the dataset's own words (the article's, each side's, the sources') where the page is in
   * another language; none where they are the page's.
   */
  original?: string | undefined;
  /** The `lang` of an event's text as shown (translated, or left in the original), where it is not the page's. */
  textLang?: ((id: string, field: "title" | "summary" | "notes") => string | undefined) | undefined;
}

/**
 * The printed handout: the title, the view in one line and its link, then every matching event, and
 * what the timeline is about at the end, so the first page starts with the events. Each unbreakable block
 * (an event's date, title and summary; a paragraph, a side's words, a source) is marked for counting pages.
 * An event longer than what is left of a page goes on across the break: kept whole, a long first event
 * would leave the first page almost empty.
 */
export function PrintHandout({
  dataset,
  events,
  filters,
  link,
  brief = false,
  measuring = false,
  locale = dataset.language,
  original,
  textLang = () => undefined,
}: PrintHandoutProps) {
  const track = new Map(dataset.tracks.map((item) => [item.id, item.label]));
  const article = hasSourceArticle(dataset);
  const actor = new Map(dataset.actors.map((item) => [item.id, item.label]));
  return (
    <article
      className={`te-handout text-black ${measuring ? "block" : "hidden print:block"}`}
      aria-label={i18n._(TEXT.label)}
    >
      <header className="mb-4 border-b-2 border-black pb-2" data-print-block="">
        <h1 className="font-serif text-xl font-bold">{dataset.title}</h1>
        <p className="mt-1 text-sm">
          <strong>{i18n._(TEXT.view)}</strong> {count(events.length, dataset.events.length)} {filters}
        </p>
        <p className="text-sm break-all">
          {link ? (
            <>
              <strong>{i18n._(TEXT.online)}</strong> <bdi dir="ltr">{link}</bdi>
            </>
          ) : (
            i18n._(TEXT.offline)
          )}
        </p>
      </header>
      <ol className={brief ? "space-y-3" : "space-y-4"}>
        {events.map((event) => (
          <li key={event.id}>
            <div className="break-inside-avoid" data-print-block="">
              <p className="text-sm">
                <strong>{formatEventDate(event, { locale })}</strong> ·{" "}
                <bdi>{track.get(event.track) ?? event.track}</bdi>
                {article && ` · ${i18n._(PROVENANCE_LABELS[event.provenance])}`}
              </p>
              <h2 className="font-serif text-lg font-bold break-after-avoid" lang={textLang(event.id, "title")}>
                {event.title}
              </h2>
              <p lang={textLang(event.id, "summary")} dir="auto">
                {event.summary}
              </p>
            </div>
            {!brief && (
              <EventBody
                event={event}
                actor={actor}
                locale={locale}
                original={original}
                notesLang={textLang(event.id, "notes")}
              />
            )}
          </li>
        ))}
      </ol>
      {(dataset.description || dataset.source) && (
        <footer className="mt-6 border-t border-black pt-2 text-sm break-inside-avoid" data-print-block="">
          <strong>{i18n._(TEXT.about)}</strong> {dataset.description}
          {dataset.source && <SourceArticle source={dataset.source} locale={locale} lang={original} />}
        </footer>
      )}
    </article>
  );
}

/** "12 of 62 events." */
const count = (shown: number, total: number) =>
  plural(total, { one: `${shown} of # event.`, other: `${shown} of # events.` });

/** The article the dataset is drawn from: its title, its publisher and its date. */
function SourceArticle({
  source,
  locale,
  lang,
}: {
  source: NonNullable<Dataset["source"]>;
  locale: string;
  lang: string | undefined;
}) {
  const title = <bdi lang={lang}>{asText(source.title)}</bdi>;
  const publisher = <bdi lang={lang}>{asText(source.publisher)}</bdi>;
  const published = source.published
    ? formatEventDate({ start: source.published, precision: "day" }, { locale })
    : null;
  return (
    <p className="mt-1">
      {published ? (
        <Trans>
          Source article: “{title}”, {publisher}, {published}
        </Trans>
      ) : (
        <Trans>
          Source article: “{title}”, {publisher}
        </Trans>
      )}
    </p>
  );
}

function ArticleQuote({ paragraph, lang, ...props }: { text: string; paragraph: number; lang: string | undefined }) {
  const text = asText(props.text);
  return (
    <Trans>
      The article says: “<bdi lang={lang}>{text}</bdi>” (paragraph {paragraph})
    </Trans>
  );
}

/** Everything of an event after its summary, each part a block of its own. */
function EventBody({
  event,
  actor,
  locale,
  original,
  notesLang,
}: {
  event: TimelineEvent;
  actor: ReadonlyMap<string, string>;
  locale: string;
  original: string | undefined;
  notesLang: string | undefined;
}) {
  const block = "break-inside-avoid";
  return (
    <>
      {event.media && absoluteWebUrl(event.media.url) && (
        <figure className={`mt-1 ${block}`} data-print-block="" lang={original}>
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
        <p key={index} className={`mt-1 text-sm ${block}`} data-print-block="">
          <ArticleQuote text={quote.text} paragraph={quote.paragraph} lang={original} />
        </p>
      ))}
      {event.notes && (
        <div className="mt-1 border-s-2 border-black ps-2 text-sm">
          <strong className="block break-after-avoid" data-print-block="">
            {i18n._(TEXT.notes)}
          </strong>
          {event.notes.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index} className={block} data-print-block="" lang={notesLang} dir="auto">
              {paragraph}
            </p>
          ))}
        </div>
      )}
      {event.perspectives && event.perspectives.length > 0 && (
        <div className="mt-1 text-sm">
          <strong className="block break-after-avoid" data-print-block="">
            {i18n._(TEXT.sides)}
          </strong>
          <ul className="list-disc ps-5">
            {event.perspectives.map((perspective, index) => (
              <li key={index} className={block} data-print-block="">
                <bdi>
                  <PrintedPerspective
                    perspective={perspective}
                    actorLabel={actor.get(perspective.actor) ?? perspective.actor}
                    locale={locale}
                    lang={original}
                  />
                </bdi>{" "}
                (<Citation source={perspective.source} locale={locale} lang={original} />)
              </li>
            ))}
          </ul>
        </div>
      )}
      {event.sources.length > 0 && (
        <ul className="mt-1 text-sm">
          {event.sources.map((source, index) => (
            <li key={index} className={block} data-print-block="">
              {i18n._(TEXT.source)} <Citation source={source} locale={locale} lang={original} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * A source as paper can hold it: the citation and the site's name. The name links to the page, so a
 * handout saved as PDF keeps every address; on paper the view's link at the top leads to them all.
 */
function Citation({ source, locale, lang }: { source: SourceRef; locale: string; lang: string | undefined }) {
  const site = siteName(source.url);
  return (
    <>
      <bdi>
        <PrintedCitation source={source} locale={locale} lang={lang} />
      </bdi>
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
