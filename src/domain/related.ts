/**
 * How events lead to one another, in both directions: an event lists what it led to, and the event it
 * led to shows where it came from, so the story can be followed either way.
 */
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import type { EventIndex } from "./filter";
import type { Relation, TimelineEvent } from "./schema";

export interface RelatedLink {
  event: TimelineEvent;
  relation: Relation;
  /** True when the link is written on the other event and read backwards. */
  inverse: boolean;
  /** "Led to", "In response to", …, as a reader says it. */
  phrase: string;
}

const PHRASES: Record<Relation, { forward: MessageDescriptor; inverse: MessageDescriptor }> = {
  "led-to": {
    forward: msg({ comment: "related events: this event led to the ones listed", message: "Led to" }),
    inverse: msg({ comment: "related events: this event followed from the ones listed", message: "Followed from" }),
  },
  "response-to": {
    forward: msg({
      comment: "related events: this event came in response to the ones listed",
      message: "In response to",
    }),
    inverse: msg({ comment: "related events: this event prompted the ones listed", message: "Prompted" }),
  },
  "part-of": {
    forward: msg({ comment: "related events: this event is part of the ones listed", message: "Part of" }),
    inverse: msg({ comment: "related events: this event includes the ones listed", message: "Includes" }),
  },
  "see-also": {
    forward: msg({ comment: "related events: other events to read beside this one", message: "See also" }),
    inverse: msg({ comment: "related events: other events to read beside this one", message: "See also" }),
  },
};

/** The phrase in the page's language. */
export function relationPhrase(relation: Relation, inverse = false): string {
  return i18n._(PHRASES[relation][inverse ? "inverse" : "forward"]);
}

const inverseIndexes = new WeakMap<EventIndex, Map<string, { from: TimelineEvent; relation: Relation }[]>>();

function incoming(index: EventIndex): Map<string, { from: TimelineEvent; relation: Relation }[]> {
  let found = inverseIndexes.get(index);
  if (!found) {
    found = new Map();
    for (const event of index.events) {
      for (const link of event.related ?? []) {
        const list = found.get(link.id) ?? [];
        list.push({ from: event, relation: link.relation });
        found.set(link.id, list);
      }
    }
    inverseIndexes.set(index, found);
  }
  return found;
}

/**
 * The event's links: its own first, then those written on other events; one per related event. When
 * both events name the pair, the more telling relation wins: "Followed from" says more than "See also".
 */
export function relatedLinks(index: EventIndex, eventId: string): RelatedLink[] {
  const event = index.byId.get(eventId);
  if (!event) return [];
  const links = new Map<string, RelatedLink>();
  for (const link of event.related ?? []) {
    const other = index.byId.get(link.id);
    if (!other || other.id === eventId || links.has(other.id)) continue;
    links.set(other.id, {
      event: other,
      relation: link.relation,
      inverse: false,
      phrase: relationPhrase(link.relation),
    });
  }
  for (const { from, relation } of incoming(index).get(eventId) ?? []) {
    const own = links.get(from.id);
    if (own && !(own.relation === "see-also" && relation !== "see-also")) continue;
    links.set(from.id, { event: from, relation, inverse: true, phrase: relationPhrase(relation, true) });
  }
  return [...links.values()];
}
