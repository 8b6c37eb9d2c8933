// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { browserUrlStore, memoryUrlStore } from "./url-store";

describe("browserUrlStore", () => {
  it("pushes an entry per discrete change, replaces for a continuous one, and one entry per run of a kind", () => {
    window.history.replaceState(null, "", "/explorer/?a=1");
    const store = browserUrlStore();
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    const length = window.history.length;

    store.navigate("a=2", "push");
    expect(window.location.search).toBe("?a=2");
    expect(window.history.length).toBe(length + 1);
    store.navigate("a=2&q=k", "push", "search");
    store.navigate("a=2&q=ka", "push", "search");
    store.navigate("a=2&q=kab", "push", "search");
    expect(window.history.length).toBe(length + 2);
    store.navigate("a=3", "replace");
    expect(window.history.length).toBe(length + 2);
    expect(store.search()).toBe("?a=3");
    store.navigate("a=3", "push"); // the same address: nothing happens
    expect(window.history.length).toBe(length + 2);
    expect(heard).toHaveBeenCalledTimes(5);

    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(heard).toHaveBeenCalledTimes(6);
    stop();
    store.navigate("", "push");
    expect(heard).toHaveBeenCalledTimes(6);
    expect(window.location.search).toBe("");
    expect(store.base()).toBe(`${window.location.origin}/explorer/`);
  });
});

describe("memoryUrlStore", () => {
  it("keeps a history with Back and Forward, as the browser does", () => {
    const store = memoryUrlStore("a=1");
    store.navigate("a=2", "push");
    store.navigate("a=3", "push");
    store.back();
    expect(store.search()).toBe("?a=2");
    store.navigate("b=1", "push"); // a new entry drops the forward ones
    expect(store.entries).toEqual(["a=1", "a=2", "b=1"]);
    store.back();
    store.back();
    store.back();
    expect(store.search()).toBe("?a=1");
    store.forward();
    expect(store.search()).toBe("?a=2");
  });
});
