/**
 * How a search's results are ranked, beyond the index's own score for each word: the words together (a
 * phrase) count more than the same words scattered; an event about a person or group the query names
 * (one of its actors) ranks above one that only mentions them; and among the results, the event the
 * others refer to (the bombing that the arrest and the strike answer) comes before them. Pure: the search
 * index (text-search.ts) gives the scores and the event's fields.
 */
import { stemmer } from "stemmer";
import { normaliseForSearch } from "./search";

/**
 * Words a student types for the words the record uses: "troops died" finds "13 U.S. service members
 * were killed". Each group is a set of words that stand for one another in a query (never in the index).
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ["die", "died", "dies", "dead", "death", "deaths", "kill", "killed", "killing", "killings"],
  ["troop", "troops", "soldier", "soldiers", "service", "servicemember", "servicemembers", "marines", "forces"],
  ["free", "freed", "freeing", "release", "released", "releases", "releasing"],
  ["talk", "talks", "negotiation", "negotiations", "negotiate", "negotiated", "meeting", "meetings"],
  ["prisoner", "prisoners", "detainee", "detainees", "detained", "hostage", "hostages", "captive"],
  ["leave", "left", "withdraw", "withdrew", "withdrawal", "pullout"],
  ["evacuation", "evacuate", "evacuated", "airlift"],
  ["recognise", "recognize", "recognised", "recognized", "recognition"],
  ["school", "schools", "schooling", "education", "classroom"],
  ["ban", "bans", "banned", "bar", "barred", "forbid", "forbidden"],
  ["woman", "women", "girl", "girls"],
  ["america", "american", "americans", "usa"],
];

const byWord = new Map<string, readonly string[]>();
for (const group of SYNONYMS) for (const word of group) byWord.set(word, group);

/** The words a query word stands for, itself first. */
export function alternativesOf(term: string): readonly string[] {
  const group = byWord.get(term);
  return group ? [term, ...group.filter((word) => word !== term)] : [term];
}

/** What ranking reads of an event, normalised for search. */
export interface RankedFields {
  shortTitle: string;
  /**
   * The short title, title, summary and details, normalised, for a query of several words (its words side
   * by side): made when asked, not kept, as they would take as much memory as the rest (every event's
   * fields are kept from the moment the index is built).
   */
  texts(): readonly string[];
  /**
   * The stems of the words of each field, to find the query's words (or their alternatives) together: each
   * set of stems as one string, " stem stem … ", which takes a fraction of a Set's memory (every event's
   * fields are kept from the moment the index is built: some 2 MB for 2,000 events as Sets).
   */
  stems: {
    title: string;
    summary: string;
    details: string;
    actors: string;
  };
  /** Its actors' labels, one normalised string each (people, groups, states). */
  actors: readonly string[];
  /** The events it names as related, and how. */
  related: readonly { id: string; relation: string }[];
}

/**
 * How much an event is about the query, by the word it says least about: each word of the query (or a
 * word standing for it) counts by the most prominent field it is in (an actor's name as the details: the
 * bonus for an event about a named actor is ABOUT_ACTOR), and the event by its weakest word.
 * An event whose title has one word and whose details have the other ("Taliban kill the planner…", a
 * "service member" in the details) is less about "soldiers killed" than one whose summary has both.
 */
const PROMINENCE = { title: 3, summary: 2, details: 0.5, elsewhere: 0 } as const;
/** The words side by side, in the query's order, in the title, summary or details. */
const AS_A_PHRASE = 1.5;
const ABOUT_ACTOR = 1.5;
/**
 * Each other result that answers an event (responds to it, is part of it, or is what it led to) adds
 * this much of its score; a "see also" either way, half as much.
 */
const ANSWERED = 0.5;
const SEE_ALSO = 0.25;
/** An event named by the query's words: the share of its short title they fill, times this, is added. */
const NAMED = 0.5;

/** True when the words occur in a row in the (normalised) text. */
function hasPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/**
 * Re-scores the index's results. `terms` are the query's content words as typed (normalised, without the
 * small words); `fields` gives each result's event.
 */
export function rerank(
  results: readonly { id: string; score: number }[],
  terms: readonly string[],
  fields: (id: string) => RankedFields | undefined,
): { id: string; score: number }[] {
  const phrase = terms.length >= 2 ? terms.join(" ") : null;
  // Which results the others answer: the event a search is about is the one the rest refer back to.
  const ids = new Set(results.map((result) => result.id));
  const answered = new Map<string, number>();
  const credit = (id: string, weight: number) => answered.set(id, (answered.get(id) ?? 0) + weight);
  for (const { id } of results)
    for (const link of fields(id)?.related ?? []) {
      if (link.id === id || !ids.has(link.id)) continue;
      if (link.relation === "see-also") credit(link.id, SEE_ALSO);
      else if (link.relation === "led-to") credit(id, ANSWERED);
      else credit(link.id, ANSWERED);
    }
  const words = new Set(terms);
  const wanted = terms.map((term) => alternativesOf(term).map(stemmer));

  return results.map(({ id, score }) => {
    const event = fields(id);
    if (!event) return { id, score };
    // The index's score says how often and where the words occur; its square root keeps one word
    // repeated in a title from outweighing what the factors below say about the words together.
    let factor = 1 + weakest(event, wanted);
    if (phrase && event.texts().some((text) => hasPhrase(text, phrase))) factor *= AS_A_PHRASE;
    // A query naming one of the event's actors ("Glezmann", "Qatar") is about that actor's events.
    if (event.actors.some((label) => terms.some((term) => term.length >= 3 && hasPhrase(label, term))))
      factor *= ABOUT_ACTOR;
    factor *= 1 + (answered.get(id) ?? 0);
    const named = event.shortTitle.split(" ").filter(Boolean);
    if (named.length > 0) factor *= 1 + (NAMED * named.filter((word) => words.has(word)).length) / named.length;
    return { id, score: Math.sqrt(score) * factor };
  });
}

/** The prominence of the query's least prominent word in the event (PROMINENCE). */
function weakest(event: RankedFields, wanted: readonly (readonly string[])[]): number {
  let least: number = PROMINENCE.title;
  for (const stems of wanted) {
    const has = (field: string) => stems.some((stem) => field.includes(` ${stem} `));
    const prominence = has(event.stems.title)
      ? PROMINENCE.title
      : has(event.stems.summary)
        ? PROMINENCE.summary
        : has(event.stems.details) || has(event.stems.actors)
          ? PROMINENCE.details
          : PROMINENCE.elsewhere;
    least = Math.min(least, prominence);
  }
  return least;
}

/** An event's fields as ranking reads them. */
export function rankedFields(event: {
  title: string;
  shortTitle?: string;
  summary: string;
  details?: string;
  related?: readonly { id: string; relation: string }[];
  actorLabels: readonly string[];
}): RankedFields {
  const title = normaliseForSearch(event.title);
  const shortTitle = normaliseForSearch(event.shortTitle ?? "");
  const summary = normaliseForSearch(event.summary);
  const details = normaliseForSearch(event.details ?? "");
  const actors = event.actorLabels.map(normaliseForSearch);
  const stems = (text: string) => ` ${[...new Set(text.split(" ").filter(Boolean).map(stemmer))].join(" ")} `;
  const { title: rawTitle, summary: rawSummary, details: rawDetails } = event;
  return {
    shortTitle,
    texts: () => [
      shortTitle,
      normaliseForSearch(rawTitle),
      normaliseForSearch(rawSummary),
      normaliseForSearch(rawDetails ?? ""),
    ],
    actors,
    stems: {
      title: stems(`${title} ${shortTitle}`),
      summary: stems(summary),
      details: stems(details),
      actors: stems(actors.join(" ")),
    },
    related: event.related ?? [],
  };
}
