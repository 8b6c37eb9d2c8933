import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { usTalibanRelations as dataset } from "./us-taliban-relations";
import { checkTheArticleLesson as lesson, claims } from "./us-taliban-relations/claims";

// The article the claims quote, kept in the repository as a fixture (fixtures/article/README.md).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/article/${name}`, import.meta.url), "utf8");
const articleParagraphs = new Map(
  [...fixture("paragraphs.md").matchAll(/^\*\*P(\d+)\.\*\* (.+)$/gm)].map((match) => [Number(match[1]), match[2]!]),
);

/** The article's paragraphs that make a claim a reader can check (P9 and P10 sum up, but still assert). */
const PARAGRAPHS_WITH_CLAIMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const eventIds = new Set(dataset.events.map((item) => item.id));
const claimById = new Map(claims.map((claim) => [claim.id, claim]));
const paragraphOf = (paragraph: number): string => articleParagraphs.get(paragraph) ?? "";

describe("the article's claims", () => {
  it("reads the ten paragraphs of the fixture", () => {
    expect([...articleParagraphs.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("holds 20 to 35 claims with unique kebab-case ids", () => {
    expect(claims.length).toBeGreaterThanOrEqual(20);
    expect(claims.length).toBeLessThanOrEqual(35);
    for (const claim of claims) expect(claim.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  });

  it.each(claims.map((claim) => [claim.id, claim] as const))(
    "%s quotes its paragraph verbatim, in at most 300 characters",
    (_id, claim) => {
      expect(articleParagraphs.has(claim.paragraph), `P${claim.paragraph}`).toBe(true);
      expect(claim.text.trim()).toBe(claim.text);
      expect(claim.text.length).toBeGreaterThan(0);
      expect(claim.text.length).toBeLessThanOrEqual(300);
      expect(paragraphOf(claim.paragraph)).toContain(claim.text);
    },
  );

  it("follows the article's order: by paragraph, then by position in it", () => {
    const positions = claims.map((claim) => [claim.paragraph, paragraphOf(claim.paragraph).indexOf(claim.text)]);
    for (let i = 1; i < positions.length; i++) {
      const [paragraph, at] = positions[i]!;
      const [previousParagraph, previousAt] = positions[i - 1]!;
      const after = paragraph! > previousParagraph! || (paragraph === previousParagraph && at! > previousAt!);
      expect(after, `${claims[i - 1]!.id} before ${claims[i]!.id}`).toBe(true);
    }
  });

  it("covers every paragraph that makes a claim, P1 to P8 at least", () => {
    const covered = new Set(claims.map((claim) => claim.paragraph));
    for (const paragraph of [1, 2, 3, 4, 5, 6, 7, 8]) expect(PARAGRAPHS_WITH_CLAIMS).toContain(paragraph);
    for (const paragraph of PARAGRAPHS_WITH_CLAIMS) expect(covered.has(paragraph), `P${paragraph}`).toBe(true);
  });

  it("points every claim at events of the default dataset", () => {
    for (const claim of claims) {
      expect(claim.events.length, claim.id).toBeGreaterThan(0);
      expect(new Set(claim.events).size, claim.id).toBe(claim.events.length);
      for (const id of claim.events) expect(eventIds.has(id), `${claim.id}: ${id}`).toBe(true);
    }
  });

  it("cites only sources the events already cite, copied exactly", () => {
    const cited = dataset.events.flatMap((item) => item.sources);
    for (const claim of claims) {
      for (const source of claim.sources ?? []) expect(cited, claim.id).toContainEqual(source);
    }
  });

  it("gives verdicts of every kind a reader should meet, accurate ones included", () => {
    const verdicts = new Set(claims.map((claim) => claim.verdict));
    for (const verdict of ["accurate", "imprecise", "wrong", "opinion"] as const) {
      expect(verdicts.has(verdict), verdict).toBe(true);
    }
  });

  it("explains each claim in our own words: no run of eight words copied from the article outside quotation marks", () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9’'.,-]+/g) ?? [];
    const shingles = new Set<string>();
    for (const paragraph of articleParagraphs.values()) {
      const list = words(paragraph);
      for (let i = 0; i + 8 <= list.length; i++) shingles.add(list.slice(i, i + 8).join(" "));
    }
    for (const claim of claims) {
      expect(claim.explanation.length, claim.id).toBeGreaterThan(40);
      const list = words(claim.explanation.replace(/“[^”]*”/g, " "));
      for (let i = 0; i + 8 <= list.length; i++) {
        const run = list.slice(i, i + 8).join(" ");
        expect(shingles.has(run), `${claim.id}: ${run}`).toBe(false);
      }
    }
  });
});

describe("the Check the article lesson", () => {
  it("has 6 to 8 steps over distinct claims", () => {
    expect(lesson.id).toBe("check-the-article");
    expect(lesson.title).toBe("Check the article");
    expect(lesson.description.length).toBeGreaterThan(0);
    expect(lesson.steps.length).toBeGreaterThanOrEqual(6);
    expect(lesson.steps.length).toBeLessThanOrEqual(8);
    expect(new Set(lesson.steps.map((step) => step.claim)).size).toBe(lesson.steps.length);
  });

  it("names existing claims and events, each step opening its claim's first event", () => {
    for (const step of lesson.steps) {
      const claim = claimById.get(step.claim);
      expect(claim, step.claim).toBeDefined();
      expect(eventIds.has(step.event), step.event).toBe(true);
      expect(claim!.events, step.claim).toContain(step.event);
      expect(step.event, step.claim).toBe(claim!.events[0]);
    }
  });

  it("balances the claims it chooses: some accurate, some imprecise or wrong, one opinion", () => {
    const verdicts = lesson.steps.map((step) => claimById.get(step.claim)?.verdict);
    expect(verdicts.filter((verdict) => verdict === "accurate").length).toBeGreaterThanOrEqual(2);
    expect(verdicts.filter((verdict) => verdict === "imprecise" || verdict === "wrong").length).toBeGreaterThanOrEqual(
      2,
    );
    expect(verdicts.filter((verdict) => verdict === "opinion").length).toBe(1);
  });

  it("asks the student to judge each claim before the verdict is shown", () => {
    for (const step of lesson.steps) {
      for (const verdict of ["accurate", "imprecise", "wrong", "unsupported", "opinion"]) {
        expect(step.prompt, step.claim).toContain(verdict);
      }
      expect(step.prompt, step.claim).toMatch(/need to check/);
      expect(step.prompt, step.claim).toMatch(/event on the timeline/);
    }
  });
});
