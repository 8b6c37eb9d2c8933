/**
 * JSON carried whole in a link: compressed with the browser's own deflate (CompressionStream) and written
 * in base64url, the few characters a link keeps as they are. Used for a lesson built in the page (path=)
 * and for handed-in answers (answers=).
 */

/** Thrown when a packed text was cut or changed on its way: it does not unpack. */
export class DamagedPack extends Error {
  constructor() {
    super("the packed text is damaged or cut short");
    this.name = "DamagedPack";
  }
}

export async function packJson(value: unknown): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream("deflate-raw"));
  return toBase64Url(bytes);
}

/** The text unpacked, not yet parsed. Throws DamagedPack. */
export async function unpackText(packed: string): Promise<string> {
  try {
    const bytes = await pipe(fromBase64Url(packed), new DecompressionStream("deflate-raw"));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedPack();
  }
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new DamagedPack();
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
