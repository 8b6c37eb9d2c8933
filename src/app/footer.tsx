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
          <h2 className="mb-2 font-semibold text-[var(--ink)]">About the data</h2>
          {origin.kind === "default" ? (
            <>
              {own ? (
                <p>
                  This timeline is the one this site opens on, chosen by whoever publishes it. Check its events against
                  the sources each event cites.
                </p>
              ) : (
                <p>
                  Every event is checked against the public record and cites sources a reader can check, each marked as
                  a primary source, a report or analysis. Events drawn from the article quote its words; where the
                  article and the record differ, the event follows the record and its notes say so.
                </p>
              )}
              {import.meta.env.MODE !== "single" && (
                <p className="mt-2">
                  <a className="text-[var(--accent)] underline" href={`./${path}`}>
                    The default dataset (JSON)
                  </a>{" "}
                  ·{" "}
                  <a className="text-[var(--accent)] underline" href="./schema/dataset.schema.json">
                    its schema
                  </a>
                </p>
              )}
            </>
          ) : (
            <p>
              This timeline was{" "}
              {origin.kind === "file"
                ? "opened from a file on this computer"
                : origin.kind === "pack"
                  ? "carried in the link you opened"
                  : "loaded from a link"}
              . Its events and sources are its author's: check them against the sources each event cites.
            </p>
          )}
        </div>
        <div>
          <h2 className="mb-2 font-semibold text-[var(--ink)]">Keyboard</h2>
          <ul className="space-y-1">
            <li>
              <kbd className="font-mono">↑</kbd> <kbd className="font-mono">↓</kbd> move between events in the list ·{" "}
              <kbd className="font-mono">Home</kbd> / <kbd className="font-mono">End</kbd> its first or last
            </li>
            <li>
              <kbd className="font-mono">n</kbd> / <kbd className="font-mono">p</kbd> next or previous event ·{" "}
              <kbd className="font-mono">Esc</kbd> clear the selection
            </li>
            <li>
              <kbd className="font-mono">+</kbd> / <kbd className="font-mono">-</kbd> zoom the timeline ·{" "}
              <kbd className="font-mono">0</kbd> fit all
            </li>
            <li>
              In a lesson: <kbd className="font-mono">[</kbd> / <kbd className="font-mono">]</kbd> previous or next step
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
