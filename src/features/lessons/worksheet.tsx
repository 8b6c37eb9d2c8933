import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatEventDate } from "../../domain/format-date";
import { answersKey, nameKey } from "../../domain/lesson-answers";
import { readStored } from "../../platform/storage";
import { asText } from "../../ui/as-text";
import { PrintedEvent, type PrintContext } from "../../ui/printed-event";
import { readAnswers, type LessonContext } from "./lesson-panel";

export interface WorksheetProps extends LessonContext, Omit<PrintContext, "locale"> {
  /** Where the lesson is online; null when no link opens its timeline (a file from the computer). */
  link: string | null;
  /** A page per step or less: each step's event by its summary, the prompt and room to answer. */
  short: boolean;
}

/**
 * The lesson on paper: its title, the student's name, then each step: its event as the prompts ask students
 * to use it (details, the article's words, each side's statements and the sources with their addresses;
 * the short version gives the summary only), the prompt, and the student's answer or lines to write on.
 * Black on white; a step of the short version is never split across pages.
 */
export function Worksheet(props: WorksheetProps) {
  const { lesson, fromLink, datasetId, locale, eventOf, claimOf, link, short } = props;
  const key = answersKey(datasetId, lesson, fromLink);
  const answers = readAnswers(key);
  const name = readStored(nameKey(key))?.trim() ?? "";
  const student = asText(name);
  // A link reads left to right on a Dari or Pashto page too: isolated, its punctuation stays in place.
  const online = <bdi dir="ltr">{asText(link ?? "")}</bdi>;
  const context: PrintContext = {
    locale,
    trackLabel: props.trackLabel,
    actorLabel: props.actorLabel,
    article: props.article,
    original: props.articleLanguage,
    textLang: props.textLang,
  };
  return (
    <article className="te-handout hidden text-black print:block" aria-label={t`Printable worksheet`}>
      <header className="mb-6 border-b-2 border-black pb-3">
        <h1 className="font-serif text-2xl font-bold">
          <bdi>{lesson.title}</bdi>
        </h1>
        {lesson.description && (
          <p className="mt-1">
            <bdi>{lesson.description}</bdi>
          </p>
        )}
        <p className="mt-3 text-sm">
          {name ? (
            <Trans>
              Name: <strong>{student}</strong> Date: ______________
            </Trans>
          ) : (
            <Trans>Name: ______________________________ Date: ______________</Trans>
          )}
        </p>
        <p className="mt-1 text-sm break-all">
          {link ? (
            <Trans>
              <strong>Online:</strong> {online}
            </Trans>
          ) : (
            <Trans>Opened from a file on the teacher's computer: no link opens it.</Trans>
          )}
        </p>
      </header>
      <ol className="space-y-6">
        {lesson.steps.map((step, index) => {
          const event = eventOf(step.event);
          // A step on one of the article's claims prints its words, never its verdict: paper is for judging.
          const claim = step.claim === undefined ? undefined : claimOf(step.claim);
          const paragraph = claim?.paragraph ?? 0;
          const answer = answers[index]?.trim();
          const written = asText(answer ?? "");
          const number = index + 1;
          const total = lesson.steps.length;
          return (
            <li key={index} className={short ? "break-inside-avoid" : ""}>
              <p className="text-sm font-bold">{t`Step ${number} of ${total}`}</p>
              {event &&
                (short ? (
                  <>
                    <p className="text-sm">{formatEventDate(event, { locale })}</p>
                    <h2 className="font-serif text-lg font-bold">
                      <bdi>{event.title}</bdi>
                    </h2>
                    <p>
                      <bdi>{event.summary}</bdi>
                    </p>
                  </>
                ) : (
                  <PrintedEvent event={event} context={context} />
                ))}
              <div className="break-inside-avoid">
                {claim && (
                  <p className="mt-2">
                    <strong>{t`The article says (paragraph ${paragraph}):`}</strong>{" "}
                    <q lang={props.articleLanguage}>
                      <bdi>{claim.text}</bdi>
                    </q>
                  </p>
                )}
                <p className="mt-2 border-s-4 border-black ps-2 font-semibold whitespace-pre-line">
                  <bdi>{step.prompt}</bdi>
                </p>
                {answer ? (
                  <p className="mt-2 whitespace-pre-wrap">
                    <Trans>
                      <strong>Answer:</strong> <bdi>{written}</bdi>
                    </Trans>
                  </p>
                ) : (
                  // Room to write by hand: ruled lines.
                  <div className="mt-2 space-y-7 pt-5" aria-label={t`Space for the answer`}>
                    {[0, 1, 2, 3, 4].map((line) => (
                      <div key={line} className="border-b border-black" />
                    ))}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
