/**
 * A teacher's own timeline carried whole in the link (`pack=`), so a small class timeline opened from the
 * computer is shared with no hosting: its JSON, minified, compressed and in base64url
 * (packed.ts). Read back, the text is a file like any other: the same reader and validation
 * (load-dataset.ts) decide whether it is a timeline, and a link that is not even that is named as damaged.
 */
import { i18n } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import { MAX_DATASET_BYTES, MAX_LINK_LENGTH } from "./limits";
import { PackTooLarge, packText, unpackText } from "./packed";
import type { Dataset } from "./schema";
import type { Problem } from "./validate-dataset";

/** What the reader is told about a timeline in a link, in one place (render with i18n._). */
export const PACK_TEXT = {
  damaged: msg`the timeline in the link is damaged (it was cut or changed on its way)`,
  damagedHint: msg`Ask whoever shared it for the link again, copied whole, or for the file itself.`,
  tooLarge: msg`the timeline in the link is larger than 10 MB once unpacked`,
  tooLargeHint: msg`A link this size was not made by the explorer. Ask for the file itself.`,
};

export type Packed = { ok: true; pack: string } | { ok: false; reason: "too-large" };
export type Unpacked = { ok: true; text: string } | { ok: false; problem: Problem };

/** The dataset as a link's pack=, unless it alone would be longer than a link may be. */
export async function packDataset(dataset: Dataset, maxChars = MAX_LINK_LENGTH): Promise<Packed> {
  // An editor's $schema means nothing in a link: the pack leaves it out.
  const { $schema: _schema, ...rest } = dataset;
  const pack = await packText(JSON.stringify(rest), maxChars);
  return pack === null ? { ok: false, reason: "too-large" } : { ok: true, pack };
}

/** The text a pack= carries, for the dataset reader; or why there is none. Never throws. */
export async function unpackDataset(pack: string): Promise<Unpacked> {
  try {
    return { ok: true, text: await unpackText(pack, MAX_DATASET_BYTES) };
  } catch (error) {
    return {
      ok: false,
      problem:
        error instanceof PackTooLarge
          ? { path: "", message: i18n._(PACK_TEXT.tooLarge), hint: i18n._(PACK_TEXT.tooLargeHint) }
          : { path: "", message: i18n._(PACK_TEXT.damaged), hint: i18n._(PACK_TEXT.damagedHint) },
    };
  }
}
