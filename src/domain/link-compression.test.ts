import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compressForLink, decompressFromLink } from "./link-compression";

const code = async (text: string, max?: number) => {
  const result = await compressForLink(text, max);
  if (!result.ok) throw new Error("expected it to fit");
  return result.code;
};

describe("text carried in a link", () => {
  it("comes back as it went, in base64url", async () => {
    const text = "Kabul, “August” 2021: ünïcode, emoji 🎓 and a long line ".repeat(40);
    const carried = await code(text);
    expect(carried).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(carried.length).toBeLessThan(text.length / 4);
    expect(await decompressFromLink(carried, 1_000_000)).toEqual({ ok: true, text });
  });

  it("round-trips any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 400 }), async (text) => {
        expect(await decompressFromLink(await code(text), 1_000_000)).toEqual({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });

  it("says when the text would not fit in the characters given, without compressing it all", async () => {
    const random = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join("");
    expect(await compressForLink(random, 500)).toEqual({ ok: false, reason: "too-large" });
    const small = await code("short", 500);
    expect(small.length).toBeLessThanOrEqual(500);
    // The limit is on the characters written: exactly at it fits, one under does not.
    expect((await compressForLink("short", small.length)).ok).toBe(true);
    expect((await compressForLink("short", small.length - 1)).ok).toBe(false);
  });

  it("names a link cut short, changed, or not deflate, as damaged", async () => {
    const carried = await code("A lesson on Kabul. ".repeat(30));
    for (const damaged of [
      carried.slice(0, -8),
      `AAAA${carried}`,
      carried.replace(/^./, (first) => (first === "x" ? "y" : "x")),
      "x",
      "not base64!",
      "%3Cscript%3E",
      "",
    ]) {
      const result = await decompressFromLink(damaged, 1_000_000);
      expect(result, damaged).toEqual({ ok: false, reason: "damaged" });
    }
    expect(await decompressFromLink("x", 10)).toEqual({ ok: false, reason: "damaged" });
  });

  it("names as damaged bytes that are not UTF-8 text", async () => {
    // A raw deflate block storing the byte 0xFF: valid deflate, invalid UTF-8.
    const stored = btoa(String.fromCharCode(0x01, 0x01, 0x00, 0xfe, 0xff, 0xff)).replace(/=+$/, "");
    expect(await decompressFromLink(stored.replace(/\+/g, "-").replace(/\//g, "_"), 100)).toEqual({
      ok: false,
      reason: "damaged",
    });
  });

  it("stops inflating past the limit: a small link cannot fill the memory", async () => {
    const bomb = await code("0".repeat(5_000_000));
    expect(bomb.length).toBeLessThan(8000);
    expect(await decompressFromLink(bomb, 1_000_000)).toEqual({ ok: false, reason: "too-large" });
  });
});
