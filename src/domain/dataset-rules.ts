/**
 * The rules of the dataset format that span fields: dates in the stated precision, ranges in order,
 * paragraphs and quotes only for the source's own events, unique ids, and references (tracks, actors,
 * related events, perspectives' speakers) that resolve. Run by the zod schema (schema.ts) even when other
 * fields failed, so a teacher sees every problem in one pass.
 */
import type * as z from "zod/mini";
import { parsePartialDate, precisionOf, startOf, type Precision } from "./dates";
import { HINTS } from "./dataset-hints";
import { ID_PATTERN } from "./limits";

// The advice under each problem is a module of its own (the schema's messages share it), named here as before.
export { HINTS };

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

/**
 * Rules across fields: dates in the stated precision, ranges in order, paragraphs only for the
 * source's own events, unique ids and resolving references. The input may be malformed anywhere, so
 * this reads it defensively and reports only what it can see.
 */
export function checkConsistency(input: unknown, ctx: Ctx) {
  if (!isRecord(input)) return;
  const trackIds = uniqueIds(input, "tracks", ctx);
  const actorIds = uniqueIds(input, "actors", ctx);
  const eventIds = uniqueIds(input, "events", ctx);
  uniqueIds(input, "periods", ctx);
  uniqueIds(input, "presets", ctx);

  uniqueIds(input, "lessons", ctx);
  const claimIds = uniqueIds(input, "claims", ctx);
  const known = { event: eventIds, claim: claimIds };
  records(input.lessons).forEach((lesson, index) => checkLessonSteps(lesson, ["lessons", index], known, ctx));
  records(input.periods).forEach((period, index) => checkOrder(period, ["periods", index], ctx));
  records(input.presets).forEach((preset, index) =>
    checkOrder({ start: preset.from, end: preset.to }, ["presets", index], ctx, "to"),
  );
  records(input.claims).forEach((claim, index) => {
    if (!Array.isArray(claim.events)) return;
    claim.events.forEach((event: unknown, eventIndex) => {
      if (typeof event === "string" && ID_PATTERN.test(event) && !eventIds.has(event)) {
        ctx.addIssue({
          code: "custom",
          path: ["claims", index, "events", eventIndex],
          message: `"${event}" is not the id of an event in this dataset`,
          params: { hint: HINTS.claimEvent },
        });
      }
    });
  });
  checkTranslations(input, ctx);
  records(input.events).forEach((event, index) => {
    const at = (...rest: Path): Path => ["events", index, ...rest];
    checkPrecision(event, at(), ctx);
    checkOrder(event, at(), ctx);
    checkParagraphs(event, at(), ctx);
    if (typeof event.track === "string" && ID_PATTERN.test(event.track) && !trackIds.has(event.track)) {
      ctx.addIssue({
        code: "custom",
        path: at("track"),
        message: `"${event.track}" is not a track of this dataset (${list(trackIds)})`,
        params: { hint: HINTS.track },
      });
    }
    if (Array.isArray(event.actors)) {
      event.actors.forEach((actor: unknown, actorIndex) => {
        if (typeof actor === "string" && ID_PATTERN.test(actor) && !actorIds.has(actor)) {
          ctx.addIssue({
            code: "custom",
            path: at("actors", actorIndex),
            message: `"${actor}" is not an actor of this dataset: add it to "actors" or fix the spelling`,
            params: { hint: HINTS.actor },
          });
        }
      });
    }
    checkQuotes(event, at(), ctx);
    checkCorrection(event, at(), ctx);
    checkMedia(event, at(), ctx);
    records(event.perspectives).forEach((view, viewIndex) => {
      const path = at("perspectives", viewIndex);
      if (typeof view.actor === "string" && ID_PATTERN.test(view.actor) && !actorIds.has(view.actor)) {
        ctx.addIssue({
          code: "custom",
          path: [...path, "actor"],
          message: `unknown actor "${view.actor}": add it to "actors" or fix the spelling`,
          params: { hint: HINTS.actor },
        });
      }
      if (view.words === undefined && view.paraphrase === undefined) {
        ctx.addIssue({
          code: "custom",
          path,
          message: 'needs "words" or "paraphrase": what did this actor say?',
          params: { hint: HINTS.perspective },
        });
      }
    });
    records(event.related).forEach((link, linkIndex) => {
      if (typeof link.id !== "string" || !ID_PATTERN.test(link.id)) return;
      const path = at("related", linkIndex, "id");
      if (link.id === event.id) {
        ctx.addIssue({
          code: "custom",
          path,
          message: "an event cannot be related to itself",
          params: { hint: HINTS.related },
        });
      } else if (!eventIds.has(link.id)) {
        ctx.addIssue({
          code: "custom",
          path,
          message: `"${link.id}" is not the id of an event in this dataset`,
          params: { hint: HINTS.related },
        });
      }
    });
  });
}

const SHAPES: Record<Precision, string> = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" };

function checkPrecision(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  const expected = event.precision;
  if (expected !== "day" && expected !== "month" && expected !== "year") return;
  for (const key of ["start", "end"] as const) {
    const value = event[key];
    const parsed = typeof value === "string" ? parsePartialDate(value) : null;
    if (!parsed) continue; // the date's own check reports it
    const actual = precisionOf(parsed);
    if (actual !== expected) {
      ctx.addIssue({
        code: "custom",
        path: [...at, key],
        message: `"${String(value)}" is a ${actual} but precision is "${expected}": write it as ${SHAPES[expected]}`,
        params: { hint: HINTS.precision },
      });
    }
  }
}

function checkOrder(item: Record<string, unknown>, at: Path, ctx: Ctx, endKey = "end") {
  const from = typeof item.start === "string" ? parsePartialDate(item.start) : null;
  const to = typeof item.end === "string" ? parsePartialDate(item.end) : null;
  if (from && to && startOf(to) < startOf(from)) {
    ctx.addIssue({
      code: "custom",
      path: [...at, endKey],
      message: `"${String(item.end)}" is before the start "${String(item.start)}"`,
      params: { hint: HINTS.order },
    });
  }
}

function checkParagraphs(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  const provenance = event.provenance;
  const cited = event.articleParagraphs;
  if ((provenance === "context" || provenance === "after-article") && Array.isArray(cited) && cited.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: [...at, "articleParagraphs"],
      message: `must be [] when provenance is "${provenance}": only events the source reports cite its paragraphs`,
      params: { hint: HINTS.paragraphs },
    });
  }
}

/** Every quoted paragraph is one the event says it draws on, so the two lists never disagree. */
function checkQuotes(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  const cited = Array.isArray(event.articleParagraphs) ? new Set<unknown>(event.articleParagraphs) : null;
  if (!cited) return;
  records(event.articleQuotes).forEach((quote, index) => {
    if (typeof quote.paragraph !== "number" || cited.has(quote.paragraph)) return;
    ctx.addIssue({
      code: "custom",
      path: [...at, "articleQuotes", index, "paragraph"],
      message: `paragraph ${quote.paragraph} is not among this event's articleParagraphs`,
      params: { hint: HINTS.quoteParagraph },
    });
  });
}

/** The mark "Checked against the record" needs notes that say what was checked, on an event the source reports. */
function checkCorrection(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  if (event.correctsArticle !== true) return;
  const missing = [
    event.provenance !== "article" && 'provenance "article"',
    (typeof event.notes !== "string" || event.notes.trim() === "") && "notes",
  ].filter(Boolean);
  if (missing.length === 0) return;
  ctx.addIssue({
    code: "custom",
    path: [...at, "correctsArticle"],
    message: `needs ${missing.join(" and ")}: it marks notes that correct what the source says`,
    params: { hint: HINTS.corrects },
  });
}

/** A picture is fetched by the reader's browser: only from a web address. */
function checkMedia(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  const media = isRecord(event.media) ? event.media : null;
  if (!media || typeof media.url !== "string" || media.url.trim() === "") return;
  let protocol = "";
  try {
    protocol = new URL(media.url).protocol;
  } catch {
    // not an absolute address: reported below
  }
  if (protocol !== "https:" && protocol !== "http:") {
    ctx.addIssue({
      code: "custom",
      path: [...at, "media", "url"],
      message: `"${media.url.slice(0, 80)}" is not an http: or https: address`,
      params: { hint: HINTS.media },
    });
  }
}

/** The parts of the dataset a translation names by id, and the list each id belongs to. */
const TRANSLATED = ["tracks", "actors", "periods", "presets", "events", "lessons", "claims"] as const;

/**
 * Every id a translation names is an item of the dataset (a typo would otherwise be silently ignored, the
 * reader seeing the original), a lesson has no more prompts than steps, and no translation is in the
 * dataset's own language. Paths name the entry as a teacher finds it: translations.fa.events.doha-agreement.
 */
function checkTranslations(input: Record<string, unknown>, ctx: Ctx) {
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
        message: `the dataset is written in "${input.language}": a translation into it has nothing to translate`,
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
            message: `"${itemId}" is not the id of one of the dataset's ${key}`,
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
            message: `${prompts} prompts for a lesson of ${count} steps`,
            params: { hint: HINTS.prompts },
          });
        }
      }
    }
  }
}

/** A lesson's steps: each names one of the dataset's events and, where it asks to judge one, one of its claims. */
function checkLessonSteps(
  lesson: Record<string, unknown>,
  at: Path,
  known: Record<"event" | "claim", Set<string>>,
  ctx: Ctx,
) {
  records(lesson.steps).forEach((step, index) => {
    for (const [field, hint] of [
      ["event", HINTS.lessonStep],
      ["claim", HINTS.lessonClaim],
    ] as const) {
      const value = step[field];
      if (typeof value === "string" && ID_PATTERN.test(value) && !known[field].has(value))
        ctx.addIssue({
          code: "custom",
          path: [...at, "steps", index, field],
          message: `no ${field} with this id ("${value}")`,
          params: { hint },
        });
    }
  });
}

function uniqueIds(input: Record<string, unknown>, key: string, ctx: Ctx): Set<string> {
  const ids = new Set<string>();
  records(input[key]).forEach((item, index) => {
    if (typeof item.id !== "string") return;
    if (ids.has(item.id)) {
      ctx.addIssue({
        code: "custom",
        path: [key, index, "id"],
        message: `"${item.id}" is used by an earlier item in ${key}: ids must be unique`,
        params: { hint: HINTS.unique },
      });
    }
    ids.add(item.id);
  });
  return ids;
}

/** The object items of a list, keeping their original indexes (others are reported by the schema). */
function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => (isRecord(item) ? item : {}));
}

function isText(value: unknown): value is string {
  return typeof value === "string";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(ids: Set<string>): string {
  const all = [...ids];
  return all.length === 0 ? "it has none" : `known: ${all.slice(0, 8).join(", ")}${all.length > 8 ? ", …" : ""}`;
}
