/**
 * This browser's storage (localStorage), for what a reader keeps on this device only: a lesson's
 * answers, a lesson being built. Storage may be blocked or full (a private window, a strict setting):
 * reading then finds nothing, and writing keeps the value on the page only until it closes.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value, or removes it when null. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Blocked or full: see above.
  }
}
