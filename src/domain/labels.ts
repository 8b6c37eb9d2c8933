/** Words the reader sees for the format's codes, in one place so every view says the same. */
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, plural, t } from "@lingui/core/macro";
import type { Actor, Dataset, Perspective, SourceKind, SourceRef, TimelineEvent, Verdict } from "./schema";
import { formatDateText } from "./format-date";
import type { ProvenanceValue } from "./view-state";

/**
 * Whether "In the article" and "Not in the article" mean anything for this dataset: it names a source
 * article, or some event says it comes from one. A teacher's own timeline (from a spreadsheet, TimelineJS)
 * has none, and the page then makes no claim about an article: no provenance filter, badge or line.
 */
export function hasSourceArticle(dataset: Pick<Dataset, "source" | "events">): boolean {
  return dataset.source !== undefined || dataset.events.some((event) => event.provenance !== "context");
}

/**
 * The words the reader sees for each provenance, in the page's language: `i18n._(PROVENANCE_LABELS.article)`.
 * (Descriptors of the message catalogue, made into text where they are shown, so they follow the language.)
 */
export const PROVENANCE_LABELS: Record<ProvenanceValue, MessageDescriptor> = {
  article: msg`In the article`,
  // "Background" until 2026-11: early-2025 events beside an article of April 2025 read as misfiled.
  context: msg`Not in the article`,
  "after-article": msg`After the article`,
};

export { PROVENANCE_ENGLISH } from "./provenance-words";

/** What each provenance means, in one line: beside its filter and on the card. */
export const PROVENANCE_DESCRIPTIONS: Record<ProvenanceValue, MessageDescriptor> = {
  article: msg`The source article reports this event.`,
  context: msg`From the public record: the source article does not report it.`,
  "after-article": msg`Happened after the source article was published.`,
};

export const ACTOR_KIND_LABELS: Record<Actor["kind"], MessageDescriptor> = {
  state: msg({ comment: "a heading over a list of actors that are countries", message: "States" }),
  group: msg({ comment: "a heading over a list of actors that are groups (e.g. the Taliban)", message: "Groups" }),
  organisation: msg`Organisations`,
  person: msg`People`,
};

export const SOURCE_KIND_LABELS: Record<SourceKind, MessageDescriptor> = {
  primary: msg`Primary source`,
  report: msg({ comment: "a kind of source: journalism about the event", message: "Report" }),
  analysis: msg({ comment: "a kind of source: commentary or analysis", message: "Analysis" }),
};

/** What a reader should know a kind means, shown as the label's description. */
export const SOURCE_KIND_HINTS: Record<SourceKind, MessageDescriptor> = {
  primary: msg`The document or statement itself`,
  report: msg`Journalism about the event`,
  analysis: msg`Commentary or analysis`,
};

/** Each verdict of "Check the article" as a word, never as a colour alone: the view, the card, the lesson, the print. */
export const VERDICT_LABELS: Record<Verdict, MessageDescriptor> = {
  accurate: msg`Accurate`,
  imprecise: msg`Imprecise`,
  wrong: msg`Wrong`,
  unsupported: msg`Unsupported`,
  opinion: msg`Opinion`,
};

/** What each verdict means, beside the filter and under each claim's mark. */
export const VERDICT_MEANINGS: Record<Verdict, MessageDescriptor> = {
  accurate: msg`The record bears it out.`,
  imprecise: msg`Near the record, but blurred, overstated or missing what matters.`,
  wrong: msg`The record shows otherwise.`,
  unsupported: msg`No record we found shows it.`,
  opinion: msg`A judgement no record can settle.`,
};

/** A mark for each verdict, read with its word: a shape, so it does not rest on colour (and survives a print in grey). */
export const VERDICT_MARKS: Record<Verdict, string> = {
  accurate: "✓",
  imprecise: "≈",
  wrong: "✗",
  unsupported: "?",
  opinion: "❝",
};

/** "Associated Press, via WTVA": who published it, and whose page the link is when that differs. */
export function publisherLine(source: Pick<SourceRef, "publisher" | "via">): string {
  const { publisher, via } = source;
  if (!via) return publisher;
  return t({
    comment: "a source's publisher, and the site that carries it (whose page the link is)",
    message: `${publisher}, via ${via}`,
  });
}

/**
 * A source as one line of text, for the handout and the worksheet: "Title. Associated Press, via WTVA, Mar
 * 20, 2025. Primary source." The address is left to the caller, which shows it its own way.
 */
export function citationText(source: SourceRef, locale = "en"): string {
  const publisher = publisherLine(source);
  const date = source.date ? formatDateText(source.date, { locale }) : "";
  const who =
    publisher && date
      ? t({ comment: "a source's publisher and the date it was published", message: `${publisher}, ${date}` })
      : publisher || date;
  const parts = [source.title, who, source.kind ? i18n._(SOURCE_KIND_LABELS[source.kind]) : ""];
  return parts
    .filter((part) => part !== "")
    .map((part) => (/[.!?…”"]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

/** A perspective as one line of text: "Taliban, Mar 20, 2025: “words” (paraphrase)". */
export function perspectiveText(perspective: Perspective, actorLabel: string, locale = "en"): string {
  const actor = actorLabel;
  const date = perspective.date ? formatDateText(perspective.date, { locale }) : "";
  const who = date ? t({ comment: "who said something, and when", message: `${actor}, ${date}` }) : actor;
  const words = perspective.words;
  const quoted = words ? t({ comment: "a side's own words, in quotation marks", message: `“${words}”` }) : "";
  const said = [quoted, perspective.paraphrase ?? ""].filter(Boolean).join(" ");
  return t({ comment: "who said it (and when): what they said", message: `${who}: ${said}` });
}

/** What opening the card shows, counted, so a reader sees there is more before clicking: "Details and 3 sources". */
export function detailsLabel(event: Pick<TimelineEvent, "sources">): string {
  const count = event.sources.length;
  if (count === 0)
    return t({ comment: "an event's details: the button that shows them, the heading above them", message: "Details" });
  return plural(count, { one: "Details and # source", other: "Details and # sources" });
}
