import { Trans } from "@lingui/react/macro";
import { own, path } from "virtual:default-dataset";
import type { DatasetOrigin } from "./use-dataset-source";

/**
 * About the data and the keyboard. What the page says about its data holds for the U.S.–Taliban timeline
 * only: a teacher's own file, or a school's own default, is described as theirs, with no claim made for it.
 */
export function Footer({ origin }: { origin: DatasetOrigin }) {
  return (
    <footer className="border-t border-[var(--line)] bg-[var(--surface)] print:hidden">
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 text-sm text-[var(--muted)] sm:grid-cols-2 sm:px-6">
        <div>
          <h2 className="mb-2 font-semibold text-[var(--ink)]">
            <Trans>About the data</Trans>
          </h2>
          {origin.kind === "default" ? (
            <>
              {own ? (
                <p>
                  <Trans>
                    This timeline is the one this site opens on, chosen by whoever publishes it. Check its events
                    against the sources each event cites.
                  </Trans>
                </p>
              ) : (
                <p>
                  <Trans>
                    Every event is checked against the public record and cites sources a reader can check, each marked
                    as a primary source, a report or analysis. Events drawn from the article quote its words; where the
                    article and the record differ, the event follows the record and its notes say so.
                  </Trans>
                </p>
              )}
              {import.meta.env.MODE !== "single" && (
                <p className="mt-2">
                  <Trans>
                    <a className="text-[var(--accent)] underline" href={`./${path}`}>
                      The default dataset (JSON)
                    </a>{" "}
                    ·{" "}
                    <a className="text-[var(--accent)] underline" href="./schema/dataset.schema.json">
                      its schema
                    </a>
                  </Trans>
                </p>
              )}
            </>
          ) : (
            <p>
              {origin.kind === "file" ? (
                <Trans>
                  This timeline was opened from a file on this computer. Its events and sources are its author's: check
                  them against the sources each event cites.
                </Trans>
              ) : origin.kind === "pack" ? (
                <Trans>
                  This timeline was carried in the link you opened. Its events and sources are its author's: check them
                  against the sources each event cites.
                </Trans>
              ) : (
                <Trans>
                  This timeline was loaded from a link. Its events and sources are its author's: check them against the
                  sources each event cites.
                </Trans>
              )}
            </p>
          )}
        </div>
        <div>
          <h2 className="mb-2 font-semibold text-[var(--ink)]">
            <Trans>Keyboard</Trans>
          </h2>
          <ul className="space-y-1">
            <li>
              <Trans>
                <kbd className="font-mono">↑</kbd> <kbd className="font-mono">↓</kbd> move between events in the list ·{" "}
                <kbd className="font-mono">Home</kbd> / <kbd className="font-mono">End</kbd> its first or last
              </Trans>
            </li>
            <li>
              <Trans>
                <kbd className="font-mono">n</kbd> / <kbd className="font-mono">p</kbd> next or previous event ·{" "}
                <kbd className="font-mono">Esc</kbd> clear the selection
              </Trans>
            </li>
            <li>
              <Trans>
                <kbd className="font-mono">+</kbd> / <kbd className="font-mono">-</kbd> zoom the timeline ·{" "}
                <kbd className="font-mono">0</kbd> fit all
              </Trans>
            </li>
            <li>
              <Trans>
                In a lesson: <kbd className="font-mono">[</kbd> / <kbd className="font-mono">]</kbd> previous or next
                step
              </Trans>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
