/**
 * A lesson built in the page, carried whole in the link (`path=`): its JSON, compressed with the
 * browser's own deflate (CompressionStream) and written in base64url, so a ten-step lesson fits in a
 * link a teacher can paste anywhere. Read back, it is validated with the dataset's own lesson rules and
 * is only ever shown as text.
 */
import { t } from "@lingui/core/macro";
import { packJson, unpackText } from "./packed";
import { LessonSchema, type Dataset, type Lesson } from "./schema";

/** What a decoded link holds: the lesson and the dataset's events it names, or why it cannot be used. */
export type DecodedLesson = { ok: true; lesson: Lesson; ignored: string[] } | { ok: false; reason: string };

/** The id a lesson from a link carries: it has none of its own in any dataset. */
export const LINKED_LESSON_ID = "shared-lesson";

export function encodeLesson(lesson: Pick<Lesson, "title" | "description" | "steps">): Promise<string> {
  return packJson({ title: lesson.title, description: lesson.description, steps: lesson.steps });
}

/** More than a lesson's prompts could ever need: a link never inflates past this. */
const MAX_LESSON_BYTES = 1024 * 1024;

export async function decodeLesson(path: string, dataset: Dataset): Promise<DecodedLesson> {
  let json: string;
  try {
    json = await unpackText(path, MAX_LESSON_BYTES);
  } catch {
    return { ok: false, reason: t`the lesson in the link is damaged or cut short: ask for the link again` };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: t`the lesson in the link could not be read` };
  }
  const parsed = LessonSchema.safeParse(
    value && typeof value === "object" ? { id: LINKED_LESSON_ID, ...(value as object) } : value,
  );
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") : "";
    const reason = `${where ? `${where}: ` : ""}${first?.message ?? "unknown"}`;
    return { ok: false, reason: t`the lesson in the link is not a valid lesson (${reason})` };
  }
  // Steps that name events this dataset does not have are left out, and the reader is told.
  const known = new Set(dataset.events.map((event) => event.id));
  const steps = parsed.data.steps.filter((step) => known.has(step.event));
  const ignored = parsed.data.steps
    .filter((step) => !known.has(step.event))
    .map(({ event }) => t`the lesson's step on “${event}” names no event of this dataset and was left out`);
  if (steps.length === 0) return { ok: false, reason: t`none of the lesson's steps names an event of this dataset` };
  // A claim this dataset lacks is dropped from its step, which keeps its event and question.
  const claims = new Set((dataset.claims ?? []).map((claim) => claim.id));
  const checked = steps.map((step) => {
    if (step.claim === undefined || claims.has(step.claim)) return step;
    const claim = step.claim;
    ignored.push(t`the lesson's claim “${claim}” is not a claim of this dataset and was left out`);
    const { claim: _dropped, ...rest } = step;
    return rest;
  });
  return { ok: true, lesson: { ...parsed.data, steps: checked }, ignored };
}
