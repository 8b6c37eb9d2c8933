/**
 * Text carried whole in a link: compressed with the browser's own deflate (CompressionStream,
 * "deflate-raw") and written in base64url, the only characters a link carries unescaped. A built lesson
 * (path=, lesson-link.ts) and a teacher's own timeline (pack=, dataset-pack.ts) travel this way. Both
 * directions stop early at a limit: making a link never compresses more than it could carry, and reading
 * one never inflates more than a dataset may hold, however the link was made.
 */

export type Compressed = { ok: true; code: string } | { ok: false; reason: "too-large" };
export type Decompressed = { ok: true; text: string } | { ok: false; reason: "damaged" | "too-large" };

/** The text compressed and in base64url, unless that would be longer than `maxChars`. */
export async function compressForLink(text: string, maxChars = Infinity): Promise<Compressed> {
  // base64 writes 4 characters for every 3 bytes.
  const maxBytes = Number.isFinite(maxChars) ? Math.floor((maxChars * 3) / 4) : Infinity;
  const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = await readAll(stream, maxBytes);
  if (!bytes) return { ok: false, reason: "too-large" };
  const code = toBase64Url(bytes);
  return code.length > maxChars ? { ok: false, reason: "too-large" } : { ok: true, code };
}

/** The text a link carries: "damaged" when it is not base64url, deflate and UTF-8 through and through. */
export async function decompressFromLink(code: string, maxBytes: number): Promise<Decompressed> {
  let bytes: Uint8Array | null;
  try {
    const stream = streamOf(fromBase64Url(code)).pipeThrough(new DecompressionStream("deflate-raw"));
    bytes = await readAll(stream, maxBytes);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  if (!bytes) return { ok: false, reason: "too-large" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Every byte of the stream, or null (and the stream cancelled) once there are more than `maxBytes`. */
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Throws on anything that is not base64url. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
