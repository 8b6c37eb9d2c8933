/**
 * A view from a link, checked against the dataset it is shown on: what the codec (view-state.ts) reads
 * from any link is here held against the ids one dataset has.
 */
import { plural, t } from "@lingui/core/macro";
import type { Dataset } from "./schema";
import { PROVENANCES, type Parsed, type ViewState } from "./view-state";

/** What a view is checked against: the ids a dataset has. */
export interface KnownIds {
  tracks: readonly string[];
  actors: readonly string[];
  events: ReadonlySet<string> | readonly string[];
  /** Each lesson's id and how many steps it has. */
  lessons?: ReadonlyMap<string, number>;
  /** The source article's claims (view=claims). */
  claims?: readonly string[];
}

/** The ids of a dataset, for reconcileViewState. */
export function knownIds(dataset: Dataset): KnownIds {
  return {
    tracks: dataset.tracks.map((track) => track.id),
    actors: dataset.actors.map((actor) => actor.id),
    events: new Set(dataset.events.map((event) => event.id)),
    lessons: new Map((dataset.lessons ?? []).map((lesson) => [lesson.id, lesson.steps.length])),
    claims: (dataset.claims ?? []).map((claim) => claim.id),
  };
}

/**
 * Reconciles a parsed state with the dataset it is shown on: unknown ids are dropped with a note, and a
 * selection that covers everything becomes "all", so equal views have equal links.
 */
export function reconcileViewState(state: ViewState, known: KnownIds): Parsed {
  const ignored: string[] = [];
  const next: ViewState = { ...state };

  if (state.tracks !== null) {
    const kept = state.tracks.filter((id) => known.tracks.includes(id));
    for (const id of state.tracks) if (!kept.includes(id)) ignored.push(t`there is no track “${id}”`);
    // A link that names only unknown tracks would show nothing; showing all is the useful reading.
    if (kept.length === 0 && state.tracks.length > 0) next.tracks = null;
    else next.tracks = kept.length === known.tracks.length ? null : kept;
  }
  if (state.actors !== null) {
    const kept = state.actors.filter((id) => known.actors.includes(id));
    for (const id of state.actors) if (!kept.includes(id)) ignored.push(t`there is no actor “${id}”`);
    next.actors = kept.length > 0 ? kept : null;
  }
  if (state.prov !== null && state.prov.length === PROVENANCES.length) next.prov = null;
  if (state.event !== null) {
    const events = known.events;
    const exists = Array.isArray(events)
      ? events.includes(state.event)
      : (events as ReadonlySet<string>).has(state.event);
    if (!exists) {
      const event = state.event;
      ignored.push(t`there is no event “${event}”`);
      next.event = null;
    }
  }
  // A lesson carried whole in the link (path=) is checked once it is decoded, not here.
  if (state.lesson !== null && state.path === null) {
    const steps = known.lessons?.get(state.lesson);
    const lesson = state.lesson;
    if (steps === undefined) {
      ignored.push(t`there is no lesson “${lesson}”`);
      next.lesson = null;
      next.step = null;
    } else if (state.step !== null && state.step > steps) {
      const asked = state.step;
      ignored.push(
        plural(steps, {
          one: `the lesson has # step, not ${asked}; the last one is shown`,
          other: `the lesson has # steps, not ${asked}; the last one is shown`,
        }),
      );
      next.step = steps;
    }
  }
  if (next.lesson === null && next.path === null) next.step = null;
  if (state.view === "claims" && known.claims !== undefined && known.claims.length === 0) {
    ignored.push(t`this timeline has no claims of an article to check`);
    next.view = null;
    next.claim = null;
  } else if (state.claim !== null && known.claims !== undefined && !known.claims.includes(state.claim)) {
    // The view of claims still opens: the reader sees the claims there are.
    const claim = state.claim;
    ignored.push(t`there is no claim “${claim}”`);
    next.claim = null;
  }
  return { state: next, ignored };
}
