/**
 * Filtering, facet counts and stepping through events: pure functions of (dataset, view state). The
 * index is built once per dataset so each change of filters is one pass over plain arrays.
 */
import { endOf, parsePartialDate, spanOf, startOf } from "./dates";
import type { Dataset, TimelineEvent } from "./schema";
import { contentTerms, inPeriod, matchesTerms, normaliseForSearch, parseQueryDates, type TextMatch } from "./search";
import type { ProvenanceValue, ViewState } from "./view-state";

export interface EventIndex {
  dataset: Dataset;
  /** Events in date order: by start, then end, then the dataset's own order. */
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, TimelineEvent>;
  /** Position of each event in `events`. */
  order: ReadonlyMap<string, number>;
  /** Per event (same order as `events`): its span in UTC ms. */
  spans: readonly { start: number; end: number }[];
  /** An event's normalised search text, made on the first search rather than when the page opens. */
  searchText(order: number): string;
  trackLabels: ReadonlyMap<string, string>;
  actorLabels: ReadonlyMap<string, string>;
  /** The languages of its text (BCP 47): the dataset's own, and the one it is shown in. */
  languages: readonly string[];
  /** An event as written, when the dataset is shown translated: search finds its words too. */
  originalOf(id: string): TimelineEvent | undefined;
}

export interface IndexOptions {
  /** The dataset as written, when this one is its translation (domain/localize.ts). */
  original?: Dataset;
  /** The language the dataset is shown in. */
  language?: string;
}

const indexes = new WeakMap<Dataset, EventIndex>();

/**
 * The index of a validated dataset, built once and remembered for as long as the dataset lives (a
 * translated dataset is an object of its own, so each language has its index).
 */
export function indexDataset(dataset: Dataset, { original, language }: IndexOptions = {}): EventIndex {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  // Spans first, so sorting compares numbers rather than parsing dates at every comparison.
  const spanOfEvent = dataset.events.map((event) => spanOf(event.start, event.end) ?? { start: 0, end: 0 });
  const order = dataset.events.map((_, index) => index);
  order.sort(
    (a, b) => spanOfEvent[a]!.start - spanOfEvent[b]!.start || spanOfEvent[a]!.end - spanOfEvent[b]!.end || a - b,
  );
  const events = order.map((index) => dataset.events[index]!);
  const actorLabels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
  const originals =
    original && original !== dataset ? new Map(original.events.map((event) => [event.id, event])) : null;
  const haystacks: (string | undefined)[] = [];
  const index: EventIndex = {
    dataset,
    events,
    byId: new Map(events.map((event) => [event.id, event])),
    order: new Map(events.map((event, order) => [event.id, order])),
    spans: order.map((index) => spanOfEvent[index]!),
    searchText(position) {
      let text = haystacks[position];
      if (text === undefined) {
        const event = events[position]!;
        const parts = [
          event.title,
          event.summary,
          event.details ?? "",
          event.notes ?? "",
          ...(event.tags ?? []),
          ...event.actors.map((id) => actorLabels.get(id) ?? id),
        ];
        const written = originals?.get(event.id);
        if (written) parts.push(written.title, written.summary);
        text = haystacks[position] = normaliseForSearch(parts.join(" "));
      }
      return text;
    },
    trackLabels: new Map(dataset.tracks.map((track) => [track.id, track.label])),
    actorLabels,
    languages: [...new Set([dataset.language, ...(language ? [language] : [])])],
    originalOf: (id) => originals?.get(id),
  };
  indexes.set(dataset, index);
  return index;
}

type Criteria = (order: number) => { track: boolean; actors: boolean; prov: boolean; dates: boolean; text: boolean };

/**
 * The search's own answer when it is for this query; until the search index has loaded (a moment, on
 * the first search), the words are found as typed, and a date in the query still limits the time.
 */
function textCriterion(index: EventIndex, view: ViewState, text: TextMatch | null | undefined) {
  if (view.q.trim() === "") return () => true;
  if (text && text.query === view.q) return (order: number) => text.scores.has(index.events[order]!.id);
  const { period, words } = parseQueryDates(view.q);
  const terms = contentTerms(words);
  return (order: number) =>
    inPeriod(period, index.spans[order]!) && (terms.length === 0 || matchesTerms(index.searchText(order), terms));
}

function criteria(index: EventIndex, view: ViewState, text?: TextMatch | null): Criteria {
  const tracks = view.tracks === null ? null : new Set(view.tracks);
  const actors = view.actors === null ? null : new Set(view.actors);
  const prov = view.prov === null ? null : new Set<ProvenanceValue>(view.prov);
  const from = view.from ? parsePartialDate(view.from) : null;
  const to = view.to ? parsePartialDate(view.to) : null;
  const fromMs = from ? startOf(from) : -Infinity;
  const toMs = to ? endOf(to) : Infinity; // "to" is inclusive: the whole of its day, month or year
  const matchesText = textCriterion(index, view, text);
  return (order) => {
    const event = index.events[order]!;
    const span = index.spans[order]!;
    return {
      track: tracks === null || tracks.has(event.track),
      actors: actors === null || event.actors.some((id) => actors.has(id)),
      prov: prov === null || prov.has(event.provenance),
      // An event matches a date range when the two overlap at all.
      dates: span.end > fromMs && span.start < toMs,
      text: matchesText(order),
    };
  };
}

/** Whether the events are listed best match first: during a search, unless the reader asked for date order. */
export const ranked = (view: ViewState, text: TextMatch | null | undefined): text is TextMatch =>
  !!text && text.query === view.q && text.kind !== "none" && view.sort !== "date";

/**
 * How the cards are ordered, for the reader: "best" during a search for words, "date" when the reader
 * asked for date order during one, null with no search for words (date order, nothing to say).
 */
export function ordering(view: ViewState): "best" | "date" | null {
  if (contentTerms(parseQueryDates(view.q).words).length === 0) return null;
  return view.sort === "date" ? "date" : "best";
}

/** The events that match every filter: in date order, or during a search best match first. */
export function filterEvents(index: EventIndex, view: ViewState, text?: TextMatch | null): TimelineEvent[] {
  const test = criteria(index, view, text);
  const matches = index.events.filter((_, order) => {
    const c = test(order);
    return c.track && c.actors && c.prov && c.dates && c.text;
  });
  // Best first; equal scores (a search that is only a date) keep date order.
  if (ranked(view, text))
    matches.sort(
      (a, b) => text.scores.get(b.id)! - text.scores.get(a.id)! || index.order.get(a.id)! - index.order.get(b.id)!,
    );
  return matches;
}

export interface Facets {
  tracks: Map<string, number>;
  actors: Map<string, number>;
  prov: Map<ProvenanceValue, number>;
}

/**
 * For each facet value, how many events would match with that value, given every other filter: the
 * number a reader sees beside a checkbox.
 */
export function facetCounts(index: EventIndex, view: ViewState, text?: TextMatch | null): Facets {
  const test = criteria(index, view, text);
  const facets: Facets = {
    tracks: new Map(index.dataset.tracks.map((track) => [track.id, 0])),
    actors: new Map(index.dataset.actors.map((actor) => [actor.id, 0])),
    prov: new Map<ProvenanceValue, number>([
      ["article", 0],
      ["context", 0],
      ["after-article", 0],
    ]),
  };
  index.events.forEach((event, order) => {
    const c = test(order);
    const common = c.dates && c.text;
    if (!common) return;
    if (c.actors && c.prov) facets.tracks.set(event.track, (facets.tracks.get(event.track) ?? 0) + 1);
    if (c.track && c.prov) for (const id of event.actors) facets.actors.set(id, (facets.actors.get(id) ?? 0) + 1);
    if (c.track && c.actors) facets.prov.set(event.provenance, (facets.prov.get(event.provenance) ?? 0) + 1);
  });
  return facets;
}

export interface Visible {
  /** Events matching the filters. */
  matches: TimelineEvent[];
  /** What the cards and the timeline show: the matches, plus the selected event when filters hide it. */
  shown: TimelineEvent[];
  selected: TimelineEvent | null;
  /** The selected event exists but the filters hide it; it is shown anyway, marked as such. */
  selectedOutsideFilters: boolean;
}

export function visibleEvents(index: EventIndex, view: ViewState, text?: TextMatch | null): Visible {
  const matches = filterEvents(index, view, text);
  const selected = view.event === null ? null : (index.byId.get(view.event) ?? null);
  const outside = selected !== null && !matches.includes(selected);
  // The selection outside the filters takes its place in date order, or comes last in a ranked list.
  const shown = !outside
    ? matches
    : ranked(view, text)
      ? [...matches, selected]
      : [...matches, selected].sort((a, b) => index.order.get(a.id)! - index.order.get(b.id)!);
  return { matches, shown, selected, selectedOutsideFilters: outside };
}

/**
 * The event one step before or after the selection in `shown` (date order). With nothing selected,
 * the first event (stepping forward) or the last (back). Null past the ends.
 */
export function stepEvent(
  shown: readonly TimelineEvent[],
  selectedId: string | null,
  direction: 1 | -1,
): TimelineEvent | null {
  if (shown.length === 0) return null;
  const position = selectedId === null ? -1 : shown.findIndex((event) => event.id === selectedId);
  if (position >= 0) return shown[position + direction] ?? null;
  // Nothing selected (or the selection is outside the filters): start at an end of the view, where a
  // reader stepping through expects to start.
  return direction === 1 ? shown[0]! : shown[shown.length - 1]!;
}

/**
 * The time window that shows these events with a margin; null when there are none. The margin after
 * the last event is wider: items carry their label to the right of their date.
 */
export function fitWindow(index: EventIndex, events: readonly TimelineEvent[]): { start: number; end: number } | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const span = index.spans[index.order.get(event.id)!]!;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  const DAY = 86_400_000;
  // A single day would zoom to hours; keep at least a month in view, centred on the events.
  const width = Math.max(end - start, 30 * DAY);
  const middle = (start + end) / 2;
  return { start: middle - width / 2 - width * 0.04, end: middle + width / 2 + width * 0.22 };
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * How far the timeline may zoom: in to a week (closer, dates carry no more meaning), out to a few
 * decades, or to the whole dataset with its margins when that spans longer (a teacher's history of a
 * century must fit on screen).
 */
export function zoomLimits(index: EventIndex): { min: number; max: number } {
  const whole = fitWindow(index, index.events);
  const span = whole ? whole.end - whole.start : 0;
  return { min: 7 * DAY_MS, max: Math.max(40 * YEAR_MS, span * 1.5) };
}

/** How many filters are active, for the "Filters (3)" button. */
export function activeFilterCount(view: ViewState): number {
  return (
    (view.tracks !== null ? 1 : 0) +
    (view.actors !== null ? view.actors.length : 0) +
    (view.prov !== null ? 1 : 0) +
    (view.from || view.to ? 1 : 0) +
    (view.q !== "" ? 1 : 0)
  );
}
