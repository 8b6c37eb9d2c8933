/**
 * JSON carried whole in a link: compressed with the browser's own deflate (CompressionStream,
 * "deflate-raw") and written in base64url, the few characters a link keeps as they are. Used for a lesson
 * built in the page (path=), for handed-in answers (answers=) and for a teacher's own timeline (pack=,
 * dataset-pack.ts). Both directions can stop early at a limit: packing never compresses more than a link
 * could carry, and unpacking never inflates more than the caller allows, however the link was made.
 */
import { MAX_DATASET_BYTES } from "./limits";
import { readAtMost } from "./read-bytes";

// For developers (the reader is told by whoever catches these, in the page's language).
const DAMAGED = "the packed text is damaged or cut short";
const TOO_LARGE = "the packed text unpacks to more than is allowed";

/** Thrown when a packed text was cut or changed on its way: it does not unpack. */
export class DamagedPack extends Error {
  constructor() {
    super(DAMAGED);
    this.name = "DamagedPack";
  }
}

/** Thrown when a packed text would unpack to more than the caller allows: no link the explorer made does. */
export class PackTooLarge extends Error {
  constructor() {
    super(TOO_LARGE);
    this.name = "PackTooLarge";
  }
}

export async function packJson(value: unknown): Promise<string> {
  return (await packText(JSON.stringify(value)))!;
}

/** The text packed, or null when the pack alone would be longer than `maxChars`. */
export async function packText(text: string, maxChars = Infinity): Promise<string | null> {
  // Unpadded base64url writes ceil(4n / 3) characters for n bytes, which is at most maxChars exactly when
  // n is at most floor(3 maxChars / 4): past that many bytes the pack cannot fit, and compressing stops.
  const maxBytes = Number.isFinite(maxChars) ? Math.floor((maxChars * 3) / 4) : Infinity;
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"), maxBytes);
  return bytes && toBase64Url(bytes);
}

/**
 * The text unpacked, not yet parsed. Throws DamagedPack, or PackTooLarge past `maxBytes` (by default as
 * much as a dataset may hold: a short link can otherwise inflate to fill the memory).
 */
export async function unpackText(packed: string, maxBytes = MAX_DATASET_BYTES): Promise<string> {
  let bytes: Uint8Array | null;
  try {
    bytes = await pipe(fromBase64Url(packed), new DecompressionStream("deflate-raw"), maxBytes);
  } catch {
    throw new DamagedPack();
  }
  if (!bytes) throw new PackTooLarge();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedPack();
  }
}

/** Every byte out of the stream, or null once there are more than `maxBytes`. */
function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | null> {
  // A stream of its own rather than a Blob's: jsdom's Blob (the app's tests) has no stream().
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return readAtMost(input.pipeThrough(stream), maxBytes);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new DamagedPack();
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
