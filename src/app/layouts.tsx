import { t } from "@lingui/core/macro";
import { useState, type ReactNode } from "react";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Icon } from "../ui/icon";
import { useExplorer } from "./explorer-state";
import { useFilterCount, useStatus } from "./parts";

/** The parts of the explorer, laid out by one of the two layouts below. */
export interface ExplorerParts {
  header: ReactNode;
  messages: ReactNode;
  /** The filter panel: beside the events on a laptop, in a drawer on a phone, folded away in a frame. */
  panel: ReactNode;
  /** On a phone the search field sits in the bar above the timeline, not in the drawer. */
  search: ReactNode;
  timeline: ReactNode;
  events: ReactNode;
  /** The lesson's panel in lesson mode (null otherwise): beside the events, where it stays in sight. */
  lesson: ReactNode;
  /** Students' handed-in answers, when a teacher has opened some: above the timeline, full width. */
  handIns: ReactNode;
}

const filtersLabel = (count: number) =>
  count > 0
    ? t({ comment: "the button that shows the filters, with how many are on", message: `Filters (${count})` })
    : t`Filters`;

/** The page on its own: filters in a side column on a wide screen, in a drawer on a phone. */
export function FullLayout({ wide, footer, ...parts }: ExplorerParts & { wide: boolean; footer: ReactNode }) {
  const { open: drawerOpen, setOpen: setDrawerOpen } = useExplorer().filtersDrawer;
  const status = useStatus();
  const filterCount = useFilterCount();
  return (
    <>
      {parts.header}
      <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6 print:hidden">{parts.messages}</div>
      <div className="mx-auto max-w-7xl gap-8 px-4 pt-6 pb-16 sm:px-6 lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] print:hidden">
        {wide && (
          <aside id="filters" aria-labelledby="filters-heading">
            <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto pe-2 pb-4">
              {parts.lesson && <div className="mb-6">{parts.lesson}</div>}
              <h2 id="filters-heading" className="sr-only">
                {t`Filters`}
              </h2>
              {parts.panel}
            </div>
          </aside>
        )}
        <main className="min-w-0 space-y-8">
          {!wide && (
            // Stays at the top while the page scrolls: the search and the filters are always a tap away,
            // and the results a search scrolls to show stay beneath the field being typed in.
            <div className="sticky top-0 z-20 -mx-4 flex items-center gap-2 bg-[var(--page)] px-4 py-2 shadow-[0_1px_0_var(--line)] sm:-mx-6 sm:px-6">
              <Button
                size="lg"
                className="shrink-0 font-semibold"
                onClick={() => setDrawerOpen(true)}
                aria-haspopup="dialog"
              >
                <Icon path="M2 4h12M4 8h8M6 12h4" className="size-4" />
                {filtersLabel(filterCount)}
              </Button>
              {parts.search}
            </div>
          )}
          {!wide && parts.lesson}
          {parts.handIns}
          {parts.timeline}
          {parts.events}
        </main>
      </div>
      {footer}
      {!wide && (
        <Dialog
          open={drawerOpen}
          title={t`Filters`}
          placement="side"
          onClose={() => setDrawerOpen(false)}
          footer={
            <Button
              variant="primary"
              size="lg"
              block
              onClick={() => {
                setDrawerOpen(false);
                showResults();
              }}
            >
              {status.show}
            </Button>
          }
        >
          {parts.panel}
        </Dialog>
      )}
    </>
  );
}

/**
 * After the filters' drawer: the reader lands on the results, with focus on their heading (the dialog gives
 * focus back to the Filters button first, at the top of the page, a frame earlier).
 */
function showResults() {
  requestAnimationFrame(() => {
    const target = document.getElementById("events");
    target?.focus({ preventScroll: true });
    document.getElementById("events-heading")?.scrollIntoView({ block: "start" });
  });
}

/** In a frame: compact, the filters folded behind a button unless the link asks for them open. */
export function EmbedLayout({ filtersOpen, ...parts }: ExplorerParts & { filtersOpen: boolean }) {
  const [panelOpen, setPanelOpen] = useState(filtersOpen);
  const filterCount = useFilterCount();
  // The frame's height is the page's: the title, the Filters button and the timeline stay in sight,
  // and the filters (when opened) and the events scroll inside, so a frame of fixed height (as LMSs
  // make them) never scrolls as a page. A frame too short for that (under 30rem) scrolls as a whole.
  return (
    <div className="flex h-dvh min-h-[30rem] flex-col">
      <div className="shrink-0">{parts.header}</div>
      <main className="flex min-h-0 min-w-0 flex-1 flex-col gap-3 px-3 pt-3">
        {parts.messages}
        <div className="flex shrink-0 flex-wrap items-center justify-between gap-2">
          <Button aria-expanded={panelOpen} aria-controls="embed-filters" onClick={() => setPanelOpen((open) => !open)}>
            {filtersLabel(filterCount)}
          </Button>
        </div>
        <div className="shrink-0">{parts.timeline}</div>
        {/* Scrolled by the reader, and by the explorer to a selected card (card-list.tsx); positioned, so that
            what is visually hidden inside it (live regions) is clipped by it, not by the page. */}
        <div data-scroll-container className="relative -mx-3 min-h-[7rem] flex-1 overflow-y-auto px-3 pb-3">
          {parts.lesson && <div className="mb-4">{parts.lesson}</div>}
          <div id="embed-filters" hidden={!panelOpen} className="mb-4 rounded-lg border border-[var(--line)] p-3">
            {panelOpen && parts.panel}
          </div>
          {parts.events}
        </div>
      </main>
    </div>
  );
}
