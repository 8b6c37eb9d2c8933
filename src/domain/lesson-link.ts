/**
 * A lesson built in the page, carried whole in the link (`path=`): its JSON, compressed with the
 * browser's own deflate (CompressionStream) and written in base64url, so a ten-step lesson fits in a
 * link a teacher can paste anywhere. Read back, it is validated with the dataset's own lesson rules and
 * is only ever shown as text.
 */
import { LessonSchema, type Dataset, type Lesson } from "./schema";

/** What a decoded link holds: the lesson and the dataset's events it names, or why it cannot be used. */
export type DecodedLesson = { ok: true; lesson: Lesson; ignored: string[] } | { ok: false; reason: string };

/** The id a lesson from a link carries: it has none of its own in any dataset. */
export const LINKED_LESSON_ID = "shared-lesson";

export async function encodeLesson(lesson: Pick<Lesson, "title" | "description" | "steps">): Promise<string> {
  const json = JSON.stringify({ title: lesson.title, description: lesson.description, steps: lesson.steps });
  const bytes = await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return toBase64Url(bytes);
}

export async function decodeLesson(path: string, dataset: Dataset): Promise<DecodedLesson> {
  let json: string;
  try {
    const bytes = await pipe(fromBase64Url(path), new DecompressionStream("deflate-raw"));
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "the lesson in the link is damaged or cut short: ask for the link again" };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: "the lesson in the link could not be read" };
  }
  const parsed = LessonSchema.safeParse(
    value && typeof value === "object" ? { id: LINKED_LESSON_ID, ...(value as object) } : value,
  );
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") : "";
    return {
      ok: false,
      reason: `the lesson in the link is not a valid lesson (${where ? `${where}: ` : ""}${first?.message ?? "unknown"})`,
    };
  }
  // Steps that name events this dataset does not have are left out, and the reader is told.
  const known = new Set(dataset.events.map((event) => event.id));
  const steps = parsed.data.steps.filter((step) => known.has(step.event));
  const ignored = parsed.data.steps
    .filter((step) => !known.has(step.event))
    .map((step) => `the lesson's step on “${step.event}” names no event of this dataset and was left out`);
  if (steps.length === 0) return { ok: false, reason: "none of the lesson's steps names an event of this dataset" };
  return { ok: true, lesson: { ...parsed.data, steps }, ignored };
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
