import { i18n } from "@lingui/core";
import { describe, expect, it } from "vitest";
import { usTalibanRelations } from "../data/us-taliban-relations";
import { messages } from "../locales/en/messages";
import {
  PROVENANCE_ENGLISH,
  PROVENANCE_LABELS,
  citationText,
  detailsLabel,
  hasSourceArticle,
  perspectiveText,
  publisherLine,
} from "./labels";
import { testDataset } from "./test-dataset";

// The words come from the message catalogue: English, as the page starts.
i18n.loadAndActivate({ locale: "en", messages });

describe("PROVENANCE_LABELS", () => {
  it("say in English what the spreadsheet writes", () => {
    for (const [code, words] of Object.entries(PROVENANCE_ENGLISH)) {
      expect(i18n._(PROVENANCE_LABELS[code as keyof typeof PROVENANCE_LABELS])).toBe(words);
    }
  });
});

describe("publisherLine", () => {
  it("names the original publisher, and the carrier whose page the link is when there is one", () => {
    expect(publisherLine({ publisher: "Reuters" })).toBe("Reuters");
    expect(publisherLine({ publisher: "Associated Press", via: "WTVA" })).toBe("Associated Press, via WTVA");
  });
});

describe("citationText", () => {
  it("writes title, who published it and when, and its kind, as sentences", () => {
    expect(
      citationText({
        title: "Taliban free American",
        publisher: "Associated Press",
        via: "WTVA",
        date: "2025-03-20",
        kind: "report",
        url: "https://example.org",
      }),
    ).toBe("Taliban free American. Associated Press, via WTVA, Mar 20, 2025. Report.");
    expect(citationText({ title: "Executive Order 14064", publisher: "The White House", kind: "primary" })).toBe(
      "Executive Order 14064. The White House. Primary source.",
    );
  });

  it("does not double the full stop of a title that ends a sentence already", () => {
    expect(citationText({ title: "Is it over?", publisher: "NPR" })).toBe("Is it over? NPR.");
    expect(citationText({ title: "“We will not forget”", publisher: "CBS News", date: "2021-08" })).toBe(
      "“We will not forget” CBS News, Aug 2021.",
    );
  });
});

describe("perspectiveText", () => {
  const source = { title: "R", publisher: "P" };
  it("attributes words in quotation marks and a paraphrase as written", () => {
    expect(perspectiveText({ actor: "t", words: "a goodwill gesture", date: "2025-03-20", source }, "Taliban")).toBe(
      "Taliban, Mar 20, 2025: “a goodwill gesture”",
    );
    expect(perspectiveText({ actor: "u", paraphrase: "Called it a positive step.", source }, "United States")).toBe(
      "United States: Called it a positive step.",
    );
  });
});

describe("detailsLabel", () => {
  const source = { title: "t", publisher: "AP" };
  it("counts the sources a reader finds behind the control", () => {
    expect(detailsLabel({ sources: [source, source, source] })).toBe("Details and 3 sources");
    expect(detailsLabel({ sources: [source] })).toBe("Details and 1 source");
    expect(detailsLabel({ sources: [] })).toBe("Details");
  });
});

describe("hasSourceArticle", () => {
  it("is true for a dataset drawn from an article, false for a teacher's own timeline of background events", () => {
    expect(hasSourceArticle(usTalibanRelations)).toBe(true);
    const own = testDataset({ source: undefined });
    expect(own.events.every((event) => event.provenance === "context")).toBe(true);
    expect(hasSourceArticle(own)).toBe(false);
    expect(hasSourceArticle({ ...own, events: [{ ...own.events[0]!, provenance: "after-article" }] })).toBe(true);
  });
});
