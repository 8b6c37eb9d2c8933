import { citationText } from "../../domain/labels";
import { formatEventDate } from "../../domain/format-date";
import { answersKey } from "../../domain/lesson-answers";
import { siteName } from "../../domain/urls";
import { readAnswers, type LessonContext } from "./lesson-panel";

/**
 * The lesson on paper: its title, then each step's event (date, title, summary, sources) and prompt,
 * with the student's answer or lines to write on. Black on white; a step is never split across pages.
 */
/** What the worksheet says of where it is online, in one place. */
const TEXT = {
  online: "Online:",
  offline: "Opened from a file on the teacher's computer: no link opens it.",
} as const;

export function Worksheet({
  lesson,
  fromLink,
  datasetId,
  locale,
  eventOf,
  link,
}: LessonContext & { link: string | null }) {
  const answers = readAnswers(answersKey(datasetId, lesson, fromLink));
  return (
    <article className="te-handout hidden text-black print:block" aria-label="Printable worksheet">
      <header className="mb-6 border-b-2 border-black pb-3">
        <h1 className="font-serif text-2xl font-bold">
          <bdi>{lesson.title}</bdi>
        </h1>
        {lesson.description && <p className="mt-1">{lesson.description}</p>}
        <p className="mt-3 text-sm">Name: ______________________________ Date: ______________</p>
        <p className="mt-1 text-sm break-all">
          {link ? (
            <>
              <strong>{TEXT.online}</strong> {link}
            </>
          ) : (
            TEXT.offline
          )}
        </p>
      </header>
      <ol className="space-y-6">
        {lesson.steps.map((step, index) => {
          const event = eventOf(step.event);
          const answer = answers[index]?.trim();
          return (
            <li key={index} className="break-inside-avoid">
              <p className="text-sm font-bold">
                Step {index + 1} of {lesson.steps.length}
              </p>
              {event && (
                <>
                  <p className="text-sm">{formatEventDate(event, { locale })}</p>
                  <h2 className="font-serif text-lg font-bold">
                    <bdi>{event.title}</bdi>
                  </h2>
                  <p>{event.summary}</p>
                  <ul className="mt-1 text-sm">
                    {event.sources.map((source, sourceIndex) => (
                      <li key={sourceIndex}>
                        Source: <bdi>{citationText(source, locale)}</bdi>
                        {siteName(source.url) ? ` ${siteName(source.url)}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="mt-2 border-l-4 border-black pl-2 font-semibold">
                <bdi>{step.prompt}</bdi>
              </p>
              {answer ? (
                <p className="mt-2 whitespace-pre-wrap">
                  <strong>Answer:</strong> {answer}
                </p>
              ) : (
                // Room to write by hand: ruled lines.
                <div className="mt-2 space-y-7 pt-5" aria-label="Space for the answer">
                  {[0, 1, 2, 3, 4].map((line) => (
                    <div key={line} className="border-b border-black" />
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
