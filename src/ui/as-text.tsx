import type { ReactElement } from "react";

/**
 * Text from outside the code (a title, a file's name, what a reader typed) as a value of a `<Trans>` or
 * `<Plural>` message. Lingui splices a string value into the translation and then reads the result's tags
 * as the message's own markup: "<b>…</b>" in a title would lose its tags, and "<0/>" would become an
 * element of the message. An element value is rendered by React, as the text it is.
 */
export function asText(text: string): ReactElement {
  return <>{text}</>;
}
