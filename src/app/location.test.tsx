// @vitest-environment jsdom
import { act, render, waitFor } from "../test-render";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packJson } from "../domain/packed";
import type { Dataset } from "../domain/schema";
import { testDataset, testEvent } from "../domain/test-dataset";
import type { ViewState } from "../domain/view-state";
import { fetchDatasetText } from "../features/datasets/fetch-dataset";
import type * as FetchDataset from "../features/datasets/fetch-dataset";
import { memoryUrlStore, type MemoryUrlStore } from "../platform/url-store";
import { LocationProvider, createLocation } from "./location";
import { linkedSource, useDatasetSource, type LoadedDataset } from "./use-dataset-source";
import { useView } from "./use-view";

vi.mock("./default-dataset", () => ({
  loadDefaultDataset: () =>
    Promise.resolve(
      testDataset({
        id: "default-dataset",
        lessons: [
          {
            id: "intro",
            title: "Intro",
            steps: [
              { event: "first", prompt: "Why?" },
              { event: "second", prompt: "And then?" },
            ],
          },
        ],
      }),
    ),
  prefetchDefaultDataset: () => {},
}));
vi.mock("../features/datasets/fetch-dataset", async (importOriginal) => ({
  ...(await importOriginal<typeof FetchDataset>()),
  fetchDatasetText: vi.fn(),
}));

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
afterEach(() => vi.mocked(fetchDatasetText).mockReset());

/** A dataset of its own tracks ("laws", "votes") and events, so a view for it means nothing elsewhere. */
const other = (id: string): Dataset =>
  testDataset({
    id,
    title: `Dataset ${id}`,
    tracks: [
      { id: "laws", label: "Laws" },
      { id: "votes", label: "Votes" },
    ],
    events: [testEvent({ id: `${id}-event`, track: "laws" })],
  });

async function answer(address: string, dataset: Dataset) {
  await waitFor(() => expect(pending.has(address)).toBe(true));
  await act(async () => pending.get(address)!.resolve(JSON.stringify(dataset)));
}

/** What the page shows, as the explorer composes it: the dataset from the link, and the view on it. */
interface Shown {
  dataset: string | null;
  view: ViewState | null;
  notice: string[];
  loading: string | null;
}

function ViewOn({ loaded, onShow }: { loaded: LoadedDataset; onShow(shown: Omit<Shown, "loading">): void }) {
  const { view, notice } = useView(loaded.dataset, linkedSource(loaded.origin));
  onShow({ dataset: loaded.dataset.id, view, notice });
  return null;
}

function Page({ onShow }: { onShow(shown: Shown): void }) {
  const source = useDatasetSource();
  if (!source.loaded) {
    onShow({ dataset: null, view: null, notice: [], loading: source.loading });
    return null;
  }
  return <ViewOn loaded={source.loaded} onShow={(shown) => onShow({ ...shown, loading: source.loading })} />;
}

function open(store: MemoryUrlStore) {
  const shown: { current: Shown } = { current: { dataset: null, view: null, notice: [], loading: null } };
  render(
    <LocationProvider value={createLocation(store)}>
      <Page onShow={(next) => (shown.current = next)} />
    </LocationProvider>,
  );
  return shown;
}

describe("the address, the dataset it names and the view on it, together", () => {
  it("opens a link with data= and filters on that dataset, leaving the link alone until it is shown", async () => {
    const store = memoryUrlStore("event=a-event&tracks=laws&data=a.json");
    const shown = open(store);
    await waitFor(() => expect(pending.has("a.json")).toBe(true));
    expect(store.search()).toBe("?event=a-event&tracks=laws&data=a.json");
    await answer("a.json", other("a"));
    await waitFor(() => expect(shown.current.dataset).toBe("a"));
    expect(shown.current.view).toMatchObject({ tracks: ["laws"], event: "a-event", data: "a.json" });
    expect(shown.current.notice).toEqual([]);
    // Rewritten once, in place, in the codec's order.
    expect(store.entries).toEqual(["tracks=laws&event=a-event&data=a.json"]);
  });

  it("opens a link carrying a timeline (pack=) on that timeline, judged against it once shown", async () => {
    const packed = await packJson(other("carried"));
    const store = memoryUrlStore(`pack=${packed}&event=carried-event&tracks=laws,nope`);
    const shown = open(store);
    await waitFor(() => expect(shown.current.dataset).toBe("carried"));
    expect(shown.current.view).toMatchObject({ tracks: ["laws"], event: "carried-event", pack: packed });
    expect(shown.current.notice.join(" ")).toMatch(/no track “nope”/);
    expect(store.entries).toEqual([`tracks=laws&event=carried-event&pack=${packed}`]);
    expect(fetchDatasetText).not.toHaveBeenCalled();
  });

  it("judges a link by the dataset it names: an id that dataset lacks is dropped and named", async () => {
    const store = memoryUrlStore("tracks=laws,nope&data=a.json");
    const shown = open(store);
    await answer("a.json", other("a"));
    await waitFor(() => expect(shown.current.dataset).toBe("a"));
    expect(store.search()).toBe("?tracks=laws&data=a.json");
    expect(shown.current.notice.join(" ")).toMatch(/no track “nope”/);
  });

  it("shows the newer dataset and its view when a slow dataset is overtaken by another", async () => {
    const store = memoryUrlStore("tracks=laws&data=slow.json");
    const shown = open(store);
    await waitFor(() => expect(pending.has("slow.json")).toBe(true));
    act(() => store.navigate("tracks=votes&data=fast.json", "push"));
    await answer("fast.json", other("fast"));
    await waitFor(() => expect(shown.current.dataset).toBe("fast"));
    await act(async () => pending.get("slow.json")!.resolve(JSON.stringify(other("slow"))));
    expect(shown.current.dataset).toBe("fast");
    expect(shown.current.view?.tracks).toEqual(["votes"]);
    expect(store.search()).toBe("?tracks=votes&data=fast.json");
    expect(shown.current.notice).toEqual([]);
  });

  it("goes back to the default timeline, as it was, when Back is pressed during a load", async () => {
    const store = memoryUrlStore("event=second");
    const shown = open(store);
    await waitFor(() => expect(shown.current.dataset).toBe("default-dataset"));
    act(() => store.navigate("tracks=laws&data=a.json", "push"));
    await waitFor(() => expect(shown.current.loading).toBe("a.json"));
    // While it loads, the default timeline's view stays as it was; nothing is judged or rewritten.
    expect(store.search()).toBe("?tracks=laws&data=a.json");
    expect(shown.current.notice).toEqual([]);
    act(() => store.back());
    await waitFor(() => expect(shown.current.loading).toBeNull());
    expect(pending.get("a.json")!.signal.aborted).toBe(true);
    expect(shown.current.dataset).toBe("default-dataset");
    expect(shown.current.view).toMatchObject({ event: "second", tracks: null });
    expect(store.entries).toEqual(["event=second", "tracks=laws&data=a.json"]);
    expect(shown.current.notice).toEqual([]);
  });

  it("opens a lesson link at its step, and names a lesson the dataset does not have", async () => {
    const store = memoryUrlStore("step=2&lesson=intro");
    const shown = open(store);
    await waitFor(() => expect(shown.current.dataset).toBe("default-dataset"));
    expect(shown.current.view).toMatchObject({ lesson: "intro", step: 2 });
    expect(store.search()).toBe("?lesson=intro&step=2");
    act(() => store.navigate("lesson=intr", "push"));
    await waitFor(() => expect(shown.current.notice.join(" ")).toMatch(/no lesson “intr”/));
    expect(shown.current.view?.lesson).toBeNull();
    expect(store.search()).toBe("");
  });
});
