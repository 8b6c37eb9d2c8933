import { describe, expect, it } from "vitest";
import type { Perspective, TimelineEvent } from "../domain/schema";
import { usTalibanRelations as dataset } from "./us-taliban-relations";
import { withdrawalSpeakers, withdrawalEvents } from "./us-taliban-relations/events-2020-2021";
import { talibanRuleEvents, talibanRuleSpeakers } from "./us-taliban-relations/events-2021-2022";
import { laterBidenEvents, laterBidenSpeakers } from "./us-taliban-relations/events-2023-2024";
import { secondTermEvents, secondTermSpeakers } from "./us-taliban-relations/events-2025-2026";
import type { QuoteEvidence } from "./us-taliban-relations/evidence";
import { evidence as evidence2020 } from "./us-taliban-relations/evidence-2020-2021";
import { evidence as evidence2021 } from "./us-taliban-relations/evidence-2021-2022";
import { evidence as evidence2023 } from "./us-taliban-relations/evidence-2023-2024";
import { evidence as evidence2025 } from "./us-taliban-relations/evidence-2025-2026";
import { NEVER, hostOf } from "./publishers";
import { COLLECTIVES, CORE_VOICES, type Voice } from "./us-taliban-relations/voices";

const voices: Record<string, Voice> = {
  ...CORE_VOICES,
  ...Object.fromEntries(
    [...withdrawalSpeakers, ...talibanRuleSpeakers, ...laterBidenSpeakers, ...secondTermSpeakers].map((speaker) => [
      speaker.actor.id,
      speaker.voice,
    ]),
  ),
};

/** Quote marks, dashes and spaces as one form, so a report's typography does not hide its words. */
function normaliseQuoted(text: string): string {
  return text
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** True when `words` appear in `excerpt`; "…" in `words` marks a cut, and each part is found in order. */
function quotedIn(words: string, excerpt: string): boolean {
  const text = normaliseQuoted(excerpt);
  let from = 0;
  for (const part of words.split(/\s*(?:…|\.\.\.)\s*/)) {
    const wanted = normaliseQuoted(part).replace(/^[\s,.;:]+|[\s,;:]+$/g, "");
    if (wanted === "") continue;
    const at = text.indexOf(wanted, from);
    if (at < 0) return false;
    from = at + wanted.length;
  }
  return true;
}

describe("quotedIn", () => {
  it("finds words through curly quotes, spaces and cuts, in order only", () => {
    expect(quotedIn("“we are ready”", "He said: \u201cWe  are ready\u201d.")).toBe(true);
    expect(quotedIn("we will … leave", "We will, when the time comes, leave.")).toBe(true);
    expect(quotedIn("leave … we will", "We will, when the time comes, leave.")).toBe(false);
    expect(quotedIn("we are not ready", "We are ready.")).toBe(false);
  });
});

const eras: { name: string; events: TimelineEvent[]; evidence: QuoteEvidence[] }[] = [
  { name: "2020–2021", events: withdrawalEvents, evidence: evidence2020 },
  { name: "2021–2022", events: talibanRuleEvents, evidence: evidence2021 },
  { name: "2023–2024", events: laterBidenEvents, evidence: evidence2023 },
  { name: "2025–2026", events: secondTermEvents, evidence: evidence2025 },
];

describe.each(eras)("every quote traceable, $name", ({ events, evidence }) => {
  const quoted = events.flatMap((item) =>
    (item.perspectives ?? []).flatMap((view, index) =>
      view.words === undefined ? [] : [{ item, view, at: `${item.id}.perspectives[${index}]` }],
    ),
  );

  it("finds each quote's words in the evidence read at its source's address", () => {
    for (const { item, view, at } of quoted) {
      const candidates = evidence.filter((entry) => entry.event === item.id && entry.actor === view.actor);
      const found = candidates.find(
        (entry) =>
          quotedIn(view.words!, entry.excerpt) && (view.source.url === undefined || entry.url === view.source.url),
      );
      expect(found, `${at}: no evidence has “${view.words}” at ${view.source.url ?? "(no address)"}`).toBeDefined();
    }
  });

  it("keeps no evidence that belongs to no quote", () => {
    for (const entry of evidence) {
      const owner = quoted.find(
        ({ item, view }) =>
          item.id === entry.event && view.actor === entry.actor && quotedIn(view.words!, entry.excerpt),
      );
      expect(owner, `evidence for ${entry.event} / ${entry.actor}: ${entry.excerpt.slice(0, 60)}…`).toBeDefined();
      expect(entry.url, `${entry.event} / ${entry.actor}`).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it("reads no evidence on a host that is never a source (a scraper's or an aggregator's copy proves nothing)", () => {
    for (const entry of evidence) {
      const host = hostOf(entry.url);
      expect(NEVER[host], `evidence for ${entry.event} / ${entry.actor} read on ${host}`).toBeUndefined();
    }
  });
});

const perspectives = (): { item: TimelineEvent; view: Perspective }[] =>
  dataset.events.flatMap((item) => (item.perspectives ?? []).map((view) => ({ item, view })));
const eventsHearing = (voice: Voice) =>
  new Set(
    perspectives()
      .filter(({ view }) => voices[view.actor] === voice)
      .map(({ item }) => item.id),
  );

describe("Afghans heard in their own story", () => {
  it("knows the voice of every speaker", () => {
    for (const { item, view } of perspectives()) expect(voices[view.actor], `${item.id}: ${view.actor}`).toBeDefined();
  });

  it("hears Afghan women and civil society in at least 30 perspectives, and in every event of the rights track", () => {
    const heard = perspectives().filter(({ view }) => voices[view.actor] === "afghan-civil-society");
    expect(heard.length).toBeGreaterThanOrEqual(30);
    const events = eventsHearing("afghan-civil-society");
    for (const item of dataset.events.filter((candidate) => candidate.track === "rights"))
      expect(events.has(item.id), item.id).toBe(true);
  });

  it("hears Afghan evacuees, interpreters and refugees themselves where they are the story", () => {
    const events = eventsHearing("afghan-evacuee");
    for (const id of [
      "kabul-airlift",
      "operation-allies-welcome",
      "refugee-admissions-suspended",
      "tps-ended",
      "travel-ban",
    ])
      expect(events.has(id), id).toBe(true);
  });

  it("hears Qatar, the mediator, in at least 3 events, and U.S. critics in at least 3", () => {
    expect(eventsHearing("qatar").size).toBeGreaterThanOrEqual(3);
    expect(eventsHearing("us-critic").size).toBeGreaterThanOrEqual(3);
  });

  it("attributes quoted words to the person or body that said them, never to a whole group", () => {
    for (const { item, view } of perspectives())
      if (view.words !== undefined) expect(COLLECTIVES, `${item.id}: ${view.actor}`).not.toContain(view.actor);
  });

  it("decides for every group actor whether it can speak as one", () => {
    const bodies = ["taliban", "isis-k", "haqqani-network", "al-qaeda"];
    for (const actor of dataset.actors.filter((candidate) => candidate.kind === "group"))
      expect([...COLLECTIVES, ...bodies], actor.id).toContain(actor.id);
  });
});

describe("coverage", () => {
  it("has at least 74 events, and at least 5 in every year from 2020 to 2025", () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(74);
    for (let year = 2020; year <= 2025; year++) {
      const count = dataset.events.filter((item) => item.start.startsWith(String(year))).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(5);
    }
  });
});
