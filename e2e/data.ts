import { usTalibanRelations } from "../src/data/us-taliban-relations";

/**
 * The default dataset, read directly, so the tests can state what a reader should see in terms of the
 * data (the Qatar events, the August 2021 events) rather than as magic numbers.
 */
export const dataset = usTalibanRelations;
export const TOTAL = dataset.events.length;

/** Events in date order, as the cards list them (ties keep the dataset's order). */
export const inDateOrder = [...dataset.events].sort((a, b) => {
  const key = (date: string) => date.padEnd(10, "-00");
  return key(a.start).localeCompare(key(b.start)) || key(a.end ?? a.start).localeCompare(key(b.end ?? b.start));
});

export const ids = (predicate: (event: (typeof dataset.events)[number]) => boolean) =>
  inDateOrder.filter(predicate).map((event) => event.id);

export function eventById(id: string) {
  const event = dataset.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** Every text of an event the search reads (its words as written, before any stemming), lower case. */
export function searchableText(event: (typeof dataset.events)[number]): string {
  return [
    event.title,
    event.summary,
    event.details ?? "",
    event.notes ?? "",
    ...(event.tags ?? []),
    ...event.actors,
    ...(event.perspectives ?? []).flatMap((voice) => [voice.words ?? "", voice.paraphrase ?? ""]),
    ...(event.articleQuotes ?? []).map((quote) => quote.text),
  ]
    .join(" ")
    .toLowerCase();
}
