// @vitest-environment jsdom
import { fireEvent, render, screen } from "../../test-render";
import { describe, expect, it, vi } from "vitest";
import { filterChips } from "../../domain/active-filters";
import { facetCounts, indexDataset } from "../../domain/filter";
import { HOSTILE_TEXT, testDataset } from "../../domain/test-dataset";
import { DEFAULT_VIEW, type ViewState } from "../../domain/view-state";
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
        <ActiveFilters
          chips={filterChips(dataset, view)}
          onRemove={vi.fn()}
          onClearAll={vi.fn()}
          focusAfter={vi.fn()}
        />
      </>,
    );
    expect(container.querySelectorAll("img, script, [onerror]")).toHaveLength(0);
    expect(screen.getAllByRole("checkbox", { name: HOSTILE_TEXT })).toHaveLength(2); // a track and an actor
    expect(screen.getByRole("button", { name: HOSTILE_TEXT })).toBeTruthy(); // the preset
    expect(screen.getByRole("button", { name: `Remove filter Actor: ${HOSTILE_TEXT}` })).toBeTruthy();
    expect((screen.getByRole("searchbox") as HTMLInputElement).value).toBe(HOSTILE_TEXT);
  });
});

describe("the filter panel's controls", () => {
  const plain = testDataset({
    actors: [
      { id: "taliban", label: "Taliban", kind: "group" },
      { id: "qatar", label: "Qatar", kind: "state" },
    ],
    presets: [{ id: "airlift", label: "The airlift", from: "2021-08-14", to: "2021-08-31" }],
  });

  function panel(view: Partial<ViewState> = {}, data = plain) {
    const onChange = vi.fn();
    const shown = { ...DEFAULT_VIEW, ...view };
    render(
      <FilterPanel dataset={data} view={shown} facets={facetCounts(indexDataset(data), shown)} onChange={onChange} />,
    );
    return onChange;
  }

  it("unticking a track shows every other track; ticking it again adds it back", () => {
    const onChange = panel();
    fireEvent.click(screen.getByRole("checkbox", { name: "Diplomacy" }));
    expect(onChange).toHaveBeenLastCalledWith({ tracks: ["military"] });
    document.body.replaceChildren();
    const again = panel({ tracks: ["military"] });
    fireEvent.click(screen.getByRole("checkbox", { name: "Diplomacy" }));
    expect(again).toHaveBeenLastCalledWith({ tracks: ["military", "diplomacy"] });
  });

  it("ticking an actor narrows to it; unticking the last one shows every actor again", () => {
    const onChange = panel();
    fireEvent.click(screen.getByRole("checkbox", { name: "Qatar" }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ["qatar"] });
    document.body.replaceChildren();
    const again = panel({ actors: ["qatar"] });
    fireEvent.click(screen.getByRole("checkbox", { name: "Qatar" }));
    expect(again).toHaveBeenLastCalledWith({ actors: null });
  });

  it("a date preset sets both dates, and a second click clears them", () => {
    const onChange = panel();
    fireEvent.click(screen.getByRole("button", { name: "The airlift" }));
    expect(onChange).toHaveBeenLastCalledWith({ from: "2021-08-14", to: "2021-08-31" });
    document.body.replaceChildren();
    const again = panel({ from: "2021-08-14", to: "2021-08-31" });
    const preset = screen.getByRole("button", { name: "The airlift" });
    expect(preset.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(preset);
    expect(again).toHaveBeenLastCalledWith({ from: null, to: null });
  });

  it("a date typed in From or cleared from To changes that end of the range", () => {
    const onChange = panel({ to: "2021-12" });
    expect((screen.getByLabelText("To") as HTMLInputElement).value).toBe("2021-12-31");
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2021-08-01" } });
    expect(onChange).toHaveBeenLastCalledWith({ from: "2021-08-01" });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "" } });
    expect(onChange).toHaveBeenLastCalledWith({ to: null });
  });

  it("typing a search sends each keystroke as one continuous change", () => {
    const onChange = panel();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search events" }), { target: { value: "talks" } });
    expect(onChange).toHaveBeenLastCalledWith({ q: "talks" }, "q");
  });

  it("with a source article, unticking where events come from leaves the other kinds", () => {
    const onChange = panel({}, { ...plain, source: { title: "The article", publisher: "A paper" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "In the article" }));
    expect(onChange).toHaveBeenLastCalledWith({ prov: ["context", "after-article"] });
  });
});
