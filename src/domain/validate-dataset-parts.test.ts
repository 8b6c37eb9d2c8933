import { describe, expect, it } from "vitest";
import { linesOf, testDataset, testEvent } from "./test-dataset";
import { validateDataset } from "./validate-dataset";

describe("source kinds, the article's words and perspectives", () => {
  const source = { title: "Report", publisher: "Associated Press", url: "https://example.org/r", via: "WTVA" };

  it("accepts them, and a file without them stays valid", () => {
    const dataset = testDataset();
    dataset.events[0] = {
      ...dataset.events[0]!,
      provenance: "article",
      articleParagraphs: [5],
      articleQuotes: [{ paragraph: 5, text: "the Taliban has also engaged in goodwill gestures" }],
      sources: [
        { ...source, kind: "report", date: "2025-03-20" },
        { title: "Statement", publisher: "U.S. Department of State", kind: "primary" },
      ],
      perspectives: [
        { actor: "taliban", words: "a goodwill gesture", date: "2025-03-20", source },
        { actor: "united-states", paraphrase: "Called it a positive step.", source: { ...source, kind: "report" } },
      ],
    };
    expect(validateDataset(dataset).ok).toBe(true);
    expect(validateDataset(testDataset()).ok).toBe(true);
  });

  it("reports each problem with its path", () => {
    const dataset = testDataset({ actors: [{ id: "taliban", label: "Taliban", kind: "group" }] });
    dataset.events = [
      testEvent({
        id: "a",
        actors: [],
        provenance: "article",
        articleParagraphs: [5],
        articleQuotes: [
          { paragraph: 7, text: "a phrase" },
          { paragraph: 5, text: "x".repeat(301) },
        ],
        sources: [{ ...source, kind: "rumour" as never }],
        perspectives: [
          { actor: "rubio", words: "words", source },
          { actor: "taliban", source },
          { actor: "taliban", words: "y".repeat(451), source },
        ],
      }),
    ];
    expect(linesOf(dataset)).toEqual([
      "events[0].articleQuotes[1].text: at most 300 characters (this is 301): quote the sentence or phrase the event relies on",
      'events[0].sources[0].kind: expected "primary", "report" or "analysis"',
      "events[0].perspectives[2].words: at most 450 characters (this is 451): quote the key sentence and paraphrase the rest",
      "events[0].articleQuotes[0].paragraph: paragraph 7 is not among this event's articleParagraphs",
      'events[0].perspectives[0].actor: unknown actor "rubio": add it to "actors" or fix the spelling',
      'events[0].perspectives[1]: needs "words" or "paraphrase": what did this actor say?',
    ]);
  });

  it("allows the correction mark only on the source's events with notes", () => {
    const dataset = testDataset();
    dataset.events = [
      testEvent({
        id: "a",
        provenance: "article",
        articleParagraphs: [1],
        notes: "P1 says March.",
        correctsArticle: true,
      }),
      testEvent({ id: "b", provenance: "context", notes: "Dated by AP.", correctsArticle: true }),
      testEvent({ id: "c", provenance: "article", articleParagraphs: [1], correctsArticle: true }),
      testEvent({ id: "d", provenance: "article", articleParagraphs: [1], correctsArticle: false }),
    ];
    expect(linesOf(dataset)).toEqual([
      'events[1].correctsArticle: needs provenance "article": it marks notes that correct what the source says',
      "events[2].correctsArticle: needs notes: it marks notes that correct what the source says",
    ]);
  });

  it("keeps a timeline label short enough to read on the timeline", () => {
    const dataset = testDataset();
    dataset.events = [
      testEvent({ id: "a", shortTitle: "Doha agreement" }),
      testEvent({ id: "b", shortTitle: "The agreement for bringing peace to Afghanistan" }),
      testEvent({ id: "c", shortTitle: " " }),
    ];
    expect(linesOf(dataset)).toEqual([
      "events[1].shortTitle: at most 32 characters (this is 47): the timeline has room for a few words",
      expect.stringMatching(/^events\[2\]\.shortTitle: /),
    ]);
  });

  it("rejects unknown fields inside them, so a typo surfaces", () => {
    const dataset = testDataset();
    dataset.events[0] = {
      ...dataset.events[0]!,
      perspectives: [{ actor: "taliban", word: "typo", paraphrase: "p", source } as never],
    };
    expect(linesOf(dataset)).toEqual([
      "events[0].perspectives[0].word: is not a field of the dataset format (check the spelling, or remove it)",
    ]);
  });
});

describe("lessons", () => {
  it("accepts lessons whose steps name the dataset's events, and reports each problem with its path", () => {
    const dataset = testDataset();
    const event = dataset.events[0]!.id;
    dataset.lessons = [{ id: "one", title: "One", steps: [{ event, prompt: "What happened?" }] }];
    expect(validateDataset(dataset).ok).toBe(true);
    dataset.lessons = [
      {
        id: "one",
        title: "One",
        steps: [
          { event, prompt: "Why?" },
          { event: "moon-landing", prompt: "p" },
        ],
      },
      { id: "one", title: "Two", steps: [] },
      { id: "three", title: "Three", steps: [{ event, prompt: "x".repeat(501) }] },
    ];
    expect(linesOf(dataset)).toEqual([
      "lessons[1].steps: needs at least one step",
      "lessons[2].steps[0].prompt: at most 500 characters (this is 501): ask one question; the cards hold the rest",
      expect.stringMatching(/^lessons\[1\]\.id: /),
      'lessons[0].steps[1].event: no event with this id ("moon-landing")',
    ]);
  });

  it("accept a step that names one of the dataset's claims to judge, and report one it lacks by its path", () => {
    const dataset = testDataset();
    const event = dataset.events[0]!.id;
    dataset.claims = [
      { id: "said", paragraph: 1, text: "The words", verdict: "wrong", explanation: "Not so.", events: [event] },
    ];
    dataset.lessons = [
      { id: "one", title: "One", steps: [{ event, prompt: "Judge it.", claim: "said" }] },
      { id: "two", title: "Two", steps: [{ event, prompt: "Judge it." }] },
      {
        id: "three",
        title: "Three",
        steps: [
          { event, prompt: "Judge it.", claim: "said" },
          { event, prompt: "And this?", claim: "never-said" },
        ],
      },
    ];
    expect(linesOf(dataset)).toEqual(['lessons[2].steps[1].claim: no claim with this id ("never-said")']);
    dataset.lessons[2]!.steps.pop();
    expect(validateDataset(dataset).ok).toBe(true);
    // Without claims, a step can name none.
    delete dataset.claims;
    expect(linesOf(dataset)).toEqual([
      'lessons[0].steps[0].claim: no claim with this id ("said")',
      'lessons[2].steps[0].claim: no claim with this id ("said")',
    ]);
  });
});

describe("pictures", () => {
  it("accept a picture with alt text from a web address, and name anything else by its path", () => {
    const dataset = testDataset();
    dataset.events[0] = {
      ...dataset.events[0]!,
      media: { url: "https://example.org/a.jpg", alt: "A crowd", credit: "AP" },
    };
    expect(validateDataset(dataset).ok).toBe(true);
    dataset.events[0] = { ...dataset.events[0]!, media: { url: "javascript:alert(1)", alt: "x" } };
    dataset.events[1] = { ...dataset.events[1]!, media: { url: "https://example.org/b.png" } as never };
    expect(linesOf(dataset)).toEqual([
      expect.stringMatching(/^events\[1\]\.media\.alt: /),
      'events[0].media.url: "javascript:alert(1)" is not an http: or https: address',
    ]);
  });
});
