/** Words the reader sees for the format's codes, in one place so every view says the same. */
import type { Actor, Dataset, Perspective, SourceKind, SourceRef, TimelineEvent } from "./schema";
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

export const PROVENANCE_LABELS: Record<ProvenanceValue, string> = {
  article: "In the article",
  // "Background" until 2026-11: early-2025 events beside an article of April 2025 read as misfiled.
  context: "Not in the article",
  "after-article": "After the article",
};

/** What each provenance means, in one line: beside its filter and on the card. */
export const PROVENANCE_DESCRIPTIONS: Record<ProvenanceValue, string> = {
  article: "The source article reports this event.",
  context: "From the public record: the source article does not report it.",
  "after-article": "Happened after the source article was published.",
};

export const ACTOR_KIND_LABELS: Record<Actor["kind"], string> = {
  state: "States",
  group: "Groups",
  organisation: "Organisations",
  person: "People",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  primary: "Primary source",
  report: "Report",
  analysis: "Analysis",
};

/** What a reader should know a kind means, shown as the label's description. */
export const SOURCE_KIND_HINTS: Record<SourceKind, string> = {
  primary: "The document or statement itself",
  report: "Journalism about the event",
  analysis: "Commentary or analysis",
};

/** "Associated Press, via WTVA": who published it, and whose page the link is when that differs. */
export function publisherLine(source: Pick<SourceRef, "publisher" | "via">): string {
  return source.via ? `${source.publisher}, via ${source.via}` : source.publisher;
}

/**
 * A source as one line of text, for the handout and the CSV: "Title. Associated Press, via WTVA, Mar 20,
 * 2025. Primary source." The address is left to the caller, which shows it its own way.
 */
export function citationText(source: SourceRef, locale = "en"): string {
  const who = [publisherLine(source), source.date ? formatDateText(source.date, { locale }) : ""].filter(Boolean);
  const parts = [source.title, who.join(", "), source.kind ? SOURCE_KIND_LABELS[source.kind] : ""];
  return parts
    .filter((part) => part !== "")
    .map((part) => (/[.!?…”"]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

/** A perspective as one line of text: "Taliban, Mar 20, 2025: “words” (paraphrase)". */
export function perspectiveText(perspective: Perspective, actorLabel: string, locale = "en"): string {
  const who = perspective.date ? `${actorLabel}, ${formatDateText(perspective.date, { locale })}` : actorLabel;
  const said = [perspective.words ? `“${perspective.words}”` : "", perspective.paraphrase ?? ""].filter(Boolean);
  return `${who}: ${said.join(" ")}`;
}

/** What opening the card shows, counted, so a reader sees there is more before clicking: "Details and 3 sources". */
export function detailsLabel(event: Pick<TimelineEvent, "sources">): string {
  const count = event.sources.length;
  if (count === 0) return "Details";
  return `Details and ${count} ${count === 1 ? "source" : "sources"}`;
}
