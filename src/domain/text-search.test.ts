import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { filterEvents, indexDataset } from "./filter";
import { spanOf } from "./dates";
import { buildTextSearch, createTextSearch } from "./text-search";
import { localize } from "./localize";
import { DEFAULT_VIEW } from "./view-state";

const index = indexDataset(usTalibanRelations);
const search = createTextSearch(index);
const ids = (query: string) => [...search.match(query).scores.keys()];
const overlaps = (id: string, from: string, to: string) => {
  const event = index.byId.get(id)!;
  const span = spanOf(event.start, event.end)!;
  const period = spanOf(from, to)!;
  return span.end > period.start && span.start < period.end;
};

describe("search over the default dataset, as students type it", () => {
  it("finds word forms: 'evacuation' finds the airlift, which says 'evacuated'", () => {
    expect(search.match("evacuation").kind).toBe("all");
    expect(ids("evacuation")).toContain("kabul-airlift");
  });

  it("finds the Abbey Gate bombing with 'Kabul airport'", () => {
    expect(ids("Kabul airport")).toContain("abbey-gate-bombing");
    expect(ids("kabul airport")).toContain("kabul-airlift");
  });

  it("reads a month and year as the time, not as two words to find", () => {
    const match = search.match("August 2021");
    expect(match.kind).toBe("all");
    expect(match.period?.label).toBe("August 2021");
    const found = ids("August 2021");
    expect(found).toEqual(expect.arrayContaining(["fall-of-kabul", "abbey-gate-bombing", "kabul-airlift"]));
    for (const id of found) expect(overlaps(id, "2021-08", "2021-08"), id).toBe(true);
    // Every event of that month, not only those whose text says "August".
    const inAugust = index.events.filter((event) => overlaps(event.id, "2021-08", "2021-08")).map((e) => e.id);
    expect(found.sort()).toEqual(inAugust.sort());
  });

  it("reads a year, and a day, as the time", () => {
    for (const id of ids("2022")) expect(overlaps(id, "2022", "2022"), id).toBe(true);
    expect(ids("2022").length).toBeGreaterThan(3);
    expect(ids("26 August 2021")).toContain("abbey-gate-bombing");
    expect(ids("August 26, 2021")).toContain("abbey-gate-bombing");
    expect(ids("airport August 2021")).toEqual(expect.arrayContaining(["abbey-gate-bombing", "kabul-airlift"]));
  });

  it("leaves out the small words of a question", () => {
    const match = search.match("Why did the Taliban free George Glezmann?");
    expect(match.kind).toBe("all");
    expect(ids("Why did the Taliban free George Glezmann?")).toContain("glezmann-released");
  });

  it("searches notes, actors and what each side said", () => {
    // Only a note names the 2 March date the regional reports give.
    expect(ids("regional reports")).toContain("sharifullah-arrest");
    expect(ids("Qatar")).toContain("glezmann-released");
  });

  it("ranks events that match some words when none matches all, and names the words nothing has", () => {
    const match = search.match("Glezmann released qwertyuiop");
    expect(match.kind).toBe("some");
    expect(match.unmatched).toEqual(["qwertyuiop"]);
    expect(ids("Glezmann released qwertyuiop")[0]).toBe("glezmann-released");
    // The view lists them best first.
    const view = { ...DEFAULT_VIEW, q: "Glezmann released qwertyuiop" };
    expect(filterEvents(index, view, match)[0]!.id).toBe("glezmann-released");
  });

  it("says nothing was found and offers the nearest events by spelling", () => {
    // A word cut short still finds (it is a prefix); a misspelt one finds nothing, and the nearest
    // events offered are his.
    expect(ids("Glezman")).toContain("glezmann-released");
    const typo = search.match("Glesmann");
    expect(typo.kind).toBe("none");
    expect(typo.unmatched).toEqual(["glesmann"]);
    expect(typo.nearest.length).toBeGreaterThan(0);
    for (const id of typo.nearest) expect(id).toMatch(/^glezmann-/);
  });

  it("offers the events nearest in time when a period holds none", () => {
    const match = search.match("August 2019");
    expect(match.kind).toBe("none");
    expect(match.nearest.length).toBeGreaterThan(0);
    const first = index.byId.get(match.nearest[0]!)!;
    expect(first.start.slice(0, 4)).toMatch(/^20(19|20)$/);
  });

  it("answers for the query it was asked, for the view to check", () => {
    expect(search.match("doha").query).toBe("doha");
  });
});

describe("the index built a few hundred events at a time (the page's)", () => {
  it("finds and ranks exactly as the one built at once", async () => {
    const built = await buildTextSearch(index);
    for (const query of [
      "evacuation",
      "Why did the Taliban free George Glezmann?",
      "troops died",
      "qatar talks",
      "zzzq",
    ]) {
      const expected = search.match(query);
      const actual = built.match(query);
      expect([...actual.scores]).toEqual([...expected.scores]);
      expect(actual.kind).toBe(expected.kind);
      expect(actual.nearest).toEqual(expected.nearest);
    }
  });
});

describe("search in the reader's language", () => {
  const inLanguage = (language: string) => {
    const shown = localize(usTalibanRelations, language).dataset;
    const translated = createTextSearch(indexDataset(shown, { original: usTalibanRelations, language }));
    return (query: string) => [...translated.match(query).scores.keys()];
  };

  it("finds Spanish words in any form, with or without accents", () => {
    const find = inLanguage("es");
    expect(find("liberan Glezmann")).toContain("glezmann-released");
    // "liberación" is not in the text: its stem is ("liberan").
    expect(find("liberación de Glezmann").slice(0, 3)).toContain("glezmann-released");
    expect(find("liberacion de Glezmann")).toEqual(find("liberación de Glezmann"));
  });

  it("finds Dari words however the keyboard writes their letters, and still the English ones", () => {
    const find = inLanguage("fa");
    expect(find("گلزمن")).toContain("glezmann-released");
    expect(find("حمله انتحاري دروازه ابي")[0]).toBe("abbey-gate-bombing"); // Arabic yeh, as many keyboards type it
    expect(find("Abbey Gate")[0]).toBe("abbey-gate-bombing");
    expect(find("گلزمن ۲۰۲۵")).toContain("glezmann-released");
  });

  // A student asks in their own language, as in English: the question's small words are left out, and
  // the release comes first (asked in English, it does too).
  it.each([
    ["en", "Why did the Taliban free George Glezmann?"],
    ["es", "¿Por qué los talibanes liberaron a George Glezmann?"],
    ["fa", "چرا طالبان جورج گلزمن را آزاد کردند؟"],
    ["ps", "طالبانو ولې جورج ګلزمن خوشې کړ؟"],
  ])("a question in %s finds the release first, among a few", (language, question) => {
    const found = inLanguage(language)(question);
    expect(found[0]).toBe("glezmann-released");
    expect(found.length).toBeLessThan(10);
  });
});
