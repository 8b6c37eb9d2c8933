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
import { say } from "./say";
import { checkTranslations, isRecord, records } from "./dataset-translation-rules";

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
          message: say(/*i18n*/ '"{value}" is not the id of an event in this dataset', { value: event }),
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
        message: unknownTrack(event.track, trackIds),
        params: { hint: HINTS.track },
      });
    }
    if (Array.isArray(event.actors)) {
      event.actors.forEach((actor: unknown, actorIndex) => {
        if (typeof actor === "string" && ID_PATTERN.test(actor) && !actorIds.has(actor)) {
          ctx.addIssue({
            code: "custom",
            path: at("actors", actorIndex),
            message: say(/*i18n*/ '"{value}" is not an actor of this dataset: add it to "actors" or fix the spelling', {
              value: actor,
            }),
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
          message: say(/*i18n*/ 'unknown actor "{value}": add it to "actors" or fix the spelling', {
            value: view.actor,
          }),
          params: { hint: HINTS.actor },
        });
      }
      if (view.words === undefined && view.paraphrase === undefined) {
        ctx.addIssue({
          code: "custom",
          path,
          message: say(/*i18n*/ 'needs "words" or "paraphrase": what did this actor say?'),
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
          message: say(/*i18n*/ "an event cannot be related to itself"),
          params: { hint: HINTS.related },
        });
      } else if (!eventIds.has(link.id)) {
        ctx.addIssue({
          code: "custom",
          path,
          message: say(/*i18n*/ '"{value}" is not the id of an event in this dataset', { value: link.id }),
          params: { hint: HINTS.related },
        });
      }
    });
  });
}

const SHAPES: Record<Precision, string> = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" };

/** A date more or less exact than the precision says, by what it is: "2021-08" is a month. */
const IMPRECISE: Record<Precision, (values: Record<string, string>) => string> = {
  day: (values) => say(/*i18n*/ '"{value}" is a day but precision is "{precision}": write it as {shape}', values),
  month: (values) => say(/*i18n*/ '"{value}" is a month but precision is "{precision}": write it as {shape}', values),
  year: (values) => say(/*i18n*/ '"{value}" is a year but precision is "{precision}": write it as {shape}', values),
};

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
        message: IMPRECISE[actual]({ value: String(value), precision: expected, shape: SHAPES[expected] }),
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
      message: say(/*i18n*/ '"{end}" is before the start "{start}"', {
        end: String(item.end),
        start: String(item.start),
      }),
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
      message: say(
        /*i18n*/ 'must be [] when provenance is "{provenance}": only events the source reports cite its paragraphs',
        { provenance },
      ),
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
      message: say(/*i18n*/ "paragraph {paragraph} is not among this event's articleParagraphs", {
        paragraph: quote.paragraph,
      }),
      params: { hint: HINTS.quoteParagraph },
    });
  });
}

/** The mark "Checked against the record" needs notes that say what was checked, on an event the source reports. */
function checkCorrection(event: Record<string, unknown>, at: Path, ctx: Ctx) {
  if (event.correctsArticle !== true) return;
  const noProvenance = event.provenance !== "article";
  const noNotes = typeof event.notes !== "string" || event.notes.trim() === "";
  if (!noProvenance && !noNotes) return;
  ctx.addIssue({
    code: "custom",
    path: [...at, "correctsArticle"],
    message:
      noProvenance && noNotes
        ? say(/*i18n*/ 'needs provenance "article" and notes: it marks notes that correct what the source says')
        : noProvenance
          ? say(/*i18n*/ 'needs provenance "article": it marks notes that correct what the source says')
          : say(/*i18n*/ "needs notes: it marks notes that correct what the source says"),
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
      message: say(/*i18n*/ '"{value}" is not an http: or https: address', { value: media.url.slice(0, 80) }),
      params: { hint: HINTS.media },
    });
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
    for (const [field, hint, missing] of [
      ["event", HINTS.lessonStep, (value: string) => say(/*i18n*/ 'no event with this id ("{value}")', { value })],
      ["claim", HINTS.lessonClaim, (value: string) => say(/*i18n*/ 'no claim with this id ("{value}")', { value })],
    ] as const) {
      const value = step[field];
      if (typeof value === "string" && ID_PATTERN.test(value) && !known[field].has(value))
        ctx.addIssue({
          code: "custom",
          path: [...at, "steps", index, field],
          message: missing(value),
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
        message: say(/*i18n*/ '"{value}" is used by an earlier item in {list}: ids must be unique', {
          value: item.id,
          list: key,
        }),
        params: { hint: HINTS.unique },
      });
    }
    ids.add(item.id);
  });
  return ids;
}

function unknownTrack(value: string, ids: Set<string>): string {
  const all = [...ids];
  if (all.length === 0) return say(/*i18n*/ '"{value}" is not a track of this dataset (it has none)', { value });
  const known = `${all.slice(0, 8).join(", ")}${all.length > 8 ? ", …" : ""}`;
  return say(/*i18n*/ '"{value}" is not a track of this dataset (known: {known})', { value, known });
}
