/**
 * CSV as RFC 4180 writes it: CRLF between records, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled inside quoted fields.
 */

/** Cells a spreadsheet would run as a formula start with one of these; a leading apostrophe defuses them. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined, { defuseFormulas = true } = {}): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A dataset is untrusted: "=HYPERLINK(…)" in a title must reach a teacher's spreadsheet as text.
  if (defuseFormulas && typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(cell)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
