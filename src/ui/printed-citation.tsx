import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatDateText } from "../domain/format-date";
import { SOURCE_KIND_LABELS } from "../domain/labels";
import type { Perspective, SourceRef } from "../domain/schema";

/*
 * A source and a side's words on paper, as citationText and perspectiveText write them (the same messages),
 * but with what is in the dataset's own language (a source's title, its publishers' names, a side's words)
 * marked with its `lang` on a page in another, so that neither a screen reader reading the handout nor a
 * PDF speaks English as Dari.
 */

/** A sentence ends with a full stop unless it already ends with one of its own. */
const ended = (text: string) => (/[.!?…”"]$/.test(text) ? "" : ".");

/** Who published a source (and the site that carries it), the names as written. */
function Publisher({ source, lang }: { source: Pick<SourceRef, "publisher" | "via">; lang: string | undefined }) {
  const publisher = <bdi lang={lang}>{source.publisher}</bdi>;
  const via = source.via;
  if (!via) return publisher;
  return (
    <Trans comment="a source's publisher, and the site that carries it (whose page the link is)">
      {publisher}, via <bdi lang={lang}>{via}</bdi>
    </Trans>
  );
}

/** "Title. Associated Press, via WTVA, Mar 20, 2025. Primary source." */
export function PrintedCitation({
  source,
  locale,
  lang,
}: {
  source: SourceRef;
  locale: string;
  lang: string | undefined;
}) {
  const date = source.date ? formatDateText(source.date, { locale }) : "";
  const publisher = source.publisher ? <Publisher source={source} lang={lang} /> : null;
  const who =
    publisher && date ? (
      <Trans comment="a source's publisher and the date it was published">
        {publisher}, {date}
      </Trans>
    ) : (
      (publisher ?? date)
    );
  // The full stop after the publisher's part: after the date, or after the names as written.
  const whoEnd = date ? ended(date) : source.via ? ended(source.via) : ended(source.publisher);
  return (
    <>
      <bdi lang={lang}>
        {source.title}
        {ended(source.title)}
      </bdi>
      {who && (
        <>
          {" "}
          {who}
          {whoEnd}
        </>
      )}
      {source.kind && ` ${i18n._(SOURCE_KIND_LABELS[source.kind])}.`}
    </>
  );
}

/** "Taliban, Mar 20, 2025: “words” paraphrase": who and when in the page's language, what they said as written. */
export function PrintedPerspective({
  perspective,
  actorLabel,
  locale,
  lang,
}: {
  perspective: Perspective;
  actorLabel: string;
  locale: string;
  lang: string | undefined;
}) {
  const actor = actorLabel;
  const date = perspective.date ? formatDateText(perspective.date, { locale }) : "";
  const who = date ? t({ comment: "who said something, and when", message: `${actor}, ${date}` }) : actor;
  const words = perspective.words ? <bdi lang={lang}>{perspective.words}</bdi> : null;
  const quoted = words && <Trans comment="a side's own words, in quotation marks">“{words}”</Trans>;
  const said = (
    <>
      {quoted}
      {quoted && perspective.paraphrase ? " " : ""}
      {perspective.paraphrase && <bdi lang={lang}>{perspective.paraphrase}</bdi>}
    </>
  );
  return (
    <Trans comment="who said it (and when): what they said">
      {who}: {said}
    </Trans>
  );
}
