import { t } from "@lingui/core/macro";
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { handInOf } from "../../domain/hand-in";
import { answersKey, answersText, nameKey, parseAnswers, type Answers } from "../../domain/lesson-answers";
import { formatEventDate } from "../../domain/format-date";
import type { Claim, Lesson, TimelineEvent } from "../../domain/schema";
import { readStored, writeStored } from "../../platform/storage";
import { Button } from "../../ui/button";
import { fieldClass } from "../../ui/field";
import { Icon } from "../../ui/icon";
import { HandInButton, type HandInProps } from "./hand-in-dialog";
import { ClaimQuote, VerdictReveal } from "./claim-step";
import { BackToQuestion, LessonActions, LessonFinished } from "./lesson-actions";

export interface LessonContext {
  lesson: Lesson;
  /** The lesson came whole in the link (path=), not from the dataset. */
  fromLink: boolean;
  datasetId: string;
  datasetTitle: string;
  locale: string;
  eventOf(id: string): TimelineEvent | undefined;
  /** One of the dataset's claims of its source article, for a step that asks the student to judge it. */
  claimOf(id: string): Claim | undefined;
  /** The language the article's words are in, where it is not the page's (their lang attribute). */
  articleLanguage?: string | undefined;
}

export interface LessonPanelProps extends LessonContext {
  /** The current step, 0-based. */
  step: number;
  selectedId: string | null;
  /** Beside the filters on a laptop, where the card is in sight beside it: a narrower panel. */
  compact: boolean;
  /** On a phone's page, where the card is far below: a bar leads back to the question from anywhere. */
  backBar: boolean;
  onGo(step: number): void;
  onShowStep(): void;
  onLeave(): void;
  onDownload(fileName: string, text: string): void;
  /** Prints the worksheet: whole, or short (a page per step or less). */
  onPrint(short: boolean): void;
  /** How work is handed in from here (none in a frame): the link it makes, the clipboard, the download. */
  handIn?: Omit<HandInProps, "handIn">;
  /** The lesson's link, for the answers' file; null when no link opens its timeline. */
  link(): string | null;
}

/** The answers of a lesson in this browser's storage (never sent anywhere), kept as they are typed. */
function useAnswers(key: string): [Answers, (step: number, text: string) => void, () => void] {
  const [answers, setAnswers] = useState<Answers>(() => readAnswers(key));
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setAnswers(readAnswers(key));
  }
  const write = (next: Answers) => {
    setAnswers(next);
    // Nothing typed: nothing kept.
    writeStored(key, Object.values(next).some((text) => text !== "") ? JSON.stringify(next) : null);
  };
  return [answers, (step, text) => write({ ...answers, [step]: text }), () => write({})];
}

/**
 * The claims whose verdict the student has revealed, remembered while the lesson is open (stepping back to a
 * claim shows its verdict still), and forgotten with another lesson: each lesson is judged afresh.
 */
function useRevealed(key: string): [ReadonlySet<string>, (claim: string, revealed: boolean) => void] {
  const [revealed, setRevealed] = useState<{ key: string; claims: ReadonlySet<string> }>(() => ({
    key,
    claims: new Set(),
  }));
  const claims = revealed.key === key ? revealed.claims : new Set<string>();
  return [
    claims,
    (claim, shown) => {
      const next = new Set(claims);
      if (shown) next.add(claim);
      else next.delete(claim);
      setRevealed({ key, claims: next });
    },
  ];
}

export function readAnswers(key: string): Answers {
  return parseAnswers(readStored(key));
}

/** The student's name, kept beside the answers (never sent anywhere), for the worksheet and the downloads. */
export function useStudentName(answers: string): [string, (name: string) => void] {
  const key = nameKey(answers);
  const [name, setName] = useState(() => readStored(key) ?? "");
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setName(readStored(key) ?? "");
  }
  return [
    name,
    (next) => {
      setName(next);
      writeStored(key, next.trim() === "" ? null : next);
    },
  ];
}

/**
 * Lesson mode: the lesson's title, "Step 3 of 8", the step's prompt and the student's answer, with the
 * buttons to step, to come back to the step's event after reading others, and to leave. Step changes
 * are announced.
 */
export function LessonPanel(props: LessonPanelProps) {
  const { lesson, step, selectedId, compact, onGo, onShowStep, onLeave } = props;
  const id = useId();
  const key = answersKey(props.datasetId, lesson, props.fromLink);
  const [answers, setAnswer, clearAnswers] = useAnswers(key);
  const [name, setName] = useStudentName(key);
  const [confirmClear, setConfirmClear] = useState(false);
  const [revealed, setRevealed] = useRevealed(key);
  const current = lesson.steps[step]!;
  const event = props.eventOf(current.event);
  const claim = current.claim === undefined ? undefined : props.claimOf(current.claim);
  const total = lesson.steps.length;
  const number = step + 1;
  const position = t`Step ${number} of ${total}`;
  const answered = Object.values(answers).some((text) => text.trim() !== "");

  // What a screen reader hears when the step changes (not when the lesson opens: the panel says it).
  const [announcement, setAnnouncement] = useState("");
  const [announced, setAnnounced] = useState(step);
  if (announced !== step) {
    setAnnounced(step);
    const prompt = current.prompt;
    const title = event?.title ?? "";
    setAnnouncement(
      event
        ? t({
            comment: "announced when the lesson moves to a step: Step 2 of 8: the event's title. The step's question",
            message: `${position}: ${title}. ${prompt}`,
          })
        : t({
            comment: "announced when the lesson moves to a step: Step 2 of 8. The step's question",
            message: `${position}. ${prompt}`,
          }),
    );
    setConfirmClear(false);
  }

  // On a phone the panel sits below the page's header, out of sight when a lesson link opens: a student
  // lands on it. (On a laptop it is beside the timeline; in a frame the header is one line.)
  const panel = useRef<HTMLElement>(null);
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // Only when the panel opens: stepping keeps the page where the student put it.
  const landOnPanel = useEffectEvent(() => {
    const element = panel.current;
    if (!element) return;
    // Opened by the reader (Start in the list of lessons, Try the lesson), the focus comes here too: the
    // control they used stays behind (or went with its dialog), the lesson is the page's news. Opened by a
    // link, the page loads with the focus at its start, as any page does.
    const from = document.activeElement;
    // (The browser brings it into sight: the panel opens above the builder, out of sight when scrolled.)
    if (from && from !== document.body && !element.contains(from)) title.current?.focus();
    if (compact || window.self !== window.top) return;
    if (element.getBoundingClientRect().top > window.innerHeight * 0.25) element.scrollIntoView({ block: "start" });
  });
  useEffect(() => landOnPanel(), []);

  // Stepping keeps the page where the student put it, with one exception: the step's question went above
  // the window (or under the phone's bar). The first step has the lesson's description and the name
  // field; the next has neither, so the browser, keeping the Next button where it was, slid the new
  // question out of sight above it.
  const positionLine = useRef<HTMLParagraphElement>(null);
  const keepQuestionInSight = useEffectEvent(() => {
    const element = positionLine.current;
    if (!element || window.self !== window.top) return;
    const box = element.getBoundingClientRect();
    // Above the window, or under sticky chrome: what is at its first line is not the line itself.
    const hidden = box.top < 0 || !element.contains(document.elementFromPoint(box.left + 1, box.top + 1));
    if (hidden) element.scrollIntoView({ block: "start" });
  });
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    keepQuestionInSight();
  }, [step]);

  const last = step === total - 1;
  const download = () =>
    props.onDownload(
      `${lesson.id}-answers.txt`,
      answersText(lesson, answers, props.eventOf, {
        locale: props.locale,
        link: props.link(),
        name,
        claimOf: props.claimOf,
      }),
    );
  const handIn = props.handIn && (
    <HandInButton
      {...props.handIn}
      handIn={() =>
        handInOf({
          dataset: { id: props.datasetId, title: props.datasetTitle },
          lesson,
          fromLink: props.fromLink,
          name,
          answers,
        })
      }
    />
  );
  const nameField = (
    <div className="mt-3">
      <label htmlFor={`${id}-student`} className="block text-sm font-semibold">
        {t`Your name`}
      </label>
      <input
        id={`${id}-student`}
        type="text"
        autoComplete="name"
        value={name}
        maxLength={120}
        onChange={(change) => setName(change.target.value)}
        className={`mt-1 ${fieldClass({ on: "surface" })}`}
        aria-describedby={`${id}-saved`}
      />
    </div>
  );

  return (
    <section
      ref={panel}
      aria-labelledby={`${id}-name`}
      className="rounded-lg border-2 border-[var(--accent)] bg-[var(--surface)] p-4 print:hidden"
    >
      <p id={`${id}-name`} className="text-xs font-semibold tracking-wide text-[var(--muted)] uppercase">
        {t({ comment: "a heading over the lesson's title", message: "Lesson" })}
      </p>
      <h2
        ref={title}
        tabIndex={-1}
        id={`${id}-title`}
        className="mt-0.5 font-serif text-lg leading-snug font-semibold outline-none"
      >
        <bdi>{lesson.title}</bdi>
      </h2>
      {/* The lesson's description at its start: what the student will look at and be able to answer. */}
      {step === 0 && lesson.description && (
        <p className="mt-1 text-sm leading-relaxed">
          <bdi>{lesson.description}</bdi>
        </p>
      )}
      {step === 0 && nameField}
      <p ref={positionLine} className="mt-3 text-sm font-semibold" id={`${id}-position`}>
        {position}
        {event && (
          <span className="font-normal text-[var(--muted)]">
            {" "}
            · {formatEventDate(event, { locale: props.locale })}: <bdi>{event.title}</bdi>
          </span>
        )}
      </p>
      {/* A step on one of the article's claims: the claim's words first, the question about them after. */}
      {claim && <ClaimQuote claim={claim} lang={props.articleLanguage} />}
      {/* A teacher's prompt keeps its lines (a question, then what to look for). */}
      <p className="mt-2 leading-relaxed font-medium whitespace-pre-line" id={`${id}-prompt`}>
        <bdi>{current.prompt}</bdi>
      </p>
      {/* Where the card is far below (a phone), its summary is here, under the question. */}
      {!compact && event && (
        <p className="mt-2 border-s-2 border-[var(--line)] ps-3 text-sm leading-relaxed text-[var(--muted)]">
          <bdi>{event.summary}</bdi>
        </p>
      )}
      {selectedId !== current.event ? (
        <Button size="sm" className="mt-2" onClick={onShowStep}>
          {t`Back to this step's event`}
        </Button>
      ) : (
        !compact && (
          <Button size="sm" className="mt-2" onClick={onShowStep}>
            {t`Show this step's card`}
          </Button>
        )
      )}
      <label htmlFor={`${id}-answer`} className="mt-3 block text-sm font-semibold">
        {t`Your answer`}
      </label>
      <textarea
        id={`${id}-answer`}
        ref={answerBox}
        aria-describedby={`${id}-prompt ${id}-saved`}
        value={answers[step] ?? ""}
        onChange={(change) => setAnswer(step, change.target.value)}
        rows={compact ? 3 : 4}
        maxLength={5000}
        className={`mt-1 ${fieldClass({ on: "surface" })}`}
      />
      <p id={`${id}-saved`} className="mt-1 text-xs text-[var(--muted)]">
        {t`Saved in this browser only; nothing is sent anywhere.`}
      </p>
      {/* Under the answer: the student judges the claim before the verdict is in sight. */}
      {claim && (
        <VerdictReveal
          claim={claim}
          revealed={revealed.has(claim.id)}
          onReveal={(shown) => setRevealed(claim.id, shown)}
        />
      )}
      <div className="mt-3 flex flex-wrap gap-1.5">
        {/* aria-disabled, not disabled: a button disabled under the focus (Next on reaching the last
            step) would drop the focus to the page. */}
        <Button onClick={() => step > 0 && onGo(step - 1)} aria-disabled={step === 0}>
          <Icon path="M10 3 5 8l5 5" className="size-3.5 rtl:-scale-x-100" />
          {t`Previous step`}
        </Button>
        <Button variant="primary" onClick={() => step < total - 1 && onGo(step + 1)} aria-disabled={last}>
          {t`Next step`}
          <Icon path="m6 3 5 5-5 5" className="size-3.5 rtl:-scale-x-100" />
        </Button>
        <Button onClick={onLeave}>{t`Leave lesson`}</Button>
      </div>
      {last && (
        <LessonFinished
          nameField={step === 0 ? null : nameField}
          onDownload={download}
          onPrint={props.onPrint}
          handIn={handIn}
        />
      )}
      <LessonActions
        ended={last}
        handIn={handIn}
        answered={answered}
        onDownload={download}
        onPrint={props.onPrint}
        onClear={clearAnswers}
        confirmClear={confirmClear}
        onConfirmClear={setConfirmClear}
      />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {props.backBar && <BackToQuestion panel={panel} position={position} onBack={() => answerBox.current?.focus()} />}
    </section>
  );
}
