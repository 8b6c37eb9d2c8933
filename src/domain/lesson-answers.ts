/**
 * A student's answers to a lesson, kept in this browser only: where they are stored, and the text file
 * "Download my answers" saves. Nothing here is sent anywhere.
 */
import { t } from "@lingui/core/macro";
import { formatEventDate } from "./format-date";
import { DIRECTION, isLanguage } from "./locales";
import type { Claim, Lesson, TimelineEvent } from "./schema";

/** Answers by step (0-based), as typed. */
export type Answers = Readonly<Record<number, string>>;

/**
 * The storage key: one set of answers per dataset and lesson. A lesson from a link has no id of its
 * own, so its key is made from its content: two different shared lessons never mix their answers.
 */
export function answersKey(datasetId: string, lesson: Pick<Lesson, "id" | "title" | "steps">, fromLink: boolean) {
  const id = fromLink ? `link-${hash(JSON.stringify([lesson.title, lesson.steps]))}` : lesson.id;
  return `timeline-explorer:answers:${datasetId}:${id}`;
}

/** Reads stored answers, whatever the storage holds: anything unreadable counts as no answers. */
export function parseAnswers(stored: string | null): Answers {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const answers: Record<number, string> = {};
    for (const [key, text] of Object.entries(value)) {
      if (/^\d{1,3}$/.test(key) && typeof text === "string") answers[Number(key)] = text;
    }
    return answers;
  } catch {
    return {};
  }
}

/** Where the student's name is kept, beside the answers of the same lesson. */
export const nameKey = (answers: string) => `${answers}:name`;

/** U+200F RIGHT-TO-LEFT MARK: a line that begins with it reads right to left in a plain text editor. */
export const RLM = "\u200F";

/** Whether a locale ("fa-AF-u-ca-gregory", "ps") writes right to left. */
const rightToLeft = (locale: string) => {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  return isLanguage(language) && DIRECTION[language] === "rtl";
};

/**
 * The text file of "Download my answers": the lesson, then each step's event, prompt and answer. In Dari
 * and Pashto each line begins with a right-to-left mark, so that a plain text editor (which decides a
 * line's direction by its first strong letter, and may meet a date's digits or an English name first) shows
 * every line right to left, as the page does; the words themselves are untouched.
 */
export function answersText(
  lesson: Pick<Lesson, "title" | "description" | "steps">,
  answers: Answers,
  eventOf: (id: string) => TimelineEvent | undefined,
  /**
   * `link`: the lesson's link, or null when no link opens its timeline (a file from the computer); `claimOf`:
   * the dataset's claims, so that a step on one quotes the words the answer judges.
   */
  {
    locale = "en",
    link,
    name = "",
    claimOf,
  }: { locale?: string; link: string | null; name?: string; claimOf?: (id: string) => Claim | undefined },
): string {
  const lines = [lesson.title, "=".repeat(Math.min(lesson.title.length, 72))];
  if (lesson.description) lines.push(lesson.description);
  const student = name.trim();
  if (student !== "") lines.push(t`Name: ${student}`);
  if (link) lines.push(t`Online: ${link}`);
  lines.push("");
  lesson.steps.forEach((step, index) => {
    const event = eventOf(step.event);
    const number = index + 1;
    const total = lesson.steps.length;
    lines.push(t`Step ${number} of ${total}`);
    if (event) lines.push(`${formatEventDate(event, { locale })}: ${event.title}`);
    const claim = step.claim === undefined ? undefined : claimOf?.(step.claim);
    if (claim) {
      const paragraph = claim.paragraph;
      // The worksheet's words before the article's own, quoted as written.
      lines.push(`${t`The article says (paragraph ${paragraph}):`} “${claim.text}”`);
    }
    const prompt = step.prompt;
    const answer = answers[index]?.trim() || t`(no answer yet)`;
    lines.push(t`Question: ${prompt}`, t`My answer: ${answer}`, "");
  });
  const text = lines.join("\r\n");
  if (!rightToLeft(locale)) return text;
  // An answer typed on several lines is several lines of the file: each begins with the mark.
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => (line === "" ? line : RLM + line))
    .join("\r\n");
}

/** A short, stable name for a string (FNV-1a, 32 bits): enough to tell lessons apart in storage. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
