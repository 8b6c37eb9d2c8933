/**
 * Work handed in without accounts or a server: a student's answers to a lesson saved as one small JSON
 * file (and, when it fits, a link), with their name, the lesson and the dataset it belongs to; a teacher
 * opens one or many such files and reads every answer beside its step. The file is untrusted input: it
 * is checked field by field, refused with a plain reason when it is not what it says, and only ever shown
 * as text.
 */
import { plural, t } from "@lingui/core/macro";
import * as z from "zod/mini";
import { ID_PATTERN, PROMPT_MAX } from "./limits";

export const HAND_IN_FORMAT = "timeline-explorer-answers";

/** The longest answer a student can type (the answer box's own limit). */
export const ANSWER_MAX = 5000;
const NAME_MAX = 120;
const TITLE_MAX = 300;
const STEPS_MAX = 200;

const HandInSchema = z.strictObject({
  format: z.literal(HAND_IN_FORMAT),
  version: z.literal(1),
  dataset: z.strictObject({
    id: z.string().check(z.regex(ID_PATTERN), z.maxLength(TITLE_MAX)),
    title: z.string().check(z.maxLength(TITLE_MAX)),
  }),
  lesson: z.strictObject({
    /** The dataset's lesson id; null for a lesson carried in a link (path=). */
    id: z.nullable(z.string().check(z.regex(ID_PATTERN), z.maxLength(TITLE_MAX))),
    title: z.string().check(z.minLength(1), z.maxLength(TITLE_MAX)),
    steps: z
      .array(
        z.strictObject({
          event: z.string().check(z.regex(ID_PATTERN), z.maxLength(TITLE_MAX)),
          prompt: z.string().check(z.maxLength(PROMPT_MAX)),
        }),
      )
      .check(z.minLength(1), z.maxLength(STEPS_MAX)),
  }),
  name: z.string().check(z.maxLength(NAME_MAX)),
  /** One per step, "" for a step not answered. */
  answers: z.array(z.string().check(z.maxLength(ANSWER_MAX))).check(z.maxLength(STEPS_MAX)),
  /** When it was handed in, as the student's browser dated it (ISO 8601). */
  handedIn: z.string().check(z.maxLength(40)),
});

export type HandIn = z.infer<typeof HandInSchema>;

export function handInOf({
  dataset,
  lesson,
  fromLink,
  name,
  answers,
  now = new Date(),
}: {
  dataset: { id: string; title: string };
  lesson: { id: string; title: string; steps: readonly { event: string; prompt: string }[] };
  fromLink: boolean;
  name: string;
  answers: Readonly<Record<number, string>>;
  now?: Date;
}): HandIn {
  return {
    format: HAND_IN_FORMAT,
    version: 1,
    dataset: { id: dataset.id, title: dataset.title },
    lesson: {
      id: fromLink ? null : lesson.id,
      title: lesson.title,
      steps: lesson.steps.map(({ event, prompt }) => ({ event, prompt })),
    },
    name: name.trim().slice(0, NAME_MAX),
    answers: lesson.steps.map((_, index) => (answers[index] ?? "").trim().slice(0, ANSWER_MAX)),
    handedIn: now.toISOString(),
  };
}

/** The file's name: the lesson and the student, in characters any system keeps. */
export function handInFileName(handIn: HandIn): string {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40);
  const who = slug(handIn.name) || "student";
  return `${slug(handIn.lesson.id ?? handIn.lesson.title) || "lesson"}-${who}-answers.json`;
}

/** Whether a value read from a file looks like handed-in work at all (before it is checked in full). */
export function isHandIn(value: unknown): boolean {
  return !!value && typeof value === "object" && (value as { format?: unknown }).format === HAND_IN_FORMAT;
}

export type ReadHandIn = { ok: true; handIn: HandIn } | { ok: false; problem: string };

/** Checks a file's content; `source` names it in the reason ("the file “amina.json”"). */
export function readHandIn(value: unknown, source: string): ReadHandIn {
  const parsed = HandInSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join(".") ?? "";
    return {
      ok: false,
      problem: notHandIn(source, `${where ? `${where}: ` : ""}${first?.message ?? "unknown"}`),
    };
  }
  if (parsed.data.answers.length !== parsed.data.lesson.steps.length)
    return {
      ok: false,
      problem: answersMismatch(source, parsed.data.answers.length, parsed.data.lesson.steps.length),
    };
  return { ok: true, handIn: parsed.data };
}

const notHandIn = (source: string, reason: string) =>
  t`${source} is not handed-in work the explorer can read (${reason}); ask for the file again`;

function answersMismatch(source: string, answers: number, steps: number): string {
  return plural(steps, {
    one: `${source} has ${answers} answers for a lesson of # step; ask for the file again`,
    other: `${source} has ${answers} answers for a lesson of # steps; ask for the file again`,
  });
}

/** A lesson's steps as one key, so answers to the same lesson (by id or carried in a link) group together. */
export function lessonKey(handIn: Pick<HandIn, "dataset" | "lesson">): string {
  return JSON.stringify([handIn.dataset.id, handIn.lesson.id ?? "", handIn.lesson.title, handIn.lesson.steps]);
}

export interface HandInGroup {
  key: string;
  dataset: HandIn["dataset"];
  lesson: HandIn["lesson"];
  /** Every student's work, by name, the latest of each name kept. */
  students: HandIn[];
}

/**
 * Handed-in work grouped by lesson, each lesson's students sorted by name; a student who handed in twice
 * is kept once, with their latest.
 */
export function groupHandIns(all: readonly HandIn[], collator = new Intl.Collator()): HandInGroup[] {
  const groups = new Map<string, HandInGroup>();
  for (const handIn of all) {
    const key = lessonKey(handIn);
    const group = groups.get(key) ?? { key, dataset: handIn.dataset, lesson: handIn.lesson, students: [] };
    const same = group.students.findIndex((student) => student.name === handIn.name);
    if (same < 0) group.students.push(handIn);
    else if (group.students[same]!.handedIn <= handIn.handedIn) group.students[same] = handIn;
    groups.set(key, group);
  }
  for (const group of groups.values()) group.students.sort((a, b) => collator.compare(a.name, b.name));
  return [...groups.values()];
}
