import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useId, useRef, useState, type ReactNode } from "react";
import { formatEventDate } from "../../domain/format-date";
import { removeStep, type LessonDraft } from "../../domain/lesson-draft";
import { datasetWithLesson, draftLesson, draftProblems, moveStep, setPrompt } from "../../domain/lesson-editing";
import { PROMPT_MAX } from "../../domain/limits";
import type { SharedLink } from "../../domain/embed";
import type { Dataset, TimelineEvent } from "../../domain/schema";
import { useFocusAfterRemoval } from "../../hooks/use-focus-after-removal";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";
import { fieldClass } from "../../ui/field";

export interface LessonBuilderProps {
  draft: LessonDraft;
  dataset: Dataset;
  eventOf(id: string): TimelineEvent | undefined;
  onChange(draft: LessonDraft): void;
  /** The explorer's link carrying a lesson (path=), on this dataset; not ok when no link opens it. */
  linkFor(path: string): Promise<SharedLink>;
  /** Why there is no link, and how to share the timeline instead. */
  noLink: ReactNode;
  /** Copies text; false where the clipboard is unavailable. */
  copy(text: string): Promise<boolean>;
  onDownload(fileName: string, json: string): void;
  /** Opens the lesson (path=) in this page, to try it as a student would. */
  onPreview(path: string): void;
  onClose(): void;
}

/**
 * The lesson builder: a title, the steps in order (each event with its prompt), reordered by dragging or
 * with Move up and Move down, removed with Remove; then shared as one link or downloaded in the dataset.
 * Events are added with "Add to lesson" on their cards.
 */
/** The lesson as a link's path=: its code (and the lesson schema) loads when first asked for. */
const encode = (draft: LessonDraft) =>
  import("../../domain/lesson-link").then((module) => module.encodeLesson(draftLesson(draft)));

export function LessonBuilder(props: LessonBuilderProps) {
  const { draft, dataset, eventOf, onChange } = props;
  const locale = dataset.language;
  const id = useId();
  const [status, setStatus] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  const [noLink, setNoLink] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const dragged = useRef<number | null>(null);
  const problems = draftProblems(draft);
  const ready = problems.length === 0;

  // A removed step's focus goes to the Remove of the step now in its place (or the one before), or to
  // the builder's heading when none is left.
  const heading = useRef<HTMLHeadingElement>(null);
  const { list: steps, removing } = useFocusAfterRemoval<HTMLOListElement>(draft.steps, "[data-remove-step]", () =>
    heading.current?.focus(),
  );

  const move = (from: number, to: number, name: string) => {
    onChange(moveStep(draft, from, to));
    const step = to + 1;
    const total = draft.steps.length;
    setStatus(t`${name} moved to step ${step} of ${total}.`);
  };
  const whenReady = (action: () => void | Promise<void>) => () => {
    setShowProblems(!ready);
    if (ready) void action();
  };

  return (
    <section aria-labelledby={`${id}-name`} className="rounded-lg border border-[var(--line)] bg-[var(--surface)] p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 ref={heading} tabIndex={-1} id={`${id}-name`} className="font-serif text-lg font-semibold outline-none">
          {t`Lesson builder`}
        </h2>
        <Button size="sm" onClick={props.onClose}>
          {t`Close`}
        </Button>
      </div>
      <p className="mt-1 text-sm text-[var(--muted)]">
        {t`Add events with “Add to lesson” on their cards, then write a question for each. Saved in this browser.`}
      </p>
      <label htmlFor={`${id}-title`} className="mt-3 block text-sm font-semibold">
        {t`Lesson title`}
      </label>
      <input
        id={`${id}-title`}
        value={draft.title}
        maxLength={200}
        onChange={(change) => onChange({ ...draft, title: change.target.value })}
        className={`mt-1 ${fieldClass({ on: "surface" })}`}
      />
      <label htmlFor={`${id}-description`} className="mt-3 block text-sm font-semibold">
        {t`Description (optional)`}
      </label>
      <input
        id={`${id}-description`}
        value={draft.description}
        maxLength={500}
        onChange={(change) => onChange({ ...draft, description: change.target.value })}
        className={`mt-1 ${fieldClass({ on: "surface" })}`}
      />
      {draft.steps.length === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-[var(--line)] p-3 text-sm text-[var(--muted)]">
          {t`No steps yet: choose “Add to lesson” on an event's card.`}
        </p>
      ) : (
        <ol ref={steps} className="mt-4 space-y-3" aria-label={t`Steps`}>
          {draft.steps.map((step, index) => {
            const event = eventOf(step.event);
            const name = event?.title ?? step.event;
            const number = index + 1;
            const title = asText(name);
            return (
              <li
                key={step.event}
                draggable
                onDragStart={(drag) => {
                  dragged.current = index;
                  drag.dataTransfer.effectAllowed = "move";
                  drag.dataTransfer.setData("text/plain", step.event);
                }}
                onDragOver={(drag) => {
                  if (dragged.current !== null) drag.preventDefault();
                }}
                onDrop={(drop) => {
                  drop.preventDefault();
                  if (dragged.current !== null) move(dragged.current, index, name);
                  dragged.current = null;
                }}
                onDragEnd={() => (dragged.current = null)}
                className="cursor-grab rounded-md border border-[var(--line)] bg-[var(--page)] p-3"
              >
                <p className="text-sm">
                  <span className="font-semibold">{t`Step ${number}`}</span>
                  {event && <span className="text-[var(--muted)]"> · {formatEventDate(event, { locale })}</span>}
                </p>
                <p className="font-medium" id={`${id}-step-${index}`}>
                  <bdi>{name}</bdi>
                </p>
                <label htmlFor={`${id}-prompt-${index}`} className="mt-2 block text-sm font-semibold">
                  <Trans comment="the label of a step's question; the hidden part is for screen readers">
                    Prompt{" "}
                    <span className="sr-only">
                      for step {number}: {title}
                    </span>
                  </Trans>
                </label>
                <textarea
                  id={`${id}-prompt-${index}`}
                  value={step.prompt}
                  rows={2}
                  maxLength={PROMPT_MAX}
                  placeholder={t`A question or task for this step`}
                  onChange={(change) => onChange(setPrompt(draft, index, change.target.value))}
                  className={`mt-1 ${fieldClass()}`}
                />
                <div className="mt-2 flex flex-wrap gap-1.5">
                  {/* aria-disabled, not disabled: the step moves with the focus, and a button disabled
                      under it (Move down on reaching the end) would drop the focus to the page's start. */}
                  <Button
                    size="sm"
                    aria-describedby={`${id}-step-${index}`}
                    aria-disabled={index === 0}
                    onClick={() => index > 0 && move(index, index - 1, name)}
                  >
                    {t`Move up`}
                  </Button>
                  <Button
                    size="sm"
                    aria-describedby={`${id}-step-${index}`}
                    aria-disabled={index === draft.steps.length - 1}
                    onClick={() => index < draft.steps.length - 1 && move(index, index + 1, name)}
                  >
                    {t`Move down`}
                  </Button>
                  <Button
                    size="sm"
                    aria-describedby={`${id}-step-${index}`}
                    data-remove-step=""
                    onClick={() => {
                      removing(index);
                      onChange(removeStep(draft, index));
                      setStatus(t`${name} removed from the lesson.`);
                    }}
                  >
                    {t`Remove`}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {showProblems && !ready && (
        <div role="alert" className="mt-3 text-sm">
          <p className="font-semibold">{t`Before sharing:`}</p>
          <ul className="list-disc ps-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-4 flex flex-wrap gap-1.5">
        <Button
          variant="primary"
          onClick={whenReady(async () => {
            const shared = await props.linkFor(await encode(draft));
            setNoLink(!shared.ok);
            setCopied(shared.ok ? shared.url : null);
            if (!shared.ok)
              return setStatus(
                t`No link was copied: this timeline is too large to travel in a link. How to share it is below.`,
              );
            setStatus((await props.copy(shared.url)) ? t`Lesson link copied.` : t`Select the link below and copy it.`);
          })}
        >
          {t`Copy lesson link`}
        </Button>
        <Button
          onClick={whenReady(() =>
            props.onDownload(
              `${dataset.id}-with-lesson.json`,
              `${JSON.stringify(datasetWithLesson(dataset, draft), null, 2)}\n`,
            ),
          )}
        >
          {t`Download lesson`}
        </Button>
        <Button onClick={whenReady(async () => props.onPreview(await encode(draft)))}>{t`Try the lesson`}</Button>
      </div>
      {noLink && <div className="mt-3 rounded-md border border-[var(--track-1)] p-3">{props.noLink}</div>}
      {copied && (
        <div className="mt-3">
          <label htmlFor={`${id}-link`} className="block text-sm font-semibold">
            {t`Lesson link`}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            dir="ltr"
            value={copied}
            onFocus={(focus) => focus.target.select()}
            className="mt-1 w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-3 py-2 font-mono text-xs"
          />
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
