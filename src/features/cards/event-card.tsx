import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { Suspense, memo, useId } from "react";
import { preloadable } from "../../hooks/preloadable";
import { formatEventDate } from "../../domain/format-date";
import { PROVENANCE_LABELS, detailsLabel } from "../../domain/labels";
import { listSeparator } from "../../domain/list-text";
import type { RelatedLink } from "../../domain/related";
import type { Claim, TimelineEvent } from "../../domain/schema";
import { Icon } from "../../ui/icon";
import { langOf } from "../../domain/locales";
import { Details, inLanguage } from "./card-details";

export interface CardContext {
  /** The locale dates are written in. */
  locale: string;
  /** The page's language (BCP 47): a text in another carries its own lang, and on a card a mark. */
  pageLanguage: string;
  /** The dataset's own language: the article's words, each side's, the sources. */
  originalLanguage: string;
  /** The language an event's text is shown in: the page's where translated, else the dataset's own. */
  textLanguage(id: string, field: "title" | "summary" | "details" | "notes"): string;
  /** The date in the reader's other calendar (the Solar Hijri, in Dari and Pashto), or null. */
  otherCalendar(event: TimelineEvent): string | null;
  trackLabel(id: string): string;
  trackColour(id: string): number;
  actorLabel(id: string): string;
  /** Whether the dataset has a source article, so that provenance means something (labels.ts). */
  article: boolean;
  /** The event's links to others; asked only for the selected card. */
  related(id: string): RelatedLink[];
  /** Whether a related event is among those the filters show. */
  isShown(id: string): boolean;
  /** The source article's claims this event shows the record for ("Check the article"), in the article's order. */
  claims(id: string): readonly Claim[];
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
  /** Opens one of the article's claims in "Check the article" (view=claims&claim=…). */
  onOpenClaim?(id: string): void;
}

const picture = preloadable(() => import("./event-picture").then((module) => module.EventPicture));

const PROVENANCE_STYLES: Record<TimelineEvent["provenance"], string> = {
  article: "border-[var(--ink)] text-[var(--ink)]",
  context: "border-[var(--line)] text-[var(--muted)]",
  "after-article": "border-dashed border-[var(--muted)] text-[var(--muted)]",
};

export const EventCard = memo(function EventCard(props: EventCardProps) {
  const { event, context, selected, highlighted, outsideFilters, onToggle, onSelectRelated, onHover } = props;
  const { inLesson = false, onLessonToggle, onOpenClaim } = props;
  const id = useId();
  const detailsId = `${id}-details`;
  const titleId = `${id}-title`;
  const date = formatEventDate(event, { locale: context.locale });
  const otherDate = context.otherCalendar(event);
  const titleLang = langOf(context.textLanguage(event.id, "title"), context.pageLanguage);
  const summaryLang = langOf(context.textLanguage(event.id, "summary"), context.pageLanguage);
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
        {otherDate && <span className="tabular-nums">{otherDate}</span>}
        <span className={`track-swatch-${context.trackColour(event.track)} inline-flex items-center gap-1.5`}>
          <span className="inline-block h-3 w-1.5 rounded-sm bg-[var(--track)]" aria-hidden="true" />
          <bdi>{context.trackLabel(event.track)}</bdi>
        </span>
        {context.article && (
          <span className={`rounded-full border px-2 py-0.5 font-medium ${PROVENANCE_STYLES[event.provenance]}`}>
            {i18n._(PROVENANCE_LABELS[event.provenance])}
          </span>
        )}
        {event.correctsArticle && (
          <span className="rounded-full border border-[var(--track-1)] px-2 py-0.5 font-medium text-[var(--ink)]">
            {t`Checked against the record`}
          </span>
        )}
        {outsideFilters && (
          <span className="rounded-full bg-[var(--selected)] px-2 py-0.5 font-medium text-[var(--ink)]">
            {t`Outside your filters`}
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
          className="-mx-1 rounded px-1 text-start hover:text-[var(--accent)] hover:underline"
        >
          <span lang={titleLang}>{event.title}</span>
        </button>
      </h3>
      <p className="mt-1.5 leading-relaxed" lang={summaryLang} dir="auto">
        {event.summary}
      </p>
      {summaryLang && (
        // The event is not translated into the page's language: the reader knows why it reads otherwise.
        <p className="mt-1 text-xs text-[var(--muted)]">{inLanguage(summaryLang, context.pageLanguage)}</p>
      )}
      {event.media && (
        // Pictures are rare (the default dataset has none): their code loads with the first one, in a
        // placeholder of the picture's own proportions, so nothing moves when it arrives.
        <Suspense fallback={<div className="mt-3 aspect-[3/2] w-full max-w-md rounded-md bg-[var(--page)]" />}>
          <picture.Component media={event.media} />
        </Suspense>
      )}
      {actors.length > 0 && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          <span className="font-medium">{t({ comment: "before the actors an event involves", message: "With:" })}</span>{" "}
          {actors.map((actor, index) => (
            <span key={index}>
              {index > 0 && listSeparator()}
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
          {selected ? t`Hide details` : detailsLabel(event)}
        </button>
        {onLessonToggle && (
          <button
            type="button"
            aria-describedby={titleId}
            onClick={() => onLessonToggle(event.id)}
            className="inline-flex min-h-8 items-center rounded-md px-2.5 py-1 text-sm font-medium text-[var(--muted)] hover:text-[var(--accent)] hover:underline print:hidden"
          >
            {inLesson ? t`Remove from lesson` : t`Add to lesson`}
          </button>
        )}
      </div>
      {selected && (
        <Details
          id={detailsId}
          event={event}
          context={context}
          onSelectRelated={onSelectRelated}
          onOpenClaim={onOpenClaim}
        />
      )}
    </article>
  );
});
