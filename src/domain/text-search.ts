/**
 * The search index: MiniSearch over each event's title, summary, details, notes, actors, tags,
 * track, what each side said and its date, with English word forms reduced to their stem (Porter's
 * stemmer), so "evacuation" finds "evacuated". Loaded when a reader first searches (or the page is
 * idle): the page opens without it.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";
import type { EventIndex } from "./filter";
import { STOP_WORDS, contentTerms, inPeriod, normaliseForSearch, parseQueryDates, type TextMatch } from "./search";
import { alternativesOf, rankedFields, rerank, type RankedFields } from "./search-rank";

export interface TextSearch {
  match(query: string): TextMatch;
}

interface Doc {
  id: string;
  title: string;
  shortTitle: string;
  summary: string;
  details: string;
  notes: string;
  actors: string;
  tags: string;
  track: string;
  voices: string;
  dates: string;
  /** The title and summary as written, when the dataset is shown translated. */
  original: string;
}

const MONTH_NAMES = "january february march april may june july august september october november december".split(" ");
/** What a word standing for the one typed ("killed" for "died") counts, against the word itself. */
const SYNONYM_WEIGHT = 0.2;
/** How many nearest matches an empty result offers. */
const NEAREST = 3;

const tokenize = (text: string) => normaliseForSearch(text).split(" ");
/**
 * Spanish's stemmer reads accents ("evacuación" → "evacu"), which search folds away before it stems: the
 * folded ending "-cion"/"-sion" gets its accent back, so "evacuacion" typed without one meets it too.
 */
const spanish = (term: string) => spanishStemmer(term.replace(/([cs])ion$/, "$1ión"));
/** The stems of a word: English's (Porter) always, Spanish's too when the dataset is shown in Spanish. */
const stemsOf = (languages: readonly string[]) => {
  const inSpanish = languages.some((language) => language.toLowerCase().split("-")[0] === "es");
  return (term: string): string[] => {
    const english = stemmer(term);
    if (!inSpanish) return [english];
    const other = normaliseForSearch(spanish(term));
    return other === english || other === "" ? [english] : [english, other];
  };
};
/** Prefix matching from three letters: "gle" finds Glezmann while it is typed; "us" stays a word. */
const prefix = (term: string) => term.length >= 3;

/** The search over a dataset, indexed at once (tests, small datasets). */
export function createTextSearch(index: EventIndex): TextSearch {
  const stems = stemsOf(index.languages);
  const mini = newIndex(stems);
  mini.addAll(documents(index));
  return searchOver(index, mini, stems, rankingFields(index));
}

/**
 * The same, indexed a few hundred events at a time, so thousands never hold up the page; the ranking's
 * reading of every event (rankedFields) is made here too, as the page waits, a few hundred at a time.
 * Made by the first keystrokes instead (a first letter matches most events), it held up typing in a long
 * timeline: some 260 ms of the first keystrokes at 10,000 events.
 */
export async function buildTextSearch(index: EventIndex): Promise<TextSearch> {
  const stems = stemsOf(index.languages);
  const mini = newIndex(stems);
  await mini.addAllAsync(documents(index), { chunkSize: CHUNK });
  const fields = rankingFields(index);
  for (let at = 0; at < index.events.length; at += CHUNK) {
    for (const event of index.events.slice(at, at + CHUNK)) fields(event.id);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return searchOver(index, mini, stems, fields);
}

const CHUNK = 250;

/** Each event's fields as ranking reads them (rankedFields), made once per event. */
function rankingFields(index: EventIndex): (id: string) => RankedFields | undefined {
  const fields = new Map<string, RankedFields>();
  return (id) => {
    let found = fields.get(id);
    const event = index.byId.get(id);
    if (!found && event) {
      const actorLabels = event.actors.map((actor) => index.actorLabels.get(actor) ?? actor);
      fields.set(id, (found = rankedFields({ ...event, actorLabels })));
    }
    return found;
  };
}

const documents = (index: EventIndex) => index.events.map((event, order) => documentOf(index, order, event.id));

function newIndex(stems: (term: string) => string[]) {
  /** Indexed both as typed and as its stems: a word still being typed ("evacua") finds its prefix too. */
  const indexTerm = (term: string) =>
    term === "" || STOP_WORDS.has(term) ? null : [...new Set([term, ...stems(term)])];
  return new MiniSearch<Doc>({
    fields: [
      "title",
      "shortTitle",
      "summary",
      "details",
      "notes",
      "actors",
      "tags",
      "track",
      "voices",
      "dates",
      "original",
    ],
    tokenize,
    processTerm: indexTerm,
    searchOptions: {
      tokenize,
      processTerm: (term) => (term === "" || STOP_WORDS.has(term) ? null : stems(term)),
      prefix,
      // Where a word is says how much the event is about it: its name (the short title) and title most,
      // then its summary, the people and groups in it, its tags; its details, notes and what each side
      // said least (a word there is often a mention in passing).
      boost: {
        shortTitle: 6,
        title: 4,
        summary: 2,
        actors: 2,
        tags: 1.5,
        details: 0.6,
        notes: 0.5,
        voices: 0.5,
        track: 0.3,
        dates: 0.5,
        // A translated event's English words: found, as a mention is, when the reader types them.
        original: 1,
      },
    },
  });
}

function searchOver(
  index: EventIndex,
  mini: MiniSearch<Doc>,
  stems: (term: string) => string[],
  fieldsOf: (id: string) => RankedFields | undefined,
): TextSearch {
  // Each word of the query, or a word that stands for it ("died" for "killed"): every word must be met.
  // A word the reader did not type counts for less than the one they did.
  const queryOf = (terms: readonly string[], combineWith: "AND" | "OR") => ({
    combineWith,
    queries: terms.map((term) => {
      const own = stems(term);
      return {
        combineWith: "OR" as const,
        queries: [...alternativesOf(term)],
        boostTerm: (candidate: string) => (own.includes(candidate) ? 1 : SYNONYM_WEIGHT),
      };
    }),
  });
  return {
    match(query) {
      const { period, words } = parseQueryDates(query);
      const span = (id: string) => index.spans[index.order.get(id)!]!;
      const filter = (result: SearchResult) => inPeriod(period, span(result.id as string));
      const terms = contentTerms(words);
      const answer = (
        kind: TextMatch["kind"],
        results: { id: string; score: number }[],
        extra?: Partial<TextMatch>,
      ) => ({
        query,
        kind,
        scores: new Map(results.map((result) => [result.id, result.score])),
        unmatched: [],
        period,
        nearest: [],
        ...extra,
      });

      // Only a period (or only small words): every event in it.
      if (terms.length === 0) {
        const all = index.events.filter((event) => inPeriod(period, span(event.id)));
        if (all.length > 0 || !period)
          return answer(
            "all",
            all.map((event) => ({ id: event.id, score: 1 })),
          );
        return answer("none", [], { nearest: nearestInTime(index, period) });
      }
      const ranked = (results: SearchResult[]) =>
        rerank(results.map(scored), terms, fieldsOf).sort((a, b) => b.score - a.score);
      const every = mini.search(queryOf(terms, "AND"), { filter });
      if (every.length > 0) return answer("all", ranked(every));

      const some = mini.search(queryOf(terms, "OR"), { filter });
      const unmatched = terms.filter((term) => mini.search(queryOf([term], "OR"), { filter }).length === 0);
      if (some.length > 0) return answer("some", ranked(some), { unmatched });

      // Nothing at all: offer what is nearest, by spelling (anywhere in time), else by date.
      const fuzzy = mini.search(terms.join(" "), { combineWith: "OR", fuzzy: 0.3 });
      const nearest = fuzzy.length > 0 ? fuzzy.slice(0, NEAREST).map((result) => result.id as string) : [];
      return answer("none", [], {
        unmatched,
        nearest: nearest.length > 0 || !period ? nearest : nearestInTime(index, period),
      });
    },
  };
}

const scored = (result: SearchResult) => ({ id: result.id as string, score: result.score });

function documentOf(index: EventIndex, order: number, id: string): Doc {
  const event = index.events[order]!;
  const actorLabel = (actor: string) => index.actorLabels.get(actor) ?? actor;
  const span = index.spans[order]!;
  const dates = new Set<string>();
  for (const time of [span.start, span.end - 1]) {
    const date = new Date(time);
    dates.add(`${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`);
  }
  return {
    id,
    title: event.title,
    shortTitle: event.shortTitle ?? "",
    summary: event.summary,
    details: event.details ?? "",
    notes: event.notes ?? "",
    actors: event.actors.map(actorLabel).join(" "),
    tags: (event.tags ?? []).join(" "),
    track: index.trackLabels.get(event.track) ?? event.track,
    voices: [
      ...(event.perspectives ?? []).map(
        (voice) => `${actorLabel(voice.actor)} ${voice.words ?? ""} ${voice.paraphrase ?? ""}`,
      ),
      ...(event.articleQuotes ?? []).map((quote) => quote.text),
    ].join(" "),
    dates: [...dates].join(" "),
    original: ((written) => (written ? `${written.title} ${written.shortTitle ?? ""} ${written.summary}` : ""))(
      index.originalOf(id),
    ),
  };
}

/** With nothing in the period a query names: the events closest to it in time. */
function nearestInTime(index: EventIndex, period: { start: number; end: number }): string[] {
  const distance = (span: { start: number; end: number }) =>
    span.end <= period.start ? period.start - span.end : span.start >= period.end ? span.start - period.end : 0;
  return index.events
    .map((event, order) => ({ id: event.id, distance: distance(index.spans[order]!) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, NEAREST)
    .map((entry) => entry.id);
}
