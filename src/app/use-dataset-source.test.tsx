// @vitest-environment jsdom
import { act, renderHook, waitFor } from "../test-render";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packText } from "../domain/packed";
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

/** A link's pack= carrying this text, as the explorer writes one. */
async function carry(text: string): Promise<string> {
  return (await packText(text))!;
}

describe("useDatasetSource, with a timeline carried in the link (pack=)", () => {
  it("opens it with no request, as a timeline whoever shared the link made", async () => {
    const pack = await carry(datasetText("carried"));
    const store = memoryUrlStore(`tracks=x&pack=${pack}`);
    const { result } = renderSource(store);
    expect(result.current.firstLoad).toBe(true);
    expect(result.current.unpacking).toBe(true);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("carried"));
    expect(result.current.loaded?.origin).toEqual({ kind: "pack", pack });
    expect(result.current).toMatchObject({ failure: null, loading: null, unpacking: false, firstLoad: false });
    expect(fetchDatasetText).not.toHaveBeenCalled();
    expect(store.search()).toBe(`?tracks=x&pack=${pack}`);
  });

  it("shows the one it carries when a link also names one to load", async () => {
    const pack = await carry(datasetText("carried"));
    const { result } = renderSource(memoryUrlStore(`data=elsewhere.json&pack=${pack}`));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("carried"));
    expect(fetchDatasetText).not.toHaveBeenCalled();
  });

  it("names a damaged pack as such, keeps the default, and takes the pack out of the link", async () => {
    const pack = await carry(datasetText("carried"));
    const store = memoryUrlStore(`tracks=x&pack=${pack.slice(0, pack.length / 2)}`);
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.failure).not.toBeNull());
    expect(result.current.failure).toEqual({
      source: "the timeline carried in the link",
      problems: [
        {
          path: "",
          message: "the timeline in the link is damaged (it was cut or changed on its way)",
          hint: expect.stringMatching(/link again/),
        },
      ],
    });
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    expect(result.current.firstLoad).toBe(false);
    expect(store.search()).toBe("?tracks=x");
  });

  it("names every problem of an invalid timeline in a pack, and loads none of it", async () => {
    const broken = { ...testDataset({ id: "broken" }), events: [{ id: "Not An Id", title: "x" }] };
    const store = memoryUrlStore(`pack=${await carry(JSON.stringify(broken))}`);
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.failure?.source).toBe("the timeline carried in the link"));
    expect(result.current.failure!.problems.length).toBeGreaterThan(1);
    expect(result.current.failure!.problems.map((problem) => problem.path)).toContain("events[0].id");
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    expect(store.search()).toBe("");
  });

  it("names a pack that is not JSON at all", async () => {
    const { result } = renderSource(memoryUrlStore(`pack=${await carry("<script>alert(1)</script>")}`));
    await waitFor(() => expect(result.current.failure).not.toBeNull());
    expect(result.current.failure!.problems[0]!.message).toMatch(/web page \(HTML\)/);
  });

  it("shows the default on Back past the link that carried a timeline, and the timeline on Forward", async () => {
    const pack = await carry(datasetText("carried"));
    const store = memoryUrlStore("");
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("default-dataset"));
    act(() => store.navigate(`pack=${pack}`, "push"));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("carried"));
    act(() => store.back());
    expect(result.current.loaded?.dataset.id).toBe("default-dataset");
    act(() => store.forward());
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("carried"));
    expect(result.current.failure).toBeNull();
  });

  it("leaves the pack for a file opened from the computer", async () => {
    const pack = await carry(datasetText("carried"));
    const store = memoryUrlStore(`pack=${pack}`);
    const { result } = renderSource(store);
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("carried"));
    act(() => result.current.openFile(new File([datasetText("mine")], "mine.json")));
    await waitFor(() => expect(result.current.loaded?.dataset.id).toBe("mine"));
    expect(store.search()).toBe("");
  });
});
