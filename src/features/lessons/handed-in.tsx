import { t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import { useId, useMemo } from "react";
import { formatEventDate } from "../../domain/format-date";
import { groupHandIns, type HandIn, type HandInGroup } from "../../domain/hand-in";
import { nameList } from "../../domain/list-text";
import type { TimelineEvent } from "../../domain/schema";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";
import { Notice } from "../../ui/notice";

export interface HandedInProps {
  works: readonly HandIn[];
  problems: readonly string[];
  /** The dataset shown: answers for another one are named as such. */
  dataset: { id: string; title: string; language: string };
  eventOf(id: string): TimelineEvent | undefined;
  /** Shows a step's event, to read its card beside the answers. */
  onShowEvent(id: string): void;
  onClose(): void;
}

/**
 * What a teacher reads of handed-in work: each lesson's steps in order, each with its event and prompt and
 * every student's answer beside it. Work for another timeline is named as such; what could not be read
 * is listed with why. Everything in the files is shown as text.
 */
export function HandedIn({ works, problems, dataset, eventOf, onShowEvent, onClose }: HandedInProps) {
  const id = useId();
  const groups = useMemo(() => groupHandIns(works, new Intl.Collator(dataset.language)), [works, dataset.language]);
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-lg border-2 border-[var(--accent)] bg-[var(--surface)] p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
          {t`Handed-in answers`}
        </h2>
        <Button onClick={onClose}>{t`Close the answers`}</Button>
      </div>
      <p className="mt-1 text-sm text-[var(--muted)]">
        {t`Opened in this page only: nothing was sent anywhere. Open more files with Open dataset… or by dropping them here.`}
      </p>
      {problems.length > 0 && (
        <div className="mt-3">
          <Notice tone="warning" title={t`Some files or links could not be read:`} lines={problems} />
        </div>
      )}
      {groups.map((group) => (
        <LessonAnswers
          key={group.key}
          group={group}
          here={group.dataset.id === dataset.id}
          datasetTitle={dataset.title}
          locale={dataset.language}
          eventOf={eventOf}
          onShowEvent={onShowEvent}
        />
      ))}
    </section>
  );
}

function LessonAnswers({
  group,
  here,
  datasetTitle,
  locale,
  eventOf,
  onShowEvent,
}: {
  group: HandInGroup;
  here: boolean;
  datasetTitle: string;
  locale: string;
  eventOf(id: string): TimelineEvent | undefined;
  onShowEvent(id: string): void;
}) {
  const nameless = t`A student with no name`;
  const names = group.students.map((student) => student.name || nameless);
  const count = names.length;
  const list = asText(nameList(names));
  const other = asText(group.dataset.title);
  const shown = asText(datasetTitle);
  const total = group.lesson.steps.length;
  return (
    <article className="mt-5 border-t border-[var(--line)] pt-4">
      <h3 className="font-serif text-lg font-semibold">
        <bdi>{group.lesson.title}</bdi>
      </h3>
      {/* Each form the whole paragraph: a plural's forms must be elements for their words to be one message. */}
      <Plural
        value={count}
        one={
          <p className="text-sm text-[var(--muted)]">
            # student: <bdi>{list}</bdi>
          </p>
        }
        other={
          <p className="text-sm text-[var(--muted)]">
            # students: <bdi>{list}</bdi>
          </p>
        }
      />
      {!here && (
        <p className="mt-2 rounded-md border border-[var(--track-1)] px-3 py-2 text-sm">
          <Trans>
            These answers are for the timeline “<bdi>{other}</bdi>”, not this one (“<bdi>{shown}</bdi>”): open that
            timeline to read them beside its events.
          </Trans>
        </p>
      )}
      <ol className="mt-3 space-y-4">
        {group.lesson.steps.map((step, index) => {
          const event = here ? eventOf(step.event) : undefined;
          const number = index + 1;
          const title = asText(event?.title ?? "");
          return (
            <li key={index}>
              <p className="text-sm font-semibold">
                {t`Step ${number} of ${total}`}
                {event && (
                  <span className="font-normal text-[var(--muted)]">
                    {" "}
                    · {formatEventDate(event, { locale })}: <bdi>{event.title}</bdi>
                  </span>
                )}
              </p>
              <p className="mt-1 font-medium whitespace-pre-line">
                <bdi>{step.prompt}</bdi>
              </p>
              {event && (
                <Button variant="link" className="mt-1 text-sm" onClick={() => onShowEvent(event.id)}>
                  <Trans>
                    Show the event<span className="sr-only">: {title}</span>
                  </Trans>
                </Button>
              )}
              <dl className="mt-2 space-y-2">
                {group.students.map((student, which) => (
                  <div key={which} className="rounded-md bg-[var(--page)] px-3 py-2">
                    <dt className="text-sm font-semibold">
                      <bdi>{student.name || nameless}</bdi>
                    </dt>
                    <dd className="whitespace-pre-wrap">
                      {student.answers[index] ? (
                        <bdi>{student.answers[index]}</bdi>
                      ) : (
                        <span className="text-[var(--muted)]">{t`No answer`}</span>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
