/**
 * A teacher's file as text. Most are UTF-8, but Excel's "CSV (Comma delimited)" and older programs save in
 * the Windows code page (Windows-1252), and "Unicode Text" in UTF-16: read as UTF-8 those turn "Café" into
 * "Caf�". The bytes say which it is: a UTF-16 byte-order mark, or bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Browsers decode 0x80–0x9F as Windows-1252's dashes and quotes; Node without full ICU (the unit
    // tests) as control characters: they are mapped here so both read the same.
    return new TextDecoder("windows-1252")
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252[control.charCodeAt(0) - 0x80] || control);
  }
}

const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
