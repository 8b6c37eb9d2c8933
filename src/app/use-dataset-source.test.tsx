// @vitest-environment jsdom
import { act, renderHook, waitFor } from "../test-render";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testDataset } from "../domain/test-dataset";
import { fetchDatasetText } from "../features/datasets/fetch-dataset";
import type * as FetchDataset from "../features/datasets/fetch-dataset";
import { memoryUrlStore, type MemoryUrlStore } from "../platform/url-store";
import { loadDefaultDataset, prefetchDefaultDataset } from "./default-dataset";
import { LocationProvider, createLocation } from "./location";
import { useDatasetSource } from "./use-dataset-source";

vi.mock("./default-dataset", () => ({
  loadDefaultDataset: vi.fn(() => Promise.resolve(testDataset({ id: "default-dataset", title: "The default" }))),
  prefetchDefaultDataset: vi.fn(),
}));
vi.mock("../features/datasets/fetch-dataset", async (importOriginal) => ({
  ...(await importOriginal<typeof FetchDataset>()),
  fetchDatasetText: vi.fn(),
}));

/** Each fetch waits until the test answers it; answers may come in any order, as on a real network. */
const pending = new Map<string, { resolve(text: string): void; signal: AbortSignal }>();
beforeEach(() => {
  pending.clear();
  vi.mocked(fetchDatasetText).mockImplementation(
    (address, options) =>
      new Promise<string>((resolve, reject) => {
        const signal = options!.signal!;
        pending.set(address, { resolve, signal });
        signal.addEventListener("abort", () => reject(signal.reason));
      }),
  );
});
afterEach(() => {
  vi.mocked(fetchDatasetText).mockReset();
  vi.mocked(loadDefaultDataset).mockClear();
  vi.mocked(prefetchDefaultDataset).mockClear();
});

const datasetText = (id: string) => JSON.stringify(testDataset({ id, title: `Dataset ${id}` }));

async function answer(address: string, text: string) {
  await waitFor(() => expect(pending.has(address)).toBe(true));
  await act(async () => pending.get(address)!.resolve(text));
}

function renderSource(store: MemoryUrlStore) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocationProvider value={createLocation(store)}>{children}</LocationProvider>
  );
  return renderHook(() => useDatasetSource(), { wrapper });
}

describe("useDatasetSource, as the address changes under it", () => {
  it("shows the newer dataset when a slow response for an older link arrives after it", async () => {
    const store = memoryUrlStore("data=slow.json");
    const { result } = renderSource(store);
    await waitFor(() => expect(pending.has("slow.json")).toBe(true));
    act(() => store.navigate("data=fast.json", "push"));
    await answer("fast.json", datasetText("fast"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("fast"));
    // The slow one was cancelled when the link moved on; its late answer changes nothing.
    expect(pending.get("slow.json")!.signal.aborted).toBe(true);
    await act(async () => pending.get("slow.json")!.resolve(datasetText("slow")));
    expect(result.current.loaded?.dataset.id).toBe("fast");
    expect(result.current.loaded?.origin).toMatchObject({ kind: "url", url: "fast.json" });
    expect(result.current.failure).toBeNull();
    expect(store.search()).toBe("?data=fast.json");
  });

  it("goes back to the default when Back is pressed while a dataset loads, and leaves the history alone", async () => {
    const store = memoryUrlStore("");
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    act(() => store.navigate("data=lesson.json", "push"));
    await waitFor(() => expect(result.current.loading).toBe("lesson.json"));
    act(() => store.back());
    expect(result.current.loading).toBeNull();
    expect(pending.get("lesson.json")!.signal.aborted).toBe(true);
    await act(async () => pending.get("lesson.json")!.resolve(datasetText("lesson")));
    expect(result.current.loaded?.dataset.id).toBe("default-dataset");
    expect(result.current.failure).toBeNull();
    // Forward is still there: nothing rewrote the entries.
    expect(store.entries).toEqual(["", "data=lesson.json"]);
    expect(store.index).toBe(0);
  });

  it("shows the default again on Back past the link that loaded a dataset, and the dataset on Forward", async () => {
    const store = memoryUrlStore("");
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    act(() => store.navigate("data=lesson.json", "push"));
    await answer("lesson.json", datasetText("lesson"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("lesson"));
    act(() => store.back());
    expect(result.current.loaded?.dataset.id).toBe("default-dataset");
    act(() => store.forward());
    await answer("lesson.json", datasetText("lesson"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("lesson"));
  });

  it("keeps what it shows when a dataset fails, says why, and puts the link back", async () => {
    const store = memoryUrlStore("");
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    act(() => store.navigate("data=broken.json&tracks=x", "push"));
    await answer("broken.json", "{ not json");
    await waitFor(() => expect(result.current.failure?.source).toBe("broken.json"));
    expect(result.current.failure?.problems[0]?.message).toMatch(/not valid JSON/);
    expect(result.current.loaded?.dataset.id).toBe("default-dataset");
    expect(result.current.loading).toBeNull();
    // The link names the dataset shown again (the same entry, rewritten), the rest of it kept.
    expect(store.search()).toBe("?tracks=x");
    expect(store.entries).toHaveLength(2);
  });

  it("opens a file from the reader's computer as a fresh view", async () => {
    const store = memoryUrlStore("tracks=diplomacy&theme=dark");
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    const file = new File([datasetText("mine")], "mine.json", { type: "application/json" });
    act(() => result.current.openFile(file));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("mine"));
    expect(result.current.loaded?.origin).toEqual({ kind: "file", name: "mine.json" });
    // A new dataset starts from all its events; the theme stays.
    expect(store.search()).toBe("?theme=dark");
  });

  it("makes a link's dataset wait for nothing: the default is downloaded once the page is idle, read when shown", async () => {
    const store = memoryUrlStore("data=lesson.json");
    const { result } = renderSource(store);
    await waitFor(() => expect(pending.has("lesson.json")).toBe(true));
    expect(prefetchDefaultDataset).not.toHaveBeenCalled();
    await answer("lesson.json", datasetText("lesson"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("lesson"));
    // The way back to the default (Show the default timeline): downloaded by the time the reader might
    // take it, and read (parsed, rendered) only when they do.
    await waitFor(() => expect(prefetchDefaultDataset).toHaveBeenCalledTimes(1), { timeout: 2000 });
    expect(loadDefaultDataset).not.toHaveBeenCalled();
    act(() => result.current.showDefault());
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    expect(loadDefaultDataset).toHaveBeenCalledTimes(1);
  });

  it("shows the default when the first dataset a link names fails", async () => {
    const store = memoryUrlStore("data=broken.json");
    const { result } = renderSource(store);
    await answer("broken.json", "{ not json");
    await waitFor(() => expect(result.current.failure?.source).toBe("broken.json"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    expect(result.current.firstLoad).toBe(false);
  });
});
