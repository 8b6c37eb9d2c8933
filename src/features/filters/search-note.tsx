import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { TextMatch } from "../../domain/search";
import { listSeparator } from "../../domain/list-text";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";

export interface NearestEvent {
  id: string;
  title: string;
  /** "26 Aug 2021". */
  date: string;
}

/** The words nothing contains, quoted as the reader typed them: “happened”, “qwerty”. */
const quoted = (words: readonly string[]) =>
  words
    .map((word) => t({ comment: "a word the reader searched for, in quotation marks", message: `“${word}”` }))
    .join(listSeparator());

/**
 * Above the results of a search: how it was read. A date in it is a time, not a word ("events from
 * August 2021"); when no event has every word, the events with some of them come best first, and the
 * note says which words nothing contains.
 */
export function SearchNote({ text }: { text: TextMatch | null }) {
  if (!text || text.kind === "none") return null;
  const lines: string[] = [];
  const period = text.period?.label;
  if (period) lines.push(t`Read as a date: events from ${period}.`);
  if (text.kind === "some") {
    const words = quoted(text.unmatched);
    lines.push(
      text.unmatched.length > 0
        ? t`No event has every word you searched for (nothing mentions ${words}): these have some of them, best match first.`
        : t`No event has every word you searched for: these have some of them, best match first.`,
    );
  }
  if (lines.length === 0) return null;
  return (
    <div className="mb-4 rounded-lg border border-[var(--line)] bg-[var(--surface)] px-4 py-3 text-sm">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/**
 * A search that found nothing: why (the words no event contains, or the time no event falls in), and
 * the nearest events to try instead (by spelling, or by date), each one click away.
 */
export function NothingFound({
  text,
  query,
  nearest,
  onPick,
}: {
  text: TextMatch | null;
  query: string;
  nearest: readonly NearestEvent[];
  onPick(id: string): void;
}) {
  const typed = asText(query);
  const words = text ? quoted(text.unmatched) : "";
  const period = text?.period?.label;
  const why =
    text?.unmatched.length && text.unmatched.length > 0
      ? period
        ? t`No event mentions ${words} in ${period}.`
        : t`No event mentions ${words}.`
      : period
        ? text?.kind === "none"
          ? t`No event falls in ${period}.`
          : t`No event falls in ${period} with these filters.`
        : null;
  return (
    <>
      <p className="font-serif text-lg font-semibold">
        <Trans>Nothing matches “{typed}”.</Trans>
      </p>
      {why && <p className="mt-1 text-sm text-[var(--muted)]">{why}</p>}
      {nearest.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t`Nearest matches`}</h3>
          <ul className="mt-2 flex flex-col items-center gap-1.5">
            {nearest.map((event) => (
              <li key={event.id}>
                <Button onClick={() => onPick(event.id)}>
                  <bdi>{event.title}</bdi>
                  <span className="text-xs font-normal text-[var(--muted)]">{event.date}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
