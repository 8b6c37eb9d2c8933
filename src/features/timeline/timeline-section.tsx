import { Suspense, useRef, useState } from "react";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import { useMediaQuery } from "../../hooks/use-media-query";
import { preloadable } from "../../hooks/preloadable";
import { Button } from "../../ui/button";
import { ErrorBoundary } from "../../ui/error-boundary";
import { Icon } from "../../ui/icon";
import type { TimelineCanvasProps, TimelineHandle, TimelineWindow } from "./timeline-canvas";

// The timeline's code (vis-timeline, moment, hammer) loads in parallel with the cards, not in front of
// them: the page starts its download once the heading has painted (preloadTimeline), not when the
// timeline first renders, and not earlier, where it would share a slow connection with the page's own
// script.
const canvas = preloadable(() => import("./timeline-canvas").then((module) => module.TimelineCanvas));
export const preloadTimeline = () => void canvas.preload().catch(() => {}); // a failure shows when it renders

export interface TimelineSectionProps {
  groups: readonly TimelineGroupModel[];
  items: readonly TimelineItemModel[];
  selectedId: string | null;
  hoveredId: string | null;
  fitTo: TimelineWindow | null;
  zoom: { min: number; max: number };
  reducedMotion: boolean;
  /**
   * A dataset with many events: the timeline clusters close items, stops animating and caps its height.
   * Decided by the dataset, not by how many events the filters show, so no filter changes vis's options
   * (which redraws every item).
   */
  large: boolean;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** Previous or next event, from `anchor` (the middle of the view) when nothing is selected. */
  onStep(direction: 1 | -1, anchor: number | undefined): void;
  /** In a frame, the timeline's height must not depend on the frame's (the host sizes it to the content). */
  embedded: boolean;
  /** Lets the explorer's keyboard shortcuts drive the same controls as the buttons. */
  handleRef?: React.RefObject<TimelineHandle | null>;
}

export function TimelineSection({ onStep, handleRef, embedded, ...rest }: TimelineSectionProps) {
  const [ready, setReady] = useState(false);
  /** The timeline could not load or draw: its notice needs no reserved space. */
  const [failed, setFailed] = useState(false);
  const ownRef = useRef<TimelineHandle | null>(null);
  const handle = handleRef ?? ownRef;
  const wide = useMediaQuery("(min-width: 64rem)");
  // The timeline grows to show every track on a laptop; on a phone, in a frame, or with many events
  // (deep stacks) it stops at a height and scrolls inside, so the cards below stay within reach.
  const maxHeight = embedded ? "26rem" : !wide || rest.large ? "75vh" : undefined;
  // Until the first draw, the space the timeline will most likely take is kept free, so the cards below
  // do not jump when it appears: its cap when it has one, else most of a laptop's screen (a typical
  // dataset's tracks fill it).
  const reserved = maxHeight ?? "min(46rem, 85vh)";
  const canvasProps: TimelineCanvasProps = {
    ...rest,
    maxHeight,
    onReady: () => setReady(true),
  };

  return (
    <section
      aria-label="Timeline"
      aria-describedby="timeline-alternative"
      data-ready={ready ? "true" : "false"}
      className="print:hidden"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold tracking-wide text-[var(--muted)] uppercase">Timeline</h2>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Timeline controls">
          <Button onClick={() => onStep(-1, handle.current?.center())}>
            <Icon path="M10 3 5 8l5 5" />
            Previous event
          </Button>
          <Button onClick={() => onStep(1, handle.current?.center())}>
            Next event
            <Icon path="m6 3 5 5-5 5" />
          </Button>
          <span className="mx-1 hidden w-px bg-[var(--line)] sm:block" aria-hidden="true" />
          <Button onClick={() => handle.current?.move(-0.4)}>Earlier</Button>
          <Button onClick={() => handle.current?.move(0.4)}>Later</Button>
          <span className="mx-1 hidden w-px bg-[var(--line)] sm:block" aria-hidden="true" />
          <Button onClick={() => handle.current?.zoom(1)}>
            <Icon path="M8 3v10M3 8h10" />
            Zoom in
          </Button>
          <Button onClick={() => handle.current?.zoom(-1)}>
            <Icon path="M3 8h10" />
            Zoom out
          </Button>
          <Button onClick={() => handle.current?.fit()}>Fit all</Button>
        </div>
      </div>
      <p id="timeline-alternative" className="sr-only">
        The timeline draws the events listed below by date, one row per track. The list of events after it holds the
        same events and is the way through them by keyboard and screen reader.
      </p>
      <div className="min-h-60" style={ready || failed ? undefined : { height: reserved }}>
        <ErrorBoundary
          onError={(error) => {
            console.warn("The timeline failed and was replaced by a notice:", error.message);
            setFailed(true);
          }}
          fallback={() => (
            <TimelinePlaceholder text="The timeline could not be shown here. Every event is in the list below." />
          )}
        >
          <Suspense fallback={<TimelinePlaceholder text="Loading the timeline…" />}>
            <canvas.Component ref={handle} {...canvasProps} />
          </Suspense>
        </ErrorBoundary>
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-[var(--muted)]" aria-hidden="true">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-full bg-[var(--muted)]" /> known to the day
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-full border-2 border-[var(--muted)]" /> known to the month or
          year
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-5 rounded-sm border-l-4 border-[var(--muted)] bg-[var(--line)]" /> a
          span of time
        </span>
        <span>Drag to move, Ctrl + scroll to zoom, or use the buttons.</span>
      </p>
    </section>
  );
}

function TimelinePlaceholder({ text }: { text: string }) {
  return (
    <div className="flex h-full items-center justify-center rounded-lg border border-dashed border-[var(--line)] text-sm text-[var(--muted)]">
      {text}
    </div>
  );
}
