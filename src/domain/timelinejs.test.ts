// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { htmlToText } from "../platform/html-text";
import sample from "./fixtures/timelinejs-sample.json";
import { convertTimelineJs, isTimelineJs, slugify } from "./timelinejs";
import { describeProblem, validateDataset } from "./validate-dataset";
import { testDataset } from "./test-dataset";

function convert(input: unknown) {
  const result = convertTimelineJs(input, htmlToText);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join("\n"));
  return result;
}

describe("isTimelineJs", () => {
  it("recognises TimelineJS documents and not the dataset format", () => {
    expect(isTimelineJs(sample)).toBe(true);
    expect(isTimelineJs({ events: [{ start_date: { year: 2000 } }] })).toBe(true);
    expect(isTimelineJs({ title: { text: { headline: "x" } }, events: [] })).toBe(true);
    expect(isTimelineJs(testDataset())).toBe(false);
    expect(isTimelineJs({ events: [] })).toBe(false);
    expect(isTimelineJs(null)).toBe(false);
    expect(isTimelineJs([])).toBe(false);
  });
});

describe("convertTimelineJs", () => {
  const { dataset, notes } = convert(sample);
  const event = (id: string) => dataset.events.find((item) => item.id === id)!;

  it("produces a dataset that validates", () => {
    const validation = validateDataset(dataset);
    expect(validation.ok ? [] : validation.problems.map(describeProblem)).toEqual([]);
  });

  it("takes the title slide as the dataset's title and description, as plain text", () => {
    expect(dataset.title).toBe("Women’s suffrage in brief");
    expect(dataset.id).toBe("women-s-suffrage-in-brief");
    expect(dataset.description).toBe("A short timeline for Year 9.");
  });

  it("turns groups into tracks, in order, with one more for ungrouped events", () => {
    expect(dataset.tracks).toEqual([
      { id: "elections", label: "Elections" },
      { id: "campaigns", label: "Campaigns" },
      { id: "other-events", label: "Other events" },
    ]);
    expect(event("representation-of-the-people-act").track).toBe("other-events");
  });

  it("follows the date parts given for the precision", () => {
    expect(event("nz-1893")).toMatchObject({ start: "1893-09-19", precision: "day" });
    expect(event("wspu-founded")).toMatchObject({ start: "1903-10", precision: "month" });
    // A range keeps its start's precision; a finer end is cut to it.
    expect(event("the-bombing-campaign")).toMatchObject({ start: "1913", end: "1914", precision: "year" });
  });

  it("makes HTML plain text and keeps web links as sources", () => {
    const nz = event("nz-1893");
    expect(nz.title).toBe("New Zealand gives women the vote");
    expect(nz.summary).toBe(
      "The first self-governing country to do so. Women voted in the general election that November.",
    );
    expect(nz.details).toBe(
      "The first self-governing country to do so. Women voted in the general election that November.\n\nRead the archive.",
    );
    expect(nz.sources).toEqual([
      { title: "the archive", publisher: "example.org", url: "https://example.org/nz?a=1&b=2" },
    ]);
    expect(event("the-bombing-campaign").title).toBe("The bombing campaign");
    // A javascript: link is not a source.
    expect(event("new-zealand-gives-women-the-vote").sources).toEqual([]);
  });

  it("gives events ids from unique_id or the headline, unique", () => {
    expect(dataset.events.map((item) => item.id)).toEqual([
      "nz-1893",
      "wspu-founded",
      "the-bombing-campaign",
      "representation-of-the-people-act",
      "new-zealand-gives-women-the-vote",
    ]);
  });

  it("keeps a custom date label in the event's notes", () => {
    expect(event("wspu-founded").notes).toBe("The TimelineJS file showed the date as “Autumn 1903”.");
  });

  it("turns eras into periods", () => {
    expect(dataset.periods).toEqual([
      { id: "early-campaigns", label: "Early campaigns", start: "1890", end: "1913" },
      { id: "first-world-war", label: "First World War", start: "1914-08", end: "1918-11" },
    ]);
  });

  it("tells the reader what was not carried over", () => {
    expect(notes).toEqual([
      "Left out, as they cannot be shown: events[4] has the year -500, outside 1–9999 (dates before the common era cannot be shown yet); events[5] has no date.",
      "The title slide's picture is not shown.",
      "Slide backgrounds (1 event) are not carried over.",
      "Times of day (1 event) are not shown; dates are.",
      "Custom date labels (1 event) are kept in the events' notes.",
      "Every event is marked “Not in the article” (context): a TimelineJS file does not say which source reports it.",
    ]);
  });

  it("puts a picture on its event, with alt text (given, or the caption, or the headline), and links other media", () => {
    const result = convert({
      events: [
        {
          start_date: { year: 1918 },
          text: { headline: "The Act" },
          media: {
            url: "https://example.org/act.jpg",
            alt: "First page",
            credit: "Archives",
            caption: "<i>The Act</i>",
          },
        },
        { start_date: { year: 1919 }, text: { headline: "Untitled" }, media: { url: "https://example.org/b.png" } },
        {
          start_date: { year: 1920 },
          text: { headline: "A film" },
          media: { url: "https://www.youtube.com/watch?v=x", caption: "Newsreel" },
        },
        { start_date: { year: 1921 }, text: { headline: "Relative" }, media: { url: "pictures/c.jpg" } },
      ],
    });
    const [act, untitled, film, relative] = result.dataset.events;
    expect(act!.media).toEqual({
      url: "https://example.org/act.jpg",
      alt: "First page",
      credit: "Archives",
      caption: "The Act",
    });
    expect(untitled!.media).toEqual({ url: "https://example.org/b.png", alt: "Untitled" });
    expect(film!.media).toBeUndefined();
    expect(film!.sources).toContainEqual({
      title: "Newsreel",
      publisher: "youtube.com",
      url: "https://www.youtube.com/watch?v=x",
    });
    expect(relative!.media).toBeUndefined();
    expect(result.notes).toContain("Media that are not pictures (1 item) are kept as links among the events' sources.");
  });

  it("names a single track after the events when nothing is grouped", () => {
    const result = convert({ events: [{ start_date: { year: 2001 }, text: { headline: "One" } }] });
    expect(result.dataset.tracks).toEqual([{ id: "events", label: "Events" }]);
    expect(result.dataset.title).toBe("Imported timeline");
    expect(result.dataset.id).toBe("timelinejs-import");
  });

  it("ends a coarser end date on the last day it covers", () => {
    const result = convert({
      events: [
        {
          start_date: { year: 2020, month: 2, day: 10 },
          end_date: { year: 2020, month: 2 },
          text: { headline: "Feb" },
        },
      ],
    });
    expect(result.dataset.events[0]).toMatchObject({ start: "2020-02-10", end: "2020-02-29" });
  });

  it("fails, saying why, when no event can be read", () => {
    expect(convertTimelineJs({ events: [{ text: { headline: "x" } }] }, htmlToText)).toEqual({
      ok: false,
      problems: [{ path: "events", message: "no event could be read: events[0] has no date" }],
    });
    expect(convertTimelineJs({ events: [] }, htmlToText)).toEqual({
      ok: false,
      problems: [{ path: "events", message: "the file has no events" }],
    });
    expect(convertTimelineJs("nope", htmlToText).ok).toBe(false);
  });
});

describe("slugify", () => {
  it.each([
    ["Kābul Airport!", "kabul-airport"],
    ["  --  ", ""],
    ["NZ_1893", "nz-1893"],
    ["Ünïcödé", "unicode"],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
