import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { useId, useState } from "react";
import { endOf, parsePartialDate, startOf } from "../../domain/dates";
import type { Facets } from "../../domain/filter";
import { normaliseQuery, type ProvenanceValue, type ViewState } from "../../domain/view-state";
import type { Dataset } from "../../domain/schema";
import { PROVENANCE_DESCRIPTIONS, PROVENANCE_LABELS, hasSourceArticle } from "../../domain/labels";
import { TRACK_COLOURS } from "../../domain/timeline-items";
import { fieldClass } from "../../ui/field";
import { ActorFilter } from "./actor-filter";
import { Checkbox, Legend } from "./filter-parts";

export type ViewPatch = Partial<ViewState>;

export interface FilterPanelProps {
  dataset: Dataset;
  view: ViewState;
  facets: Facets;
  /** `kind` names a continuous change (typing) whose history entries collapse into one. */
  onChange(patch: ViewPatch, kind?: string): void;
  /** In the phone drawer the whole drawer scrolls, so long lists are not boxed in. */
  inDrawer?: boolean;
  /** False where the search field has a place of its own (a phone's bar above the timeline). */
  withSearch?: boolean;
}

export function FilterPanel({
  dataset,
  view,
  facets,
  onChange,
  inDrawer = false,
  withSearch = true,
}: FilterPanelProps) {
  const id = useId();
  const trackIds = dataset.tracks.map((track) => track.id);

  const toggleTrack = (trackId: string, checked: boolean) => {
    const current = view.tracks ?? trackIds;
    onChange({ tracks: checked ? [...current, trackId] : current.filter((other) => other !== trackId) });
  };
  const toggleActor = (actorId: string, checked: boolean) => {
    const current = view.actors ?? [];
    const next = checked ? [...current, actorId] : current.filter((other) => other !== actorId);
    onChange({ actors: next.length > 0 ? next : null });
  };
  const toggleProv = (prov: ProvenanceValue, checked: boolean) => {
    const all = Object.keys(PROVENANCE_LABELS) as ProvenanceValue[];
    const current = view.prov ?? all;
    onChange({ prov: checked ? [...current, prov] : current.filter((other) => other !== prov) });
  };

  return (
    <div className="space-y-6 text-sm">
      {withSearch && <SearchBox value={view.q} onChange={(q) => onChange({ q }, "q")} />}

      <fieldset>
        <Legend>{t`Tracks`}</Legend>
        <ul className="space-y-0.5">
          {dataset.tracks.map((track, order) => (
            <li key={track.id}>
              <Checkbox
                id={`${id}-track-${track.id}`}
                label={track.label}
                count={facets.tracks.get(track.id) ?? 0}
                checked={view.tracks === null || view.tracks.includes(track.id)}
                onChange={(checked) => toggleTrack(track.id, checked)}
                swatch={order % TRACK_COLOURS}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      {hasSourceArticle(dataset) && (
        <fieldset>
          <Legend>{t`Where it comes from`}</Legend>
          <ul className="space-y-0.5">
            {(Object.keys(PROVENANCE_LABELS) as ProvenanceValue[]).map((prov) => (
              <li key={prov}>
                <Checkbox
                  id={`${id}-prov-${prov}`}
                  label={i18n._(PROVENANCE_LABELS[prov])}
                  count={facets.prov.get(prov) ?? 0}
                  checked={view.prov === null || view.prov.includes(prov)}
                  onChange={(checked) => toggleProv(prov, checked)}
                  description={i18n._(PROVENANCE_DESCRIPTIONS[prov])}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <DateRange dataset={dataset} view={view} onChange={onChange} />

      {/* A dataset without actors (a converted spreadsheet) has nothing to filter by here. */}
      {dataset.actors.length > 0 && (
        <ActorFilter dataset={dataset} view={view} facets={facets} onToggle={toggleActor} inDrawer={inDrawer} />
      )}
    </div>
  );
}

/** The search field, in the filter panel or on its own (a phone's bar, `compact`: its label for screen readers only). */
export function SearchBox({
  value,
  onChange,
  compact = false,
}: {
  value: string;
  onChange(value: string): void;
  compact?: boolean;
}) {
  const id = useId();
  // The box keeps what the reader typed (spaces included); the URL keeps its tidied form. They are
  // reconciled only when the URL changes from elsewhere (Back, Clear all).
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (normaliseQuery(text) !== value) setText(value);
  }
  return (
    <div className={compact ? "min-w-0 flex-1" : undefined}>
      <label
        htmlFor={id}
        className={
          compact ? "sr-only" : "mb-1.5 block text-xs font-semibold tracking-wide text-[var(--muted)] uppercase"
        }
      >
        {t`Search events`}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t`Words or a date (2021)`}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
        className={fieldClass()}
      />
    </div>
  );
}

function DateRange({ dataset, view, onChange }: Pick<FilterPanelProps, "dataset" | "view" | "onChange">) {
  const id = useId();
  const presets = dataset.presets ?? [];
  const input =
    "w-full rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 py-1.5 text-base sm:text-sm [color-scheme:inherit]";
  return (
    <fieldset>
      <Legend>{t`Dates`}</Legend>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-from`} className="mb-1 block text-xs">
            {t({ comment: "the start of a date range", message: "From" })}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className={input}
            value={fullDate(view.from, "start")}
            max={fullDate(view.to, "end") || undefined}
            onChange={(event) => onChange({ from: event.target.value || null })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="mb-1 block text-xs">
            {t({ comment: "the end of a date range", message: "To" })}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className={input}
            value={fullDate(view.to, "end")}
            min={fullDate(view.from, "start") || undefined}
            onChange={(event) => onChange({ to: event.target.value || null })}
          />
        </div>
      </div>
      {presets.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1.5" role="group" aria-label={t`Date presets`}>
          {presets.map((preset) => {
            const active = view.from === preset.from && view.to === preset.to;
            return (
              <button
                key={preset.id}
                type="button"
                aria-pressed={active}
                onClick={() => onChange(active ? { from: null, to: null } : { from: preset.from, to: preset.to })}
                className="min-h-8 rounded-full border border-[var(--line)] px-3 py-1 text-xs font-medium hover:border-[var(--accent)] aria-pressed:border-[var(--accent)] aria-pressed:bg-[var(--accent)] aria-pressed:text-[var(--surface)]"
              >
                {preset.label}
              </button>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

/** A date input needs a whole day: "2021-08" starts on the 1st and ends on the 31st. */
function fullDate(text: string | null, side: "start" | "end"): string {
  if (!text) return "";
  const parsed = parsePartialDate(text);
  if (!parsed) return "";
  const ms = side === "start" ? startOf(parsed) : endOf(parsed) - 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
