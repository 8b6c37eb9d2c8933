/**
 * Numbers inside the interface's sentences, in the reader's digits. Lingui writes a plain placeholder's
 * value as it is given ("گام 1 از 7"): only a plural's `#` goes through Intl. So before a message is
 * written, its numeric values are formatted in the language (۱, ۷ in Dari and Pashto), except those the
 * message chooses a form by (plural, selectordinal, select), which must stay numbers.
 */

/** A compiled message: text, and tokens [name] or [name, type, forms]. */
type Tokens = unknown;

/**
 * The names a message chooses its forms by: compiled (tokens), or its ICU source when the catalogue lacks
 * it and Lingui reads the source instead.
 */
export function selectorNames(message: Tokens, into = new Set<string>()): Set<string> {
  if (typeof message === "string") {
    for (const match of message.matchAll(/\{\s*([\w$]+)\s*,\s*(?:plural|selectordinal|select)\s*,/g))
      into.add(match[1]!);
    return into;
  }
  if (!Array.isArray(message)) return into;
  for (const token of message) {
    if (!Array.isArray(token)) continue;
    const [name, type, forms] = token as [unknown, unknown, unknown];
    if (typeof name === "string" && (type === "plural" || type === "selectordinal" || type === "select")) {
      into.add(name);
      if (forms && typeof forms === "object") for (const form of Object.values(forms)) selectorNames(form, into);
    }
  }
  return into;
}

/** The values with every number but the message's selectors written by `format`; the rest as given. */
export function withLocalNumbers<Values extends Record<string, unknown>>(
  values: Values,
  message: Tokens,
  format: (value: number) => string,
): Values {
  let selectors: Set<string> | null = null;
  let result: Record<string, unknown> | null = null;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "number") continue;
    selectors ??= selectorNames(message);
    if (selectors.has(name)) continue;
    result ??= { ...values };
    result[name] = format(value);
  }
  return (result ?? values) as Values;
}
