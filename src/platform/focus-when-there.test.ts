// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { focusWhenThere } from "./focus-when-there";

describe("focusWhenThere", () => {
  afterEach(() => document.body.replaceChildren());

  /** Frames run one at a time by the test; a cancelled one never runs. */
  function frames() {
    const queued = new Map<number, FrameRequestCallback>();
    let last = 0;
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => {
      queued.set(++last, callback);
      return last;
    });
    vi.spyOn(window, "cancelAnimationFrame").mockImplementation((handle) => void queued.delete(handle));
    const next = () => {
      const [first] = queued;
      if (!first) return;
      queued.delete(first[0]);
      first[1](0);
    };
    return Object.assign(next, { pending: () => queued.size });
  }

  it("focuses the element at once when it is there", () => {
    const target = document.body.appendChild(document.createElement("h2"));
    target.id = "events";
    target.tabIndex = -1;
    focusWhenThere("events");
    expect(document.activeElement).toBe(target);
  });

  it("waits for an element rendered a few frames later", () => {
    const next = frames();
    focusWhenThere("events");
    next();
    const target = document.body.appendChild(document.createElement("h2"));
    target.id = "events";
    target.tabIndex = -1;
    expect(document.activeElement).not.toBe(target);
    next();
    expect(document.activeElement).toBe(target);
  });

  it("waits past an element of that id on its way out, for the one that takes its place", () => {
    const next = frames();
    const old = document.body.appendChild(document.createElement("div"));
    old.id = "events";
    old.tabIndex = -1;
    focusWhenThere("events", { leaving: old });
    expect(document.activeElement).not.toBe(old);
    old.remove();
    const fresh = document.body.appendChild(document.createElement("h2"));
    fresh.id = "events";
    fresh.tabIndex = -1;
    next();
    expect(document.activeElement).toBe(fresh);
  });

  it("gives up after its frames, and can be cancelled, leaving the focus where it was", () => {
    const next = frames();
    const here = document.body.appendChild(document.createElement("button"));
    here.focus();
    focusWhenThere("never", { frames: 2 });
    next();
    next();
    expect(next.pending()).toBe(0); // no frame asked for after the last
    const cancel = focusWhenThere("later");
    cancel();
    const target = document.body.appendChild(document.createElement("h2"));
    target.id = "later";
    target.tabIndex = -1;
    next();
    expect(document.activeElement).toBe(here);
  });
});
