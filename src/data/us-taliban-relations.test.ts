import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareDateText } from "../domain/dates";
import type { TimelineEvent } from "../domain/schema";
import { describeProblem, validateDataset } from "../domain/validate-dataset";
import { usTalibanRelations as dataset } from "./us-taliban-relations";

// The article the data is drawn from, beside the project as in CI.
const paragraphsMd = readFileSync(new URL("../../../shared/source/paragraphs.md", import.meta.url), "utf8");
const articleParagraphs = new Map(
  [...paragraphsMd.matchAll(/^\*\*P(\d+)\.\*\* (.+)$/gm)].map((match) => [Number(match[1]), match[2]!]),
);
const ARTICLE_DATE = "2025-04-03";

function event(id: string): TimelineEvent {
  const found = dataset.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no event "${id}"`);
  return found;
}

function textOf(item: TimelineEvent): string {
  return [item.title, item.summary, item.details ?? "", item.notes ?? ""].join("\n");
}

describe("the default dataset", () => {
  it("validates against the schema", () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([]);
  });

  it("is big enough to tell the story", () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(24);
    expect(dataset.tracks.length).toBeGreaterThanOrEqual(5);
    expect(dataset.actors.length).toBeGreaterThanOrEqual(8);
    expect(dataset.periods?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["doha-agreement", "2020-02-29", undefined],
    ["biden-april-decision", "2021-04-14", undefined],
    ["biden-july-decision", "2021-07-08", undefined],
    ["fall-of-kabul", "2021-08-15", undefined],
    ["kabul-airlift", "2021-08-14", "2021-08-30"],
    ["abbey-gate-bombing", "2021-08-26", undefined],
    ["last-us-flight", "2021-08-30", undefined],
    ["glezmann-detained", "2022-12-05", undefined],
    ["glezmann-released", "2025-03-20", undefined],
    ["corbett-mckenty-exchange", "2025-01-21", undefined],
    ["china-accepts-envoy", "2024-01-30", undefined],
    ["uae-accepts-envoy", "2024-08-21", undefined],
    ["rubio-bounty-threat", "2025-01-25", undefined],
    ["designations-remain", "2025-03-24", undefined],
    ["russia-recognition", "2025-07-03", undefined],
  ])("dates %s as the record does", (id, start, end) => {
    expect(event(id).start).toBe(start);
    expect(event(id).end).toBe(end);
  });

  it("places the removal of the Haqqani rewards in March 2025, with the designations kept", () => {
    expect(event("haqqani-rewards-removed").start).toMatch(/^2025-03/);
    expect(event("haqqani-rewards-removed").notes).toMatch(/23 March/);
    expect(textOf(event("designations-remain"))).toMatch(
      /Foreign Terrorist Organization|foreign terrorist organisation/i,
    );
  });

  it("gives the figures of the record", () => {
    expect(textOf(event("abbey-gate-bombing"))).toMatch(/13 U\.S\. service members/);
    expect(textOf(event("abbey-gate-bombing"))).toMatch(/about 170 Afghans/);
    expect(textOf(event("kabul-airlift"))).toMatch(/122,000/);
    expect(textOf(event("kabul-airlift"))).toMatch(/123,000/);
    expect(textOf(event("haqqani-rewards-removed"))).toMatch(/\$20 million/);
  });

  it("says who negotiated Glezmann's release", () => {
    expect(event("glezmann-released").actors).toEqual(
      expect.arrayContaining(["adam-boehler", "zalmay-khalilzad", "qatar", "taliban"]),
    );
  });

  it("covers the talks, the request for recognition and for an office in the U.S.", () => {
    expect(event("exploratory-talks").summary).toMatch(/“exploratory”/);
    expect(textOf(event("recognition-request"))).toMatch(/office in the United States/);
  });

  it("marks what happened after the article, including fact sheet section 16", () => {
    for (const item of dataset.events) {
      const after = compareDateText(item.start, ARTICLE_DATE) > 0 && !item.start.startsWith("2025-04");
      if (after) expect(item.provenance, item.id).toBe("after-article");
      if (item.provenance === "article") expect(compareDateText(item.start, ARTICLE_DATE), item.id).toBeLessThan(0);
    }
    const later = dataset.events.filter((item) => item.provenance === "after-article").map((item) => item.start);
    expect(later).toEqual(expect.arrayContaining(["2025-07-03", "2025-09-13", "2025-09-28", "2026-03-09"]));
  });

  it("cites every article paragraph P2–P8, and only paragraphs that exist", () => {
    expect(articleParagraphs.size).toBe(10);
    const cited = new Set(dataset.events.flatMap((item) => item.articleParagraphs));
    for (const paragraph of [2, 3, 4, 5, 6, 7, 8]) expect(cited, `P${paragraph}`).toContain(paragraph);
    for (const paragraph of cited) expect(articleParagraphs.has(paragraph), `P${paragraph}`).toBe(true);
    for (const item of dataset.events) {
      if (item.provenance === "article") expect(item.articleParagraphs.length, item.id).toBeGreaterThan(0);
    }
  });

  it("gives every event a source a reader can check", () => {
    for (const item of dataset.events) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.url, item.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it("tells cause and effect: most events link to another, and links resolve both ways", () => {
    const linked = new Set<string>();
    for (const item of dataset.events) {
      for (const link of item.related ?? []) {
        linked.add(item.id);
        linked.add(link.id);
      }
    }
    expect(linked.size / dataset.events.length).toBeGreaterThanOrEqual(0.8);
    expect(event("doha-agreement").related).toEqual(
      expect.arrayContaining([expect.objectContaining({ relation: "led-to" })]),
    );
  });

  it("uses every track and actor it declares", () => {
    for (const track of dataset.tracks)
      expect(
        dataset.events.some((item) => item.track === track.id),
        track.id,
      ).toBe(true);
    for (const actor of dataset.actors) {
      expect(
        dataset.events.some((item) => item.actors.includes(actor.id)),
        actor.id,
      ).toBe(true);
    }
  });

  it("writes summaries of one or two sentences", () => {
    for (const item of dataset.events) {
      // Abbreviations end in a full stop without ending a sentence.
      const plain = item.summary.replace(/\b(U\.S|U\.N|Gen|Maj|Adm|Sept|Mr|Mrs|Dr|p\.m|a\.m)\./g, "$1");
      const sentences = plain.split(/[.!?][”"]?\s+(?=[A-Z“"])/).filter((part) => part.trim() !== "");
      expect(sentences.length, item.id).toBeLessThanOrEqual(2);
    }
  });

  it("is in the project's own words: no run of eight words copied from the article outside quotation marks", () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9’'.,-]+/g) ?? [];
    const shingles = new Set<string>();
    for (const paragraph of articleParagraphs.values()) {
      const list = words(paragraph);
      for (let i = 0; i + 8 <= list.length; i++) shingles.add(list.slice(i, i + 8).join(" "));
    }
    for (const item of dataset.events) {
      const unquoted = [item.summary, item.details ?? ""].join(" ").replace(/“[^”]*”/g, " ");
      const list = words(unquoted);
      for (let i = 0; i + 8 <= list.length; i++) {
        expect(shingles.has(list.slice(i, i + 8).join(" ")), `${item.id}: ${list.slice(i, i + 8).join(" ")}`).toBe(
          false,
        );
      }
    }
  });

  it("is plain text: no markup in any field", () => {
    const strings = JSON.stringify(dataset).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const value of strings) expect(value).not.toMatch(/<\/?[a-z!][^>]*>|&[a-z]+;|\*\*|\]\(/i);
  });
});
