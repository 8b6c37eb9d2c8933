import { describe, expect, it } from "vitest";
import { readPacked } from "./packed-parameters";
import { DEFAULT_VIEW, parseViewState, serialiseViewState, type ViewState } from "./view-state";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("what a packed parameter keeps", () => {
  it("keeps base64url, drops nothing given, and names anything else as damaged", () => {
    expect(readPacked("pack", "1ZJBa_-9")).toEqual({ value: "1ZJBa_-9" });
    expect(readPacked("path", undefined)).toEqual({ value: null });
    expect(readPacked("answers", "")).toEqual({ value: null });
    expect(readPacked("path", "a b")).toEqual({
      value: null,
      note: "the lesson in the link is damaged (it has characters a lesson link never has)",
    });
  });
});

describe("a timeline carried in the link", () => {
  it.each([
    ["pack=abc%3Cscript%3E", "the timeline in the link is damaged (it has characters a timeline link never has)"],
    ["pack=abc%20def", "the timeline in the link is damaged (it has characters a timeline link never has)"],
    [`pack=${"a".repeat(8001)}`, "the timeline in the link is too long to be read"],
  ])("%s: is left out, and says why", (search, note) => {
    expect(parseViewState(search)).toEqual({ state: DEFAULT_VIEW, ignored: [note] });
  });

  it("reads a pack as long as a link may be", () => {
    expect(parseViewState(`pack=${"a".repeat(8000)}`).state.pack).toHaveLength(8000);
  });

  it("shows the timeline a link carries rather than fetch the one it also names, and says so", () => {
    expect(parseViewState("data=https://example.org/a.json&pack=abc")).toEqual({
      state: view({ pack: "abc" }),
      ignored: ["the link carries a timeline and also names one to load (data=); the one it carries is shown"],
    });
    expect(serialiseViewState(view({ data: "a.json", pack: "abc" }))).toBe("pack=abc");
  });

  it("keeps the pack when the view changes: the link goes on carrying its timeline", () => {
    const { state } = parseViewState("pack=abc&q=kabul");
    expect(serialiseViewState({ ...state, tracks: ["military"] })).toBe("tracks=military&q=kabul&pack=abc");
  });
});
