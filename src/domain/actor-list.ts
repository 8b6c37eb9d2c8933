/**
 * Which actors the filter panel lists: a dataset may name eighty, far too many to Tab through. Until the
 * reader asks for all of them, the list holds the most frequent few (by how many events involve them)
 * and any the link or the reader has ticked; a few letters typed in its field list every actor whose name
 * has them. Grouped by kind, each group sorted by name.
 */
import { textComparer, type TextComparer } from "./collate";
import type { Actor, Dataset } from "./schema";
import { normaliseForSearch } from "./search";

/** How many actors the list shows before "Show all actors". */
export const FEW_ACTORS = 10;

export const ACTOR_KINDS = ["state", "group", "organisation", "person"] as const;

export interface ActorGroup {
  kind: Actor["kind"];
  actors: Actor[];
}

export interface ActorListing {
  groups: ActorGroup[];
  /** How many actors the dataset has: "Show all actors (N)". */
  total: number;
  /** Some actors are left out (only the most frequent are listed). */
  partial: boolean;
}

/** How many events involve each actor. */
export function actorFrequency(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const actor of event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return counts;
}

export function listActors(
  dataset: Dataset,
  {
    all,
    query,
    ticked,
    frequency = actorFrequency(dataset),
    collator = textComparer(dataset.language),
  }: {
    all: boolean;
    query: string;
    ticked: readonly string[];
    frequency?: ReadonlyMap<string, number>;
    collator?: TextComparer;
  },
): ActorListing {
  const words = normaliseForSearch(query);
  let chosen: Actor[];
  if (words !== "") {
    chosen = dataset.actors.filter((actor) => normaliseForSearch(actor.label).includes(words));
  } else if (all || dataset.actors.length <= FEW_ACTORS) {
    chosen = dataset.actors;
  } else {
    const most = [...dataset.actors]
      .sort((a, b) => (frequency.get(b.id) ?? 0) - (frequency.get(a.id) ?? 0) || collator.compare(a.label, b.label))
      .slice(0, FEW_ACTORS);
    const keep = new Set([...most.map((actor) => actor.id), ...ticked]);
    chosen = dataset.actors.filter((actor) => keep.has(actor.id));
  }
  const groups = ACTOR_KINDS.map((kind) => ({
    kind,
    actors: chosen.filter((actor) => actor.kind === kind).sort((a, b) => collator.compare(a.label, b.label)),
  })).filter((group) => group.actors.length > 0);
  return { groups, total: dataset.actors.length, partial: chosen.length < dataset.actors.length };
}
