import { Suspense, memo, useId } from "react";
import { preloadable } from "../../hooks/preloadable";
import { formatDateText, formatEventDate } from "../../domain/format-date";
import {
  PROVENANCE_DESCRIPTIONS,
  PROVENANCE_LABELS,
  SOURCE_KIND_HINTS,
  detailsLabel,
  SOURCE_KIND_LABELS,
  publisherLine,
} from "../../domain/labels";
import type { RelatedLink } from "../../domain/related";
import type { Perspective, SourceRef, TimelineEvent } from "../../domain/schema";
import { webUrl } from "../../domain/urls";
import { Icon } from "../../ui/icon";
import { RelatedList } from "./related-list";

export interface CardContext {
  locale: string;
  trackLabel(id: string): string;
  trackColour(id: string): number;
  actorLabel(id: string): string;
  /** Whether the dataset has a source article, so that provenance means something (labels.ts). */
  article: boolean;
  /** The event's links to others; asked only for the selected card. */
  related(id: string): RelatedLink[];
  /** Whether a related event is among those the filters show. */
  isShown(id: string): boolean;
}

export interface EventCardProps {
  event: TimelineEvent;
  context: CardContext;
  selected: boolean;
  highlighted: boolean;
  /** Selected, but hidden by the filters: shown anyway so a link never points at nothing. */
  outsideFilters: boolean;
  onToggle(id: string): void;
  onSelectRelated(id: string): void;
  onHover(id: string | null): void;
  /** The event is a step of the lesson being built. */
  inLesson?: boolean;
  /** Adds the event to the lesson being built, or takes it out; absent where no lesson is built (a frame). */
  onLessonToggle?(id: string): void;
}

const picture = preloadable(() => import("./event-picture").then((module) => module.EventPicture));

const PROVENANCE_STYLES: Record<TimelineEvent["provenance"], string> = {
  article: "border-[var(--ink)] text-[var(--ink)]",
  context: "border-[var(--line)] text-[var(--muted)]",
  "after-article": "border-dashed border-[var(--muted)] text-[var(--muted)]",
};

export const EventCard = memo(function EventCard(props: EventCardProps) {
  const { event, context, selected, highlighted, outsideFilters, onToggle, onSelectRelated, onHover } = props;
  const { inLesson = false, onLessonToggle } = props;
  const id = useId();
  const detailsId = `${id}-details`;
  const titleId = `${id}-title`;
  const date = formatEventDate(event, { locale: context.locale });
  const machineDate = event.end ? `${event.start}/${event.end}` : event.start;
  const actors = event.actors.map(context.actorLabel);

  return (
    <article
      data-event-id={event.id}
      aria-current={selected ? "true" : undefined}
      aria-labelledby={titleId}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
      className={[
        "relative rounded-lg border bg-[var(--surface)] p-4 transition-shadow sm:p-5",
        selected
          ? "border-[var(--accent)] shadow-md ring-1 ring-[var(--accent)]"
          : highlighted
            ? "border-[var(--accent)] shadow-sm"
            : "border-[var(--line)]",
      ].join(" ")}
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-[var(--muted)]">
        <time dateTime={machineDate} className="font-semibold text-[var(--ink)] tabular-nums">
          {date}
        </time>
        <span className={`track-swatch-${context.trackColour(event.track)} inline-flex items-center gap-1.5`}>
          <span className="inline-block h-3 w-1.5 rounded-sm bg-[var(--track)]" aria-hidden="true" />
          <bdi>{context.trackLabel(event.track)}</bdi>
        </span>
        {context.article && (
          <span className={`rounded-full border px-2 py-0.5 font-medium ${PROVENANCE_STYLES[event.provenance]}`}>
            {PROVENANCE_LABELS[event.provenance]}
          </span>
        )}
        {event.correctsArticle && (
          <span className="rounded-full border border-[var(--track-1)] px-2 py-0.5 font-medium text-[var(--ink)]">
            Checked against the record
          </span>
        )}
        {outsideFilters && (
          <span className="rounded-full bg-[var(--selected)] px-2 py-0.5 font-medium text-[var(--ink)]">
            Outside your filters
          </span>
        )}
      </p>
      <h3 id={titleId} className="mt-2 font-serif text-lg leading-snug font-semibold text-[var(--ink)]">
        <button
          type="button"
          data-card-button=""
          aria-expanded={selected}
          aria-controls={selected ? detailsId : undefined}
          onClick={() => onToggle(event.id)}
          className="-mx-1 rounded px-1 text-left hover:text-[var(--accent)] hover:underline"
        >
          {event.title}
        </button>
      </h3>
      <p className="mt-1.5 leading-relaxed">{event.summary}</p>
      {event.media && (
        // Pictures are rare (the default dataset has none): their code loads with the first one, in a
        // placeholder of the picture's own proportions, so nothing moves when it arrives.
        <Suspense fallback={<div className="mt-3 aspect-[3/2] w-full max-w-md rounded-md bg-[var(--page)]" />}>
          <picture.Component media={event.media} />
        </Suspense>
      )}
      {actors.length > 0 && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          <span className="font-medium">With:</span>{" "}
          {actors.map((actor, index) => (
            <span key={index}>
              {index > 0 && ", "}
              <bdi>{actor}</bdi>
            </span>
          ))}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-card-toggle=""
          aria-expanded={selected}
          aria-controls={selected ? detailsId : undefined}
          aria-describedby={titleId}
          onClick={() => onToggle(event.id)}
          className="inline-flex min-h-8 items-center gap-1.5 rounded-md border border-[var(--line)] px-2.5 py-1 text-sm font-medium text-[var(--accent)] hover:border-[var(--accent)]"
        >
          <Icon
            path="M6 3.5 10.5 8 6 12.5"
            className={`size-3.5 motion-safe:transition-transform ${selected ? "rotate-90" : ""}`}
          />
          {selected ? "Hide details" : detailsLabel(event)}
        </button>
        {onLessonToggle && (
          <button
            type="button"
            aria-describedby={titleId}
            onClick={() => onLessonToggle(event.id)}
            className="inline-flex min-h-8 items-center rounded-md px-2.5 py-1 text-sm font-medium text-[var(--muted)] hover:text-[var(--accent)] hover:underline print:hidden"
          >
            {inLesson ? "Remove from lesson" : "Add to lesson"}
          </button>
        )}
      </div>
      {selected && <Details id={detailsId} event={event} context={context} onSelectRelated={onSelectRelated} />}
    </article>
  );
});

function Details({
  id,
  event,
  context,
  onSelectRelated,
}: {
  id: string;
  event: TimelineEvent;
  context: CardContext;
  onSelectRelated(id: string): void;
}) {
  const related = context.related(event.id);
  const heading = "mt-5 mb-1.5 text-xs font-semibold tracking-wide text-[var(--muted)] uppercase";
  return (
    <div id={id} className="mt-4 border-t border-[var(--line)] pt-2">
      {context.article && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          <span className="font-medium text-[var(--ink)]">{PROVENANCE_LABELS[event.provenance]}:</span>{" "}
          {PROVENANCE_DESCRIPTIONS[event.provenance]}
        </p>
      )}
      {event.details && (
        <>
          <h4 className={heading}>Details</h4>
          <Paragraphs text={event.details} />
        </>
      )}
      {event.articleQuotes && event.articleQuotes.length > 0 ? (
        <ul className="mt-4 space-y-2" aria-label="The article's words">
          {event.articleQuotes.map((quote, index) => (
            <li key={index} className="text-sm leading-relaxed">
              <span className="font-medium">The article says:</span>{" "}
              <q className="italic">
                <bdi>{quote.text}</bdi>
              </q>{" "}
              <span className="text-[var(--muted)]">(paragraph {quote.paragraph})</span>
            </li>
          ))}
        </ul>
      ) : (
        event.articleParagraphs.length > 0 && (
          <p className="mt-4 text-sm">
            <span className="font-medium">From the article:</span>{" "}
            {event.articleParagraphs.length === 1 ? "paragraph" : "paragraphs"}{" "}
            {event.articleParagraphs.map((paragraph) => `P${paragraph}`).join(", ")}
          </p>
        )
      )}
      {event.notes && (
        <div className="mt-3 rounded-md border-l-4 border-[var(--track-1)] bg-[color-mix(in_srgb,var(--track-1)_8%,var(--surface))] px-3 py-2">
          <h4 className="mb-1 text-xs font-semibold tracking-wide uppercase">Notes on the record</h4>
          <Paragraphs text={event.notes} />
        </div>
      )}
      {event.perspectives && event.perspectives.length > 0 && (
        <>
          <h4 className={heading}>How each side saw it</h4>
          <ul className="space-y-3">
            {event.perspectives.map((perspective, index) => (
              <PerspectiveItem key={index} perspective={perspective} context={context} />
            ))}
          </ul>
        </>
      )}
      {event.sources.length > 0 && (
        <>
          <h4 className={heading}>Sources</h4>
          <ul className="space-y-1.5 text-sm">
            {event.sources.map((source, index) => (
              <li key={index} className="leading-snug">
                <SourceCitation source={source} locale={context.locale} />
              </li>
            ))}
          </ul>
        </>
      )}
      {related.length > 0 && (
        <>
          <h4 className={heading}>Related events</h4>
          <RelatedList related={related} isShown={context.isShown} onSelect={onSelectRelated} />
        </>
      )}
    </div>
  );
}

function PerspectiveItem({ perspective, context }: { perspective: Perspective; context: CardContext }) {
  return (
    <li className="border-l-2 border-[var(--line)] pl-3 text-sm leading-relaxed">
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
        <blockquote className="mt-0.5">
          <q>
            <bdi>{perspective.words}</bdi>
          </q>
        </blockquote>
      )}
      {perspective.paraphrase && (
        <p className="mt-0.5">
          {perspective.words && <span className="sr-only">In other words: </span>}
          <bdi>{perspective.paraphrase}</bdi>
        </p>
      )}
      <p className="mt-0.5 text-xs">
        <span className="text-[var(--muted)]">Source: </span>
        <SourceCitation source={perspective.source} locale={context.locale} />
      </p>
    </li>
  );
}

/** A source as a reader checks it: its title (a link when it is a web address), who published it, when, and what kind it is. */
function SourceCitation({ source, locale }: { source: SourceRef; locale: string }) {
  const href = webUrl(source.url, document.baseURI);
  return (
    <>
      {source.kind && (
        <span
          title={SOURCE_KIND_HINTS[source.kind]}
          className={[
            "mr-1.5 inline-block rounded border px-1.5 text-[0.6875rem] leading-4 font-semibold tracking-wide uppercase",
            source.kind === "primary"
              ? "border-[var(--ink)] text-[var(--ink)]"
              : "border-[var(--line)] text-[var(--muted)]",
          ].join(" ")}
        >
          {SOURCE_KIND_LABELS[source.kind]}
        </span>
      )}
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-[var(--accent)] underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          <bdi>{source.title}</bdi>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <bdi className="font-medium">{source.title}</bdi>
      )}
      <span className="text-[var(--muted)]">
        {" "}
        · <bdi>{publisherLine(source)}</bdi>
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
