/**
 * The view state and its one codec: the URL's query string is the single source of truth for what a
 * shared link must reproduce. Teachers' links are a public contract, so parsing never throws, keeps
 * whatever it can, and says what it dropped; serialising writes keys in a fixed order and leaves
 * defaults out, so equal views have equal links.
 */
import { ID_PATTERN } from "./limits";
import { isLanguage, type Language } from "./locales";
import { isDateText, parsePartialDate, startOf } from "./dates";
import { NOTE } from "./link-notes";
import { PACKED_PARAMETERS, isPackedParameter, readPacked, type PackedParameter } from "./packed-parameters";

export const PROVENANCES = ["article", "context", "after-article"] as const;
export type ProvenanceValue = (typeof PROVENANCES)[number];
export type Theme = "light" | "dark";

export interface ViewState {
  /** Tracks shown; null shows all. */
  tracks: string[] | null;
  /** Events involving any of these actors; null for no actor filter. */
  actors: string[] | null;
  /** Provenance shown; null shows all. */
  prov: ProvenanceValue[] | null;
  /** Inclusive date filter, as "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  from: string | null;
  to: string | null;
  /** Text search; "" for none. */
  q: string;
  /** "date": the cards in date order during a search; null lists them best match first. */
  sort: "date" | null;
  /** The selected event's id. */
  event: string | null;
  embed: boolean;
  /** In embed mode, show the filter panel open (it starts collapsed). */
  filters: boolean;
  /** null follows the reader's system setting. */
  theme: Theme | null;
  /** URL of a dataset to load instead of the default. */
  data: string | null;
  /** A teacher's own timeline carried whole (domain/dataset-pack.ts); beside it, data= is left out. */
  pack: string | null;
  /** A lesson of the dataset, by id. */
  lesson: string | null;
  /** The lesson's step, from 1; null is the first. */
  step: number | null;
  /** A lesson built in the page, carried whole (compressed): see domain/lesson-link.ts. */
  path: string | null;
  /** A student's handed-in answers, carried whole (compressed): see domain/hand-in.ts. */
  answers: string | null;
  /** The interface's language; null follows the reader's browser (domain/locales.ts). */
  lang: Language | null;
  /** "claims": the "Check the article" view, the source article's claims beside the record. */
  view: "claims" | null;
  /** A claim of the article, by id, opened in that view. */
  claim: string | null;
}

/** The filter part of a view, every filter off: what "Clear all" applies. */
export const NO_FILTERS: Pick<ViewState, "tracks" | "actors" | "prov" | "from" | "to" | "q"> = Object.freeze({
  tracks: null,
  actors: null,
  prov: null,
  from: null,
  to: null,
  q: "",
});

export const DEFAULT_VIEW: ViewState = Object.freeze({
  ...NO_FILTERS,
  sort: null,
  event: null,
  embed: false,
  filters: false,
  theme: null,
  data: null,
  pack: null,
  lesson: null,
  step: null,
  path: null,
  answers: null,
  lang: null,
  view: null,
  claim: null,
});

/** The order keys are written in, fixed so that equal views have equal links. */
export const PARAMETERS = [
  "tracks",
  "actors",
  "prov",
  "from",
  "to",
  "q",
  "sort",
  "event",
  "embed",
  "filters",
  "theme",
  "data",
  "pack",
  "lesson",
  "step",
  "path",
  "answers",
  "lang",
  "view",
  "claim",
] as const;

const MAX_STEP = 999;

export const MAX_QUERY_LENGTH = 200;
const MAX_LIST_LENGTH = 500;
const MAX_VALUE_LENGTH = 2048;

export interface Parsed {
  state: ViewState;
  /** Plain-language notes on what the link asked for that could not be used. */
  ignored: string[];
}

/** Reads a query string ("?a=b…" or "a=b…"). Never throws. */
export function parseViewState(search: string): Parsed {
  const ignored: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: [NOTE.unreadable()] };
  }

  const values = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (!(PARAMETERS as readonly string[]).includes(key)) continue; // other tools' parameters (utm_…) are not ours to judge
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  // A scalar given twice uses its first value; lists given twice are merged.
  const single = (key: string): string | undefined => {
    const all = values.get(key);
    if (!all) return undefined;
    if (all.length > 1) ignored.push(NOTE.repeated(key, all.length));
    const value = all[0]!;
    const packed = isPackedParameter(key) ? PACKED_PARAMETERS[key] : null;
    if (value.length > (packed?.max ?? MAX_VALUE_LENGTH)) {
      ignored.push(packed?.long() ?? NOTE.tooLong(key));
      return undefined;
    }
    return value;
  };
  const packedValue = (key: PackedParameter): string | null => {
    const read = readPacked(key, single(key));
    if (read.note) ignored.push(read.note);
    return read.value;
  };
  const list = (key: string): string[] | undefined => {
    const all = values.get(key);
    if (!all) return undefined;
    const items = all.flatMap((value) => value.split(",")).map((item) => item.trim());
    return items.filter((item) => item !== "");
  };

  const tracks = list("tracks");
  if (tracks) state.tracks = ids(tracks, "tracks", ignored);
  const actors = list("actors");
  if (actors) {
    const known = ids(actors, "actors", ignored);
    state.actors = known.length > 0 ? known : null;
  }
  const prov = list("prov");
  if (prov) {
    const known = prov.filter((value): value is ProvenanceValue => {
      const ok = (PROVENANCES as readonly string[]).includes(value);
      if (!ok) ignored.push(NOTE.provenance(clip(value)));
      return ok;
    });
    state.prov = known.length === 0 && prov.length > 0 ? null : unique(known).sort();
  }

  const from = single("from");
  if (from !== undefined && from !== "") state.from = date(from, "from", ignored);
  const to = single("to");
  if (to !== undefined && to !== "") state.to = date(to, "to", ignored);
  if (state.from && state.to && startOf(parsePartialDate(state.to)!) < startOf(parsePartialDate(state.from)!)) {
    ignored.push(NOTE.backwards(state.to, state.from));
    state.to = null;
  }

  const q = single("q");
  if (q !== undefined) state.q = normaliseQuery(q);

  const sort = single("sort");
  if (sort !== undefined && sort !== "") {
    if (sort === "date") state.sort = "date";
    else ignored.push(NOTE.sort(clip(sort)));
  }

  const event = single("event");
  if (event !== undefined && event !== "") {
    if (ID_PATTERN.test(event)) state.event = event;
    else ignored.push(NOTE.event(clip(event)));
  }

  const embed = single("embed");
  if (embed !== undefined) {
    if (embed === "1") state.embed = true;
    else if (embed !== "0" && embed !== "") ignored.push(NOTE.embed(clip(embed)));
  }

  const filters = single("filters");
  if (filters !== undefined) {
    if (filters === "1") state.filters = true;
    else if (filters !== "0" && filters !== "") {
      ignored.push(NOTE.filters(clip(filters)));
    }
  }

  const theme = single("theme");
  if (theme !== undefined && theme !== "") {
    if (theme === "light" || theme === "dark") state.theme = theme;
    else ignored.push(NOTE.theme(clip(theme)));
  }

  const data = single("data");
  if (data !== undefined && data.trim() !== "") state.data = data.trim();
  state.pack = packedValue("pack");
  if (state.pack !== null && state.data !== null) {
    // The timeline the link carries is the one its author shared; an address beside it is not fetched.
    ignored.push(NOTE.twoTimelines());
    state.data = null;
  }

  const lesson = single("lesson");
  if (lesson !== undefined && lesson !== "") {
    if (ID_PATTERN.test(lesson)) state.lesson = lesson;
    else ignored.push(NOTE.lesson(clip(lesson)));
  }
  const step = single("step");
  if (step !== undefined && step !== "") {
    const number = /^\d{1,4}$/.test(step) ? Number(step) : NaN;
    if (number >= 1 && number <= MAX_STEP) state.step = number;
    else ignored.push(NOTE.step(clip(step)));
  }
  state.path = packedValue("path");
  state.answers = packedValue("answers");
  const lang = single("lang");
  if (lang !== undefined && lang !== "") {
    if (isLanguage(lang)) state.lang = lang;
    else ignored.push(NOTE.lang(clip(lang)));
  }
  const view = single("view");
  if (view !== undefined && view !== "") {
    if (view === "claims") state.view = view;
    else ignored.push(NOTE.view(clip(view)));
  }
  const claim = single("claim");
  if (claim !== undefined && claim !== "") {
    // A claim is read in the view of claims: a link with claim= alone opens it.
    if (ID_PATTERN.test(claim)) {
      state.claim = claim;
      state.view = "claims";
    } else ignored.push(NOTE.claim(clip(claim)));
  }
  if (state.step !== null && state.lesson === null && state.path === null) {
    ignored.push(NOTE.stepWithoutLesson());
    state.step = null;
  }
  if (state.step === 1) state.step = null; // the first step is the default

  return { state, ignored };
}

/** Writes the query string, without "?": keys in a fixed order, defaults left out. */
export function serialiseViewState(state: ViewState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${encodeValue(value)}`);
  if (state.tracks !== null) put("tracks", unique(state.tracks).sort().join(","));
  if (state.actors !== null && state.actors.length > 0) put("actors", unique(state.actors).sort().join(","));
  if (state.prov !== null) put("prov", unique(state.prov).sort().join(","));
  if (state.from) put("from", state.from);
  if (state.to) put("to", state.to);
  const q = normaliseQuery(state.q);
  if (q !== "") put("q", q);
  if (state.sort) put("sort", state.sort);
  if (state.event) put("event", state.event);
  if (state.embed) put("embed", "1");
  if (state.filters) put("filters", "1");
  if (state.theme) put("theme", state.theme);
  // One timeline per link: the one it carries, else the one it names.
  if (state.pack) put("pack", state.pack);
  else if (state.data) put("data", state.data);
  if (state.lesson) put("lesson", state.lesson);
  // The first step is the lesson's default; it is written only with a lesson to step through.
  if ((state.lesson || state.path) && state.step !== null && state.step > 1) put("step", String(state.step));
  if (state.path) put("path", state.path);
  if (state.answers) put("answers", state.answers);
  if (state.lang) put("lang", state.lang);
  if (state.view || state.claim) put("view", "claims");
  if (state.claim) put("claim", state.claim);
  return parts.join("&");
}

/** Trims and collapses whitespace, and caps the length, so a query has one canonical form. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** True when two states show the same view. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return serialiseViewState(a) === serialiseViewState(b);
}

function ids(values: string[], what: "tracks" | "actors", ignored: string[]): string[] {
  const kept: string[] = [];
  for (const value of values.slice(0, MAX_LIST_LENGTH)) {
    if (ID_PATTERN.test(value)) kept.push(value);
    else ignored.push(what === "tracks" ? NOTE.track(clip(value)) : NOTE.actor(clip(value)));
  }
  const max = MAX_LIST_LENGTH;
  if (values.length > max) ignored.push(what === "tracks" ? NOTE.manyTracks(max) : NOTE.manyActors(max));
  return unique(kept).sort();
}

function date(value: string, key: string, ignored: string[]): string | null {
  if (isDateText(value) && parsePartialDate(value)) return value;
  ignored.push(NOTE.date(key, clip(value)));
  return null;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

// Commas, slashes and colons stay readable in a link; everything else that needs escaping is escaped.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ",").replace(/%2F/g, "/").replace(/%3A/g, ":").replace(/%20/g, "+");
}
