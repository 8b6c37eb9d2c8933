import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { HandoutInput, HandoutPages } from "../features/print/print-request";

/** The question Print handout asks before a long handout: its pages and what it holds. */
export interface PrintQuestion {
  pages: HandoutPages;
  events: number;
  filtered: boolean;
}

export interface PrintRequest {
  /** Print handout: prints, or first asks when the handout would take more than 20 pages. */
  request(): void;
  question: PrintQuestion | null;
  /** The answer: print the handout, in full or its short version. */
  print(brief: boolean): void;
  /** The answer: not now, the filters first (the handout prints only the events that match). */
  chooseFilters(): void;
  cancel(): void;
  /** The short version is what prints now (until the printing ends). */
  brief: boolean;
}

/**
 * Printing from the page's Print handout button. The browser's own Ctrl+P cannot be asked anything; it
 * prints the handout in full, which starts with its events on the first page.
 */
export function usePrintRequest({
  worksheet,
  handout,
  filtered,
  chooseFilters,
}: {
  /** In a lesson the worksheet prints: a page or two a step, never asked about. */
  worksheet: boolean;
  handout(): HandoutInput;
  filtered: boolean;
  /** Takes the reader to the filters. */
  chooseFilters(): void;
}): PrintRequest {
  const [question, setQuestion] = useState<PrintQuestion | null>(null);
  const [brief, setBrief] = useState(false);
  useEffect(() => {
    const after = () => setBrief(false);
    window.addEventListener("afterprint", after);
    return () => window.removeEventListener("afterprint", after);
  }, []);

  const print = useCallback((short: boolean) => {
    flushSync(() => {
      setQuestion(null);
      setBrief(short);
    });
    // After the question's dialog has closed, so it is not printed with the handout.
    requestAnimationFrame(() => window.print());
  }, []);

  const request = useCallback(() => {
    if (worksheet) return window.print();
    const input = handout();
    void import("../features/print/print-request")
      .then(({ handoutPages }) => handoutPages(input, navigator.language))
      .then(({ ask, ...pages }) => {
        if (ask) setQuestion({ pages, events: input.events.length, filtered });
        else print(false);
      })
      // Counting failed: printing is still the reader's to choose.
      .catch(() => print(false));
  }, [worksheet, handout, filtered, print]);

  const choose = () => {
    flushSync(() => setQuestion(null));
    // After the question's dialog has handed the focus back to Print handout.
    requestAnimationFrame(chooseFilters);
  };

  return { request, question, print, chooseFilters: choose, cancel: () => setQuestion(null), brief };
}
