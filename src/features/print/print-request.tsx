import { i18n } from "@lingui/core";
import { msg, plural } from "@lingui/core/macro";
import { I18nProvider } from "@lingui/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { PAGES_WITHOUT_ASKING, countPages, paperFor, printableArea, scalePages } from "../../domain/print-pages";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { PrintHandout, type PrintHandoutProps } from "./print-handout";

/**
 * Asking before a long handout goes to the printer: its pages counted by laying it out, out of sight, at
 * the printed page's width, and the question asked when there are many. Loaded when Print handout is
 * pressed, never before.
 */

/** What the question says, in one place (rendered with i18n._ in the page's language). */
const TEXT = {
  filterFirst: msg`For fewer pages, choose a track, dates or a search first: the handout prints only the events that match.`,
  filterMore: msg`For fewer pages, narrow your filters first: the handout prints only the events that match.`,
  chooseFilters: msg`Choose filters first`,
  changeFilters: msg`Change the filters first`,
  briefHelp: msg`The short version has each event's date, title and summary, and the link to the full view.`,
  cancel: msg`Cancel`,
};

/** Past this many events a handout is measured in part, and the rest estimated at the same rate. */
const MEASURED_EVENTS = 300;

export type HandoutInput = Omit<PrintHandoutProps, "brief" | "measuring">;
export interface HandoutPages {
  /** The handout as it prints. */
  full: number;
  /** Its short version: each event's date, title and summary. */
  brief: number;
}

/**
 * The pages the handout takes, in full and short, on the paper of the reader's language (`locale`), and
 * whether that is enough pages to ask before printing.
 */
export function handoutPages(input: HandoutInput, locale: string): HandoutPages & { ask: boolean } {
  const area = printableArea(paperFor(locale));
  const host = document.createElement("div");
  host.inert = true;
  host.setAttribute("aria-hidden", "true");
  host.style.cssText = `position:absolute;top:0;left:-300vw;width:${area.width}px;visibility:hidden`;
  document.body.append(host);
  const root = createRoot(host);
  const events = input.events.slice(0, MEASURED_EVENTS);
  const count = (brief: boolean) => {
    flushSync(() =>
      root.render(
        <I18nProvider i18n={i18n}>
          <PrintHandout {...input} events={events} brief={brief} measuring />
        </I18nProvider>,
      ),
    );
    const top = host.getBoundingClientRect().top;
    const blocks = [...host.querySelectorAll("[data-print-block]")].map((block) => {
      const box = block.getBoundingClientRect();
      return { top: box.top - top, bottom: box.bottom - top };
    });
    return scalePages(countPages(blocks, area.height), events.length, input.events.length);
  };
  try {
    const full = count(false);
    return { full, brief: count(true), ask: full > PAGES_WITHOUT_ASKING };
  } finally {
    root.unmount();
    host.remove();
  }
}

export interface PrintQuestionProps {
  /** Kept mounted once asked, so that closing hands the focus back to Print handout. */
  open: boolean;
  pages: HandoutPages;
  /** How many events the handout prints. */
  events: number;
  /** Filters are on: the handout is of their events. */
  filtered: boolean;
  onPrint(brief: boolean): void;
  /** Closes the question and takes the reader to the filters. */
  onChooseFilters(): void;
  onCancel(): void;
}

/** "This handout is about 70 pages": print them, print a short version instead, or go back and filter. */
export function PrintQuestion({
  open,
  pages,
  events,
  filtered,
  onPrint,
  onChooseFilters,
  onCancel,
}: PrintQuestionProps) {
  const full = pages.full;
  const brief = pages.brief;
  return (
    <Dialog
      open={open}
      title={plural(full, { one: "This handout is about # page", other: "This handout is about # pages" })}
      onClose={onCancel}
    >
      <div className="space-y-3 text-sm">
        <p>
          {filtered
            ? plural(events, {
                one: "It prints the # event of your current filters, with its notes, what each side said and its sources.",
                other:
                  "It prints the # events of your current filters, each with its notes, what each side said and its sources.",
              })
            : plural(events, {
                one: "It prints the # event of the timeline, with its notes, what each side said and its sources.",
                other:
                  "It prints all # events of the timeline, each with its notes, what each side said and its sources.",
              })}
        </p>
        <p>{i18n._(filtered ? TEXT.filterMore : TEXT.filterFirst)}</p>
        <p className="text-[var(--muted)]">{i18n._(TEXT.briefHelp)}</p>
        <div className="flex flex-wrap gap-2 pt-1">
          <Button onClick={() => onPrint(false)}>
            {plural(full, { one: "Print # page", other: "Print # pages" })}
          </Button>
          <Button variant="primary" onClick={() => onPrint(true)}>
            {plural(brief, {
              one: "Print a short version instead: about # page",
              other: "Print a short version instead: about # pages",
            })}
          </Button>
          <Button onClick={onChooseFilters}>{i18n._(filtered ? TEXT.changeFilters : TEXT.chooseFilters)}</Button>
          <Button onClick={onCancel}>{i18n._(TEXT.cancel)}</Button>
        </div>
      </div>
    </Dialog>
  );
}
