import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DamagedPack, PackTooLarge, packJson, packText, unpackText } from "./packed";

describe("JSON packed in a link", () => {
  it("packs and unpacks, in the characters a link keeps", async () => {
    const value = { text: "Dari دری and Pashto پښتو, “Kabul” 🎓", list: [1, 2, 3] };
    const packed = await packJson(value);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(await unpackText(packed))).toEqual(value);
    expect(await unpackText((await packText("plain text"))!)).toBe("plain text");
  });

  it("compresses: a repetitive text takes a fraction of its length", async () => {
    const text = "Kabul, August 2021: a long line a class writes again and again ".repeat(40);
    expect((await packJson(text)).length).toBeLessThan(text.length / 4);
  });

  it("round-trips any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 400 }), async (text) => {
        expect(JSON.parse(await unpackText(await packJson(text)))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it("says when the pack would be longer than the characters given", async () => {
    const random = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join("");
    expect(await packText(random, 500)).toBeNull();
    const small = (await packText("short", 500))!;
    expect(small).toMatch(/^[A-Za-z0-9_-]+$/);
    // The limit is on the characters written: exactly at it fits, one under does not.
    expect(await packText("short", small.length)).toBe(small);
    expect(await packText("short", small.length - 1)).toBeNull();
  });

  it("says a pack that was cut, changed, or is not deflate, is damaged", async () => {
    const packed = await packJson({ a: "A lesson on Kabul. ".repeat(30) });
    for (const damaged of [
      packed.slice(0, 10),
      packed.slice(0, -8),
      `AAAA${packed}`,
      packed.replace(/^./, (first) => (first === "x" ? "y" : "x")),
      "x",
      "not<base64>",
      "%3Cscript%3E",
      "",
    ]) {
      await expect(unpackText(damaged), damaged).rejects.toBeInstanceOf(DamagedPack);
    }
  });

  it("says bytes that are not UTF-8 text are damaged", async () => {
    // A raw deflate block storing the byte 0xFF: valid deflate, invalid UTF-8.
    const stored = btoa(String.fromCharCode(0x01, 0x01, 0x00, 0xfe, 0xff, 0xff)).replace(/=+$/, "");
    await expect(unpackText(stored.replace(/\+/g, "-").replace(/\//g, "_"))).rejects.toBeInstanceOf(DamagedPack);
  });

  it("stops inflating past the limit: a short link cannot fill the memory", async () => {
    const bomb = await packJson("0".repeat(5_000_000));
    expect(bomb.length).toBeLessThan(8000);
    await expect(unpackText(bomb, 1_000_000)).rejects.toBeInstanceOf(PackTooLarge);
    expect(await unpackText(bomb, 6_000_000)).toHaveLength(5_000_002);
  });
});
