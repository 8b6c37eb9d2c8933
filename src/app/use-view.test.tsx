// @vitest-environment jsdom
import { act, renderHook } from "../test-render";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../domain/schema";
import { testDataset } from "../domain/test-dataset";
import { memoryUrlStore, type MemoryUrlStore } from "../platform/url-store";
import { LocationProvider, createLocation } from "./location";
import { useView } from "./use-view";

interface Shown {
  dataset: Dataset;
  /** What the link names for the dataset shown: its data= and pack=. */
  source: { data: string | null; pack: string | null };
}
const NAMED_BY_NOTHING = { data: null, pack: null };

function renderView(store: MemoryUrlStore, initial: Shown) {
  const location = createLocation(store);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocationProvider value={location}>{children}</LocationProvider>
  );
  return renderHook(({ dataset, source }: Shown) => useView(dataset, source), { wrapper, initialProps: initial });
}

describe("useView", () => {
  const dataset = testDataset();

  it("rewrites a link with parts that cannot be used, in place, and says what was left out", () => {
    const store = memoryUrlStore("tracks=diplomacy,nope&event=ghost");
    const { result } = renderView(store, { dataset, source: NAMED_BY_NOTHING });
    expect(result.current.view.tracks).toEqual(["diplomacy"]);
    expect(store.search()).toBe("?tracks=diplomacy");
    expect(store.entries).toHaveLength(1);
    expect(result.current.notice.join(" ")).toMatch(/nope/);
    expect(result.current.notice.join(" ")).toMatch(/ghost/);
    act(() => result.current.dismissNotice());
    expect(result.current.notice).toEqual([]);
  });

  it("leaves a link meant for a dataset still loading as it is, and judges it once that dataset is shown", () => {
    const store = memoryUrlStore("data=other.json&tracks=laws");
    const { result, rerender } = renderView(store, { dataset, source: NAMED_BY_NOTHING });
    expect(store.search()).toBe("?data=other.json&tracks=laws");
    expect(result.current.notice).toEqual([]);
    // The other dataset has a "laws" track: once it is shown, nothing is dropped.
    const other = testDataset({
      id: "other",
      tracks: [
        { id: "laws", label: "Laws" },
        { id: "votes", label: "Votes" },
      ],
    });
    rerender({ dataset: other, source: { data: "other.json", pack: null } });
    // Written in the canonical order, in place of the entry the reader followed.
    expect(store.search()).toBe("?tracks=laws&data=other.json");
    expect(store.entries).toHaveLength(1);
    expect(result.current.notice).toEqual([]);
    expect(result.current.view.tracks).toEqual(["laws"]);
  });

  it("judges a link carrying a timeline (pack=) only once that timeline is shown, and keeps the pack in it", () => {
    const store = memoryUrlStore("pack=abc&tracks=laws");
    const { result, rerender } = renderView(store, { dataset, source: NAMED_BY_NOTHING });
    expect(store.search()).toBe("?pack=abc&tracks=laws");
    expect(result.current.notice).toEqual([]);
    const other = testDataset({ id: "other", tracks: [{ id: "laws", label: "Laws" }] });
    rerender({ dataset: other, source: { data: null, pack: "abc" } });
    expect(store.search()).toBe("?pack=abc");
    expect(result.current.notice).toEqual([]);
    act(() => result.current.update({ event: "first" }));
    expect(store.search()).toBe("?event=first&pack=abc");
  });

  it("pushes an entry per filter or selection, and one per run of typing", () => {
    const store = memoryUrlStore("");
    const { result } = renderView(store, { dataset, source: NAMED_BY_NOTHING });
    act(() => result.current.update({ event: "first" }));
    act(() => result.current.update({ q: "k" }, { kind: "search" }));
    act(() => result.current.update({ q: "ka" }, { kind: "search" }));
    act(() => result.current.update({ q: "kab" }, { kind: "search" }));
    expect(store.entries).toEqual(["", "event=first", "q=kab&event=first"]);
    act(() => store.back());
    expect(result.current.view.event).toBe("first");
    expect(result.current.view.q).toBe("");
  });
});
