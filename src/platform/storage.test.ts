// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { readStored, writeStored } from "./storage";

describe("this browser's storage", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps a value, and removes it when given null", () => {
    writeStored("k", "v");
    expect(readStored("k")).toBe("v");
    writeStored("k", null);
    expect(readStored("k")).toBeNull();
  });

  it("reads nothing and never throws where storage is blocked or full", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(readStored("k")).toBeNull();
    expect(() => writeStored("k", "v")).not.toThrow();
  });
});
