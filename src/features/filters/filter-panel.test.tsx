// @vitest-environment jsdom
import { render, screen } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import { filterChips } from "../../domain/active-filters";
import { facetCounts, indexDataset } from "../../domain/filter";
import { HOSTILE_TEXT, testDataset } from "../../domain/test-dataset";
import { DEFAULT_VIEW } from "../../domain/view-state";
import { ActiveFilters } from "./active-filters";
import { FilterPanel } from "./filter-panel";

const dataset = testDataset({
  tracks: [
    { id: "diplomacy", label: HOSTILE_TEXT },
    { id: "military", label: "Military" },
  ],
  actors: [
    { id: "united-states", label: HOSTILE_TEXT, kind: "state" },
    { id: "taliban", label: "Taliban", kind: "group" },
    { id: "qatar", label: "Qatar", kind: "state" },
  ],
  presets: [{ id: "p", label: HOSTILE_TEXT, from: "2021", to: "2022" }],
});

describe("the filter panel and its chips", () => {
  it("label checkboxes, presets and chips with the data's text, never its markup", () => {
    const view = { ...DEFAULT_VIEW, actors: ["united-states"], q: HOSTILE_TEXT };
    const { container } = render(
      <>
        <FilterPanel
          dataset={dataset}
          view={view}
          facets={facetCounts(indexDataset(dataset), view)}
          onChange={vi.fn()}
        />
        <ActiveFilters chips={filterChips(dataset, view)} onRemove={vi.fn()} onClearAll={vi.fn()} />
      </>,
    );
    expect(container.querySelectorAll("img, script, [onerror]")).toHaveLength(0);
    expect(screen.getAllByRole("checkbox", { name: HOSTILE_TEXT })).toHaveLength(2); // a track and an actor
    expect(screen.getByRole("button", { name: HOSTILE_TEXT })).toBeTruthy(); // the preset
    expect(screen.getByRole("button", { name: `Remove filter Actor: ${HOSTILE_TEXT}` })).toBeTruthy();
    expect((screen.getByRole("searchbox") as HTMLInputElement).value).toBe(HOSTILE_TEXT);
  });
});
