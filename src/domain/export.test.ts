import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { csvField } from "./csv";
import { CSV_HEADER, datasetOfView, eventsToCsv, exportFileName } from "./export";
import { filterEvents, indexDataset } from "./filter";
import { testDataset, testEvent } from "./test-dataset";
import { validateDataset } from "./validate-dataset";
import { DEFAULT_VIEW } from "./view-state";

describe("datasetOfView", () => {
  it("keeps the view's events and drops links to events left out, so the file validates", () => {
    const view = { ...DEFAULT_VIEW, tracks: ["detainees"] };
    const events = filterEvents(indexDataset(usTalibanRelations), view);
    const exported = datasetOfView(usTalibanRelations, events, view);
    expect(exported.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(validateDataset(exported).ok).toBe(true);
    const ids = new Set(events.map((event) => event.id));
    for (const event of exported.events) for (const link of event.related ?? []) expect(ids.has(link.id)).toBe(true);
    // Lessons keep their steps on the events kept: the hostages lesson keeps those on detainees; the others go.
    expect(exported.lessons?.map((lesson) => lesson.id)).toEqual(["hostage-diplomacy"]);
    for (const step of exported.lessons![0]!.steps) expect(ids.has(step.event)).toBe(true);
    expect(exported.description).toContain(
      `(${events.length} of ${usTalibanRelations.events.length} events. Filters: Track: Detainees and hostages.)`,
    );
  });

  it("writes the whole dataset unchanged when nothing is filtered", () => {
    const exported = datasetOfView(usTalibanRelations, usTalibanRelations.events, DEFAULT_VIEW);
    expect(exported).toEqual(usTalibanRelations);
  });

  it("drops an emptied list of related events rather than leaving []", () => {
    const dataset = testDataset();
    const second = dataset.events.find((event) => event.id === "second")!;
    const exported = datasetOfView(dataset, [second], DEFAULT_VIEW);
    expect(exported.events[0]).not.toHaveProperty("related");
  });
});

describe("eventsToCsv", () => {
  it("writes a header row and one row per event, in the order given", () => {
    const dataset = testDataset({
      events: [
        testEvent({
          id: "a",
          title: 'The "exploratory" talks, in Kabul',
          actors: ["taliban", "qatar"],
          sources: [{ title: "A", publisher: "P", url: "https://example.org/a", date: "2025-04-01" }],
          related: [{ id: "b", relation: "led-to" }],
        }),
        testEvent({ id: "b", start: "2025-03", precision: "month", details: "Two\n\nparagraphs" }),
      ],
    });
    const csv = eventsToCsv(dataset, dataset.events);
    // Excel reads a file as UTF-8 only when it starts with the byte-order mark.
    expect(csv.startsWith("\uFEFFid,date,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines[1]).toBe(
      'a,"Aug 15, 2021",2021-08-15,,day,"The ""exploratory"" talks, in Kabul",Diplomacy,Taliban; Qatar,Not in the article,Summary of a.,,,,,"A. P, Apr 1, 2025. https://example.org/a",led-to: b,,',
    );
    // A line break inside a field stays inside its quotes; records are separated by CRLF only.
    expect(lines[2]).toBe(
      'b,Mar 2025,2025-03,,month,Event b,Diplomacy,Taliban,Not in the article,Summary of b.,"Two\n\nparagraphs",,,,A source. A publisher. https://example.org/a,,,',
    );
    expect(lines.at(-1)).toBe("");
  });

  it("carries each source's kind and carrier, the article's words and how each side saw it", () => {
    const dataset = testDataset({
      events: [
        testEvent({
          id: "a",
          provenance: "article",
          articleParagraphs: [5],
          articleQuotes: [{ paragraph: 5, text: "goodwill gestures" }],
          notes: "The article says reassessed; they were removed.",
          correctsArticle: true,
          sources: [
            { title: "Report", publisher: "Associated Press", via: "WTVA", url: "https://x.test/r", kind: "report" },
            { title: "Statement", publisher: "U.S. Department of State", date: "2025-03-20", kind: "primary" },
          ],
          perspectives: [
            {
              actor: "taliban",
              words: "a goodwill gesture",
              paraphrase: "Said it hoped for better ties.",
              date: "2025-03-20",
              source: { title: "Report", publisher: "Reuters", url: "https://x.test/q" },
            },
          ],
        }),
      ],
    });
    const row = eventsToCsv(dataset, dataset.events).split("\r\n")[1]!;
    // The page's own words for provenance, and the correction mark.
    expect(row).toContain(",In the article,Summary of a.,,The article says reassessed; they were removed.,yes,P5,");
    // The last three columns: sources (before related, which is empty), the article's words, perspectives.
    expect(
      row.endsWith(
        [
          csvField(
            "Report. Associated Press, via WTVA. Report. https://x.test/r | Statement. U.S. Department of State, Mar 20, 2025. Primary source.",
          ),
          "",
          csvField("P5: “goodwill gestures”"),
          csvField(
            "Taliban, Mar 20, 2025: “a goodwill gesture” Said it hoped for better ties. (Report. Reuters. https://x.test/q)",
          ),
        ].join(","),
      ),
    ).toBe(true);
  });

  it("names files after the dataset", () => {
    expect(exportFileName(usTalibanRelations, "csv", false)).toBe("us-taliban-relations-view.csv");
    expect(exportFileName(usTalibanRelations, "json", true)).toBe("us-taliban-relations.json");
  });
});
