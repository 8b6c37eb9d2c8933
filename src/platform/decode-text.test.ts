import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode("Café – “quoted”"))).toBe("Café – “quoted”");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });

  it("reads what Excel saves as 'CSV (Comma delimited)', in the Windows code page", () => {
    // "Café – ok" in Windows-1252: é is 0xE9 and the en dash 0x96, neither valid UTF-8 on its own.
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]))).toBe("Café – ok");
  });

  it("reads UTF-16 by its byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe("Aé");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toBe("Aé");
  });
});
