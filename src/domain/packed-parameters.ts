/**
 * The link's parameters that carry something whole, compressed (deflate, base64url: packed.ts): a teacher's
 * timeline (pack=), a lesson built in the page (path=) and handed-in answers (answers=). How long each may
 * be and what the reader is told when one cannot be read, for the codec (view-state.ts), in one place.
 */
import { MAX_LINK_LENGTH } from "./limits";
import { say } from "./say";

/** A built lesson's link stays well inside what browsers, LMSs and chat apps carry (about 8,000 characters). */
export const MAX_PATH_LENGTH = 6000;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type PackedParameter = "pack" | "path" | "answers";

/** How long each may be, and what the reader is told, in the page's language, when it cannot be read. */
export const PACKED_PARAMETERS: Record<PackedParameter, { max: number; long(): string; damaged(): string }> = {
  pack: {
    max: MAX_LINK_LENGTH,
    long: () => say(/*i18n*/ "the timeline in the link is too long to be read"),
    damaged: () => say(/*i18n*/ "the timeline in the link is damaged (it has characters a timeline link never has)"),
  },
  path: {
    max: MAX_PATH_LENGTH,
    long: () => say(/*i18n*/ "the lesson in the link is too long to be read"),
    damaged: () => say(/*i18n*/ "the lesson in the link is damaged (it has characters a lesson link never has)"),
  },
  answers: {
    max: MAX_PATH_LENGTH,
    long: () => say(/*i18n*/ "the answers in the link are too long to be read"),
    damaged: () => say(/*i18n*/ "the answers in the link are damaged (they have characters such a link never has)"),
  },
};

export const isPackedParameter = (key: string): key is PackedParameter => Object.hasOwn(PACKED_PARAMETERS, key);

/**
 * The value as the codec keeps it: base64url, or it was cut or changed on its way (and the note says so);
 * unpacking and validation say the rest (dataset-pack.ts, lesson-link.ts, hand-in.ts).
 */
export function readPacked(key: PackedParameter, value: string | undefined): { value: string | null; note?: string } {
  if (value === undefined || value === "") return { value: null };
  return BASE64URL.test(value) ? { value } : { value: null, note: PACKED_PARAMETERS[key].damaged() };
}
