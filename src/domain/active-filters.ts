/**
 * The active filters in words: the chips a reader can remove one by one, and the sentence a printed
 * handout uses. One description, so the screen and the page say the same thing.
 */
import { formatDateText } from "./format-date";
import { PROVENANCE_ENGLISH } from "./provenance-words";
import type { Dataset } from "./schema";
import type { ViewState } from "./view-state";

export interface FilterChip {
  key: string;
  /** "Tracks: Military and withdrawal" */
  label: string;
  /** What removing the chip changes. */
  remove: Partial<ViewState>;
}

export function filterChips(dataset: Dataset, view: ViewState): FilterChip[] {
  const locale = dataset.language;
  const chips: FilterChip[] = [];
  const actorLabel = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));

  if (view.q !== "") chips.push({ key: "q", label: `Search: “${view.q}”`, remove: { q: "" } });
  if (view.tracks !== null) {
    // In the dataset's order, as the checkboxes list them.
    const names = dataset.tracks.filter((track) => view.tracks!.includes(track.id)).map((track) => track.label);
    chips.push({
      key: "tracks",
      label: names.length === 0 ? "Tracks: none" : `${names.length === 1 ? "Track" : "Tracks"}: ${names.join(", ")}`,
      remove: { tracks: null },
    });
  }
  for (const id of view.actors ?? []) {
    const rest = (view.actors ?? []).filter((other) => other !== id);
    chips.push({
      key: `actor:${id}`,
      label: `Actor: ${actorLabel.get(id) ?? id}`,
      remove: { actors: rest.length > 0 ? rest : null },
    });
  }
  if (view.prov !== null) {
    const names = view.prov.map((prov) => PROVENANCE_ENGLISH[prov]);
    chips.push({ key: "prov", label: names.length === 0 ? "Sources: none" : names.join(", "), remove: { prov: null } });
  }
  if (view.from || view.to) {
    const from = view.from ? formatDateText(view.from, { locale }) : null;
    const to = view.to ? formatDateText(view.to, { locale }) : null;
    const label = from && to ? `${from} to ${to}` : from ? `From ${from}` : `Until ${to}`;
    chips.push({ key: "dates", label: `Dates: ${label}`, remove: { from: null, to: null } });
  }
  return chips;
}

/** The filters as one sentence, for a handout: "All 36 events." or "Events matching: …". */
export function describeFilters(dataset: Dataset, view: ViewState): string {
  const chips = filterChips(dataset, view);
  return chips.length === 0 ? "No filters: every event." : `Filters: ${chips.map((chip) => chip.label).join("; ")}.`;
}
