/**
 * The active filters in words: the chips a reader can remove one by one, and the sentence a printed
 * handout uses. One description, so the screen and the page say the same thing.
 */
import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { formatDateText } from "./format-date";
import { PROVENANCE_LABELS } from "./labels";
import { nameList as list } from "./list-text";
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

  const query = view.q;
  if (query !== "") chips.push({ key: "q", label: t`Search: “${query}”`, remove: { q: "" } });
  if (view.tracks !== null) {
    // In the dataset's order, as the checkboxes list them.
    const names = dataset.tracks.filter((track) => view.tracks!.includes(track.id)).map((track) => track.label);
    chips.push({
      key: "tracks",
      label: names.length === 0 ? t`Tracks: none` : tracksLabel(names),
      remove: { tracks: null },
    });
  }
  for (const id of view.actors ?? []) {
    const rest = (view.actors ?? []).filter((other) => other !== id);
    chips.push({
      key: `actor:${id}`,
      label: actorChip(actorLabel.get(id) ?? id),
      remove: { actors: rest.length > 0 ? rest : null },
    });
  }
  if (view.prov !== null) {
    const names = view.prov.map((prov) => i18n._(PROVENANCE_LABELS[prov]));
    chips.push({ key: "prov", label: names.length === 0 ? t`Sources: none` : list(names), remove: { prov: null } });
  }
  if (view.from || view.to) {
    const from = view.from ? formatDateText(view.from, { locale }) : null;
    const to = view.to ? formatDateText(view.to, { locale }) : null;
    const until = to ?? "";
    const label = from && to ? t`Dates: ${from} to ${to}` : from ? t`Dates: From ${from}` : t`Dates: Until ${until}`;
    chips.push({ key: "dates", label, remove: { from: null, to: null } });
  }
  return chips;
}

/** The filters as one sentence, for a handout: "All 36 events." or "Events matching: …". */
export function describeFilters(dataset: Dataset, view: ViewState): string {
  const chips = filterChips(dataset, view);
  const filters = chips.map((chip) => chip.label).join(t({ comment: "between two filters in a list", message: "; " }));
  return chips.length === 0 ? t`No filters: every event.` : t`Filters: ${filters}.`;
}

/** "Track: Diplomacy", "Tracks: Diplomacy, Military". */
function tracksLabel(names: readonly string[]): string {
  const tracks = list(names);
  const count = names.length;
  return plural(count, { one: `Track: ${tracks}`, other: `Tracks: ${tracks}` });
}

const actorChip = (actor: string) => t`Actor: ${actor}`;
