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

/** What the question says, in one place. */
const TEXT = {
  title: (pages: number) => `This handout is about ${pages} pages`,
  all: (events: number) =>
    `It prints all ${events} events of the timeline, each with its notes, what each side said and its sources.`,
  filtered: (events: number) =>
    `It prints the ${events} events of your current filters, each with its notes, what each side said and its sources.`,
  filterFirst:
    "For fewer pages, choose a track, dates or a search first: the handout prints only the events that match.",
  filterMore: "For fewer pages, narrow your filters first: the handout prints only the events that match.",
  chooseFilters: "Choose filters first",
  changeFilters: "Change the filters first",
  print: (pages: number) => `Print ${pages} pages`,
  brief: (pages: number) => `Print a short version instead: about ${pages} ${pages === 1 ? "page" : "pages"}`,
  briefHelp: "The short version has each event's date, title and summary, and the link to the full view.",
  cancel: "Cancel",
} as const;

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
    flushSync(() => root.render(<PrintHandout {...input} events={events} brief={brief} measuring />));
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
  return (
    <Dialog open={open} title={TEXT.title(pages.full)} onClose={onCancel}>
      <div className="space-y-3 text-sm">
        <p>{filtered ? TEXT.filtered(events) : TEXT.all(events)}</p>
        <p>{filtered ? TEXT.filterMore : TEXT.filterFirst}</p>
        <p className="text-[var(--muted)]">{TEXT.briefHelp}</p>
        <div className="flex flex-wrap gap-2 pt-1">
          <Button onClick={() => onPrint(false)}>{TEXT.print(pages.full)}</Button>
          <Button variant="primary" onClick={() => onPrint(true)}>
            {TEXT.brief(pages.brief)}
          </Button>
          <Button onClick={onChooseFilters}>{filtered ? TEXT.changeFilters : TEXT.chooseFilters}</Button>
          <Button onClick={onCancel}>{TEXT.cancel}</Button>
        </div>
      </div>
    </Dialog>
  );
}
