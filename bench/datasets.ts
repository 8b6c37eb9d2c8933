/**
 * Deterministic synthetic datasets in the dataset format, for the benchmark: several tracks and
 * actors, day-precise dates over 26 years, a range now and then, summaries of about 40 words.
 */
import type { Dataset, TimelineEvent } from "../src/domain/schema";

const WORDS =
  "the council met again after weeks of talks and agreed a plan for the border crossings while envoys from both sides traded letters about prisoners trade aid schools roads water elections and the return of families who had fled during the fighting in the north".split(
    " ",
  );

/** mulberry32: the same numbers on every machine for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function syntheticDataset(size: number): Dataset {
  const next = random(size * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");
  const tracks = ["diplomacy", "military", "detainees", "sanctions", "international", "economy"].map((id) => ({
    id,
    label: `${id[0]!.toUpperCase()}${id.slice(1)} track`,
  }));
  const actors = Array.from({ length: 24 }, (_, index) => ({
    id: `actor-${index + 1}`,
    label: `Actor ${index + 1}`,
    kind: pick(["state", "group", "person", "organisation"] as const),
  }));
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const events: TimelineEvent[] = [];
  for (let index = 0; index < size; index++) {
    const day = start + Math.floor(next() * (span / 86_400_000)) * 86_400_000;
    const ranged = next() < 0.15;
    const event: TimelineEvent = {
      id: `event-${index + 1}`,
      title: `${words(5)} ${index + 1}`,
      start: iso(day),
      precision: "day",
      track: pick(tracks).id,
      actors: [pick(actors).id, pick(actors).id].filter((id, position, list) => list.indexOf(id) === position),
      summary: `${words(40)}.`,
      provenance: pick(["article", "context", "after-article"] as const),
      articleParagraphs: [],
      sources: [{ title: words(6), publisher: "Example news", url: `https://example.org/${index + 1}` }],
    };
    if (event.provenance === "article") event.articleParagraphs = [1 + Math.floor(next() * 10)];
    if (ranged) event.end = iso(day + (1 + Math.floor(next() * 30)) * 86_400_000);
    if (index > 0 && next() < 0.5)
      event.related = [{ id: `event-${1 + Math.floor(next() * index)}`, relation: "led-to" }];
    events.push(event);
  }
  return {
    schemaVersion: 1,
    id: `synthetic-${size}`,
    title: `Synthetic timeline of ${size} events`,
    description: "Generated for the benchmark.",
    language: "en",
    tracks,
    actors,
    events,
  };
}
