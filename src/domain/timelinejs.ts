/**
 * TimelineJS files to the dataset format. Teachers already have timelines in TimelineJS's JSON: groups
 * become tracks, eras become periods, HTML becomes plain text, links in the text become sources, and the
 * precision follows the date parts given. What cannot be carried over is listed for the reader.
 */
import { daysInMonth } from "./dates";
import type { Dataset, Period, SourceRef, TimelineEvent, Track } from "./schema";
import { SAY } from "./timelinejs-words";
import { absoluteWebUrl, webUrl } from "./urls";

/** Plain text of an HTML fragment and the links it holds. */
export interface HtmlText {
  text: string;
  links: { href: string; text: string }[];
}

/**
 * Reads HTML into text. The domain has no DOM, so the caller passes one in: the browser's parser in the
 * app (src/platform/html-text.ts), the same one under jsdom in tests.
 */
export type HtmlReader = (html: string) => HtmlText;

export interface Conversion {
  dataset: Dataset;
  /** Plain sentences on what was left out or changed, for the reader. */
  notes: string[];
}

export type ConversionResult =
  ({ ok: true } & Conversion) | { ok: false; problems: { path: string; message: string }[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A TimelineJS document has events with start_date objects (and none of the format's own markers). */
export function isTimelineJs(input: unknown): boolean {
  if (!isObject(input) || "schemaVersion" in input) return false;
  const events = input.events;
  if (Array.isArray(events) && events.some((event) => isObject(event) && isObject(event.start_date))) return true;
  return isObject(input.title) && (isObject(input.title.text) || isObject(input.title.media)) && Array.isArray(events);
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
  time: boolean;
}

/** A media entry with a web address, as the format's picture (alt text: given, else the caption, else the headline). */
function readMedia(
  value: unknown,
  htmlToText: HtmlReader,
  headline: string,
): NonNullable<TimelineEvent["media"]> | null {
  if (!isObject(value) || typeof value.url !== "string") return null;
  const url = absoluteWebUrl(value.url.trim());
  if (!url) return null;
  const text = (key: string) =>
    typeof value[key] === "string"
      ? htmlToText(value[key] as string)
          .text.replace(/\s+/g, " ")
          .trim()
      : "";
  const caption = text("caption");
  const credit = text("credit");
  const alt = text("alt") || caption || headline || SAY.picture();
  return { url, alt, ...(credit ? { credit } : {}), ...(caption ? { caption } : {}) };
}

/** An address that names a picture file (by its extension): anything else is linked, not shown. */
export function isImageUrl(url: string): boolean {
  try {
    return /\.(jpe?g|png|gif|webp|avif|svg)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function readDate(value: unknown): DateParts | string {
  if (!isObject(value)) return SAY.noDate();
  const number = (key: string): number | undefined | null => {
    const raw = value[key];
    if (raw === undefined || raw === null || raw === "") return undefined;
    const parsed =
      typeof raw === "number" ? raw : typeof raw === "string" && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    return Number.isInteger(parsed) ? parsed : null;
  };
  const year = number("year");
  if (year === undefined) return SAY.noYear();
  if (year === null) return SAY.wholeYear();
  if (year < 1 || year > 9999) return SAY.yearRange(year);
  const month = number("month");
  if (month === null || (month !== undefined && (month < 1 || month > 12))) return SAY.month();
  const day = month === undefined ? undefined : number("day");
  if (day === null || (day !== undefined && (day < 1 || day > daysInMonth(year, month!)))) {
    return SAY.day();
  }
  const time = ["hour", "minute", "second", "millisecond"].some((key) => number(key) !== undefined);
  return { year, month, day, time };
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

function write(parts: DateParts, precision: TimelineEvent["precision"], side: "start" | "end"): string {
  const year = pad(parts.year, 4);
  if (precision === "year") return year;
  // A coarser end (only a year, for a range given to the day) ends on its last month or day.
  const month = parts.month ?? (side === "end" ? 12 : 1);
  if (precision === "month") return `${year}-${pad(month, 2)}`;
  const day = parts.day ?? (side === "end" ? daysInMonth(parts.year, month) : 1);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

const precisionOf = (parts: DateParts): TimelineEvent["precision"] =>
  parts.day !== undefined ? "day" : parts.month !== undefined ? "month" : "year";

/** A kebab-case id from any text; "" when nothing usable is left. */
export function slugify(text: string, max = 60): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The first one or two sentences, for a summary; the whole text stays in the details. */
function firstSentences(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentences = flat.match(/[^.!?]+[.!?]+["”’)]*(\s|$)|[^.!?]+$/g) ?? [flat];
  let summary = sentences[0]!.trim();
  if (sentences[1] && summary.length + sentences[1].length <= max) summary = `${summary} ${sentences[1].trim()}`;
  return summary.length > max ? `${summary.slice(0, max - 1).trimEnd()}…` : summary;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "link";
  }
}

export function convertTimelineJs(input: unknown, htmlToText: HtmlReader): ConversionResult {
  if (!isObject(input) || !Array.isArray(input.events)) {
    return { ok: false, problems: [{ path: "events", message: SAY.needsEvents() }] };
  }
  const notes: string[] = [];
  const left: string[] = [];
  let titleMedia = 0;
  let mediaLinks = 0;
  let backgrounds = 0;
  let times = 0;
  let displayDates = 0;

  const title = isObject(input.title) && isObject(input.title.text) ? input.title.text : {};
  const heading = htmlToText(String(title.headline ?? "")).text.replace(/\s+/g, " ");
  const intro = htmlToText(String(title.text ?? "")).text;
  if (isObject(input.title) && input.title.media) titleMedia++;

  // Groups become tracks, in the order they first appear; ungrouped events share one more track.
  const trackIds = new Set<string>();
  const tracks: Track[] = [];
  const trackOf = new Map<string, string>();
  const ungroupedLabel = input.events.some(
    (event) => isObject(event) && typeof event.group === "string" && event.group.trim(),
  )
    ? SAY.otherEvents()
    : SAY.events();
  const track = (group: unknown): string => {
    const label =
      typeof group === "string" && group.trim() ? htmlToText(group).text.replace(/\s+/g, " ") : ungroupedLabel;
    let id = trackOf.get(label);
    if (!id) {
      id = uniqueId(slugify(label) || `track-${tracks.length + 1}`, trackIds);
      trackOf.set(label, id);
      tracks.push({ id, label });
    }
    return id;
  };

  const eventIds = new Set<string>();
  const events: TimelineEvent[] = [];
  input.events.forEach((raw, index) => {
    if (!isObject(raw)) {
      left.push(`events[${index}] ${SAY.notAnEvent()}`);
      return;
    }
    const start = readDate(raw.start_date);
    if (typeof start === "string") {
      left.push(`events[${index}] ${start}`);
      return;
    }
    const precision = precisionOf(start);
    const end = raw.end_date === undefined || raw.end_date === null ? null : readDate(raw.end_date);
    if (typeof end === "string") notes.push(SAY.singleDate(`events[${index}]`, end));
    if (start.time || (end && typeof end !== "string" && end.time)) times++;

    const text = isObject(raw.text) ? raw.text : {};
    const headline = htmlToText(String(text.headline ?? "")).text.replace(/\s+/g, " ");
    const body = htmlToText(String(text.text ?? ""));
    const eventTitle = headline || (body.text ? firstSentences(body.text, 80) : SAY.untitled(index + 1));
    const summary = body.text ? firstSentences(body.text) : eventTitle;
    const sources: SourceRef[] = [];
    for (const link of body.links) {
      const url = webUrl(link.href);
      if (!url || sources.some((source) => source.url === url)) continue;
      sources.push({ title: link.text || hostOf(url), publisher: hostOf(url), url });
    }
    let eventMedia: TimelineEvent["media"];
    // A picture goes on the event; other media (a video page, a map) becomes a link among its sources.
    const picture = readMedia(raw.media, htmlToText, headline);
    if (picture && isImageUrl(picture.url)) eventMedia = picture;
    else if (picture) {
      mediaLinks++;
      if (!sources.some((source) => source.url === picture.url))
        sources.push({
          title: picture.caption ?? hostOf(picture.url),
          publisher: hostOf(picture.url),
          url: picture.url,
        });
    }
    if (raw.background) backgrounds++;

    const id = uniqueId(
      slugify(typeof raw.unique_id === "string" ? raw.unique_id : "") || slugify(eventTitle) || `event-${index + 1}`,
      eventIds,
    );
    const event: TimelineEvent = {
      ...(eventMedia ? { media: eventMedia } : {}),
      id,
      title: eventTitle,
      start: write(start, precision, "start"),
      precision,
      track: track(raw.group),
      actors: [],
      summary,
      provenance: "context",
      articleParagraphs: [],
      sources,
    };
    if (end && typeof end !== "string") {
      const written = write(end, precision, "end");
      if (written >= event.start) {
        if (written !== event.start) event.end = written;
      } else notes.push(SAY.endedBefore(eventTitle));
    }
    if (body.text && body.text !== summary) event.details = body.text;
    const display = typeof raw.display_date === "string" ? htmlToText(raw.display_date).text : "";
    if (display) {
      displayDates++;
      event.notes = SAY.shownDate(display);
    }
    events.push(event);
  });

  const periods: Period[] = [];
  const periodIds = new Set<string>();
  (Array.isArray(input.eras) ? input.eras : []).forEach((era, index) => {
    if (!isObject(era)) return;
    const start = readDate(era.start_date);
    const end = readDate(era.end_date);
    const label = isObject(era.text) ? htmlToText(String(era.text.headline ?? "")).text.replace(/\s+/g, " ") : "";
    if (typeof start === "string" || typeof end === "string") {
      left.push(`eras[${index}] ${typeof start === "string" ? start : (end as string)}`);
      return;
    }
    const precision = precisionOf(start);
    const from = write(start, precision, "start");
    const to = write(end, precision, "end");
    if (to < from) {
      left.push(`eras[${index}] ${SAY.endsBeforeStart()}`);
      return;
    }
    const name = label || SAY.era(index + 1);
    periods.push({ id: uniqueId(slugify(name) || `era-${index + 1}`, periodIds), label: name, start: from, end: to });
  });

  if (events.length === 0) {
    return {
      ok: false,
      problems: [
        {
          path: "events",
          message: left.length > 0 ? SAY.noEventRead(left.join("; ")) : SAY.noEvents(),
        },
      ],
    };
  }

  if (left.length > 0) notes.unshift(SAY.leftOut(left.join("; ")));
  if (titleMedia > 0) notes.push(SAY.titleMedia());
  if (mediaLinks > 0) notes.push(SAY.mediaLinks(mediaLinks));
  if (backgrounds > 0) notes.push(SAY.backgrounds(backgrounds));
  if (times > 0) notes.push(SAY.times(times));
  if (displayDates > 0) notes.push(SAY.displayDates(displayDates));
  notes.push(SAY.context());

  const dataset: Dataset = {
    schemaVersion: 1,
    id: slugify(heading) || "timelinejs-import",
    title: heading || SAY.title(),
    description: intro || SAY.description(),
    language: "en",
    tracks,
    actors: [],
    events,
  };
  if (periods.length > 0) dataset.periods = periods;
  return { ok: true, dataset, notes };
}
