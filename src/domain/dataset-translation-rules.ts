/**
 * The rules of the dataset format for its translations (run with the others, dataset-rules.ts): every id a
 * translation names is an item of the dataset, and no translation is into the dataset's own language.
 */
import type * as z from "zod/mini";
import { HINTS } from "./dataset-hints";
import { say } from "./say";

type Ctx = z.core.$RefinementCtx;

/** The parts of the dataset a translation names by id, and the list each id belongs to. */
const TRANSLATED = ["tracks", "actors", "periods", "presets", "events", "lessons", "claims"] as const;

/**
 * Every id a translation names is an item of the dataset (a typo would otherwise be silently ignored, the
 * reader seeing the original), a lesson has no more prompts than steps, and no translation is in the
 * dataset's own language. Paths name the entry as a teacher finds it: translations.fa.events.doha-agreement.
 */
export function checkTranslations(input: Record<string, unknown>, ctx: Ctx) {
  if (!isRecord(input.translations)) return;
  const ids = Object.fromEntries(
    TRANSLATED.map((key) => [
      key,
      new Set(
        records(input[key])
          .map((item) => item.id)
          .filter(isText),
      ),
    ]),
  ) as Record<(typeof TRANSLATED)[number], Set<unknown>>;
  const steps = new Map(records(input.lessons).map((lesson) => [lesson.id, records(lesson.steps).length]));
  for (const [language, translation] of Object.entries(input.translations)) {
    if (!isRecord(translation)) continue;
    if (typeof input.language === "string" && language.toLowerCase() === input.language.toLowerCase()) {
      ctx.addIssue({
        code: "custom",
        path: ["translations", language],
        message: say(
          /*i18n*/ 'the dataset is written in "{language}": a translation into it has nothing to translate',
          { language: input.language },
        ),
        params: { hint: HINTS.ownLanguage },
      });
    }
    for (const key of TRANSLATED) {
      const entries = translation[key];
      if (!isRecord(entries)) continue;
      for (const [itemId, entry] of Object.entries(entries)) {
        const path = ["translations", language, key, itemId];
        if (!ids[key].has(itemId)) {
          ctx.addIssue({
            code: "custom",
            path,
            message: say(/*i18n*/ '"{value}" is not the id of one of the dataset\'s {list}', {
              value: itemId,
              list: key,
            }),
            params: { hint: HINTS.translated },
          });
          continue;
        }
        const prompts = key === "lessons" && isRecord(entry) && Array.isArray(entry.prompts) ? entry.prompts.length : 0;
        const count = steps.get(itemId) ?? 0;
        if (prompts > count) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "prompts"],
            message: say(/*i18n*/ "{prompts} prompts for a lesson of {count} steps", { prompts, count }),
            params: { hint: HINTS.prompts },
          });
        }
      }
    }
  }
}

/** The object items of a list, keeping their original indexes (others are reported by the schema). */
export function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => (isRecord(item) ? item : {}));
}

function isText(value: unknown): value is string {
  return typeof value === "string";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
