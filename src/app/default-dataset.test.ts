// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { testDataset } from "../domain/test-dataset";

const dataset = testDataset({ id: "default-dataset", title: "The default" });

/** A fresh copy of the module: it keeps what it loaded. */
async function fresh() {
  vi.resetModules();
  return import("./default-dataset");
}

describe("the default dataset", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("downloads the file ahead without reading it, and reads that download when it is shown", async () => {
    const json = vi.fn(() => Promise.resolve(dataset));
    const fetch = vi.fn(() =>
      Promise.resolve({ ok: true, json, blob: () => Promise.resolve(new Blob([JSON.stringify(dataset)])) }),
    );
    vi.stubGlobal("fetch", fetch);
    const { prefetchDefaultDataset, loadDefaultDataset } = await fresh();
    prefetchDefaultDataset();
    prefetchDefaultDataset();
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(loadDefaultDataset()).resolves.toEqual(dataset);
    // One download in all, read once it was asked for.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(json).not.toHaveBeenCalled();
  });

  it("downloads it again when the download ahead failed", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, status: 503 })
      .mockResolvedValueOnce({ ok: true, json: () => Promise.resolve(dataset) });
    vi.stubGlobal("fetch", fetch);
    const { prefetchDefaultDataset, loadDefaultDataset } = await fresh();
    prefetchDefaultDataset();
    await expect(loadDefaultDataset()).resolves.toEqual(dataset);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("downloads nothing ahead once it is loaded", async () => {
    const fetch = vi.fn(() => Promise.resolve({ ok: true, json: () => Promise.resolve(dataset) }));
    vi.stubGlobal("fetch", fetch);
    const { prefetchDefaultDataset, loadDefaultDataset } = await fresh();
    await loadDefaultDataset();
    prefetchDefaultDataset();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
