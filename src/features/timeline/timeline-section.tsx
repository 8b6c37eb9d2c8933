import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Suspense, useEffect, useRef, useState } from "react";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";
import { useMediaQuery } from "../../hooks/use-media-query";
import { Button } from "../../ui/button";
import { ErrorBoundary } from "../../ui/error-boundary";
import { Icon } from "../../ui/icon";
import { timelineCanvas } from "./load-timeline";
import type { TimelineCanvasProps, TimelineHandle, TimelineWindow } from "./timeline-canvas";

export interface TimelineSectionProps {
  groups: readonly TimelineGroupModel[];
  items: readonly TimelineItemModel[];
  selectedId: string | null;
  hoveredId: string | null;
  fitTo: TimelineWindow | null;
  zoom: { min: number; max: number };
  /** The locale of the axis's labels (domain/locales.ts DATE_LOCALE: Gregorian, Afghan months in Dari and Pashto). */
  locale: string;
  reducedMotion: boolean;
  /**
   * A dataset with many events: the timeline clusters close items, stops animating and caps its height.
   * Decided by the dataset, not by how many events the filters show, so no filter changes vis's options
   * (which redraws every item).
   */
  large: boolean;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** Previous or next event; with nothing selected, the first or the last. */
  onStep(direction: 1 | -1, by: "step"): void;
  /**
   * In a frame: the timeline takes what the frame leaves after its controls and a few cards (the host may
   * also size the frame to the content: the timeline's cap keeps that from growing without end), and
   * its controls are compact.
   */
  embedded: boolean;
  /** A card is open (an event is selected): on a laptop the pinned timeline makes room to read it. */
  reading: boolean;
  /** Lets the explorer's keyboard shortcuts drive the same controls as the buttons. */
  handleRef?: React.RefObject<TimelineHandle | null>;
  /** The first draw is done: called in the update that turns data-ready to "true". */
  onDrawn?(): void;
}

/** A laptop's screen, tall enough to keep the timeline in view above the cards (see te-pinned in timeline.css). */
const PINNED = "(min-width: 64rem) and (min-height: 37.5rem)";
/** Pinned, the rows show in at most half the screen (less the controls above them) and scroll inside. */
const PINNED_HEIGHT = "max(14rem, calc(50vh - 5rem))";
/**
 * Pinned while a card is read, the rows show in a strip (the selected event's row scrolled to), so that
 * three quarters of a laptop's screen is left to the card; "Expand timeline" gives back the half.
 */
const COMPACT_HEIGHT = "9rem";
const MIN_HEIGHT = 240;
const COMPACT_MIN_HEIGHT = 120;

/**
 * The pinned timeline's height, as --te-pinned-height on the page: the page keeps what it scrolls to
 * (a selected card, a focused control, a skip link's target) below it (scroll-padding-top, index.css).
 */
function usePinnedHeight(section: React.RefObject<HTMLElement | null>, pinned: boolean) {
  useEffect(() => {
    const element = section.current;
    const root = document.documentElement;
    if (!pinned || !element) return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty("--te-pinned-height", `${Math.ceil(element.getBoundingClientRect().height)}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--te-pinned-height");
    };
  }, [section, pinned]);
}

const EMBEDDED_HEIGHT = "max(7rem, min(26rem, 100dvh - 25rem))";

export function TimelineSection({ onStep, handleRef, embedded, reading, onDrawn, ...rest }: TimelineSectionProps) {
  const [ready, setReady] = useState(false);
  /** The timeline could not load or draw: its notice needs no reserved space. */
  const [failed, setFailed] = useState(false);
  const ownRef = useRef<TimelineHandle | null>(null);
  const handle = handleRef ?? ownRef;
  const pinned = useMediaQuery(PINNED) && !embedded;
  const section = useRef<HTMLElement>(null);
  usePinnedHeight(section, pinned);
  // Pinned on a laptop, the timeline stays in view above the cards (the card of a selected event
  // scrolls in below it) and its rows scroll inside past half the screen. On a phone it grows with its
  // rows instead: a vertical swipe over it scrolls the page, so no row may be out of reach inside it.
  // In a frame it takes what the frame has left after its controls and a few cards of the list of
  // events, which scrolls inside the frame.
  // The reader's "Expand timeline" lasts while they read; the next card opened from nothing is compact again.
  const [expanded, setExpanded] = useState(false);
  if (!reading && expanded) setExpanded(false);
  const compact = pinned && reading && !expanded;
  const maxHeight = embedded ? EMBEDDED_HEIGHT : pinned ? (compact ? COMPACT_HEIGHT : PINNED_HEIGHT) : undefined;
  const touch = useMediaQuery("(pointer: coarse)");
  // Until the first draw, the space the timeline will most likely take is kept free, so the cards below
  // do not jump when it appears: its cap when it has one, else a phone's screen (a typical dataset's
  // tracks fill it).
  const reserved = maxHeight ?? "min(46rem, 85vh)";
  // On a phone's narrow screen most items overlap at first: counts ("5 events", a tap zooms in) keep
  // the timeline a few rows tall, where every title would stack into a column taller than the screen.
  const narrow = useMediaQuery("(max-width: 40rem)");
  const size = embedded || compact ? "sm" : "md";
  const canvasProps: TimelineCanvasProps = {
    ...rest,
    cluster: rest.large || narrow,
    maxHeight,
    minHeight: compact ? COMPACT_MIN_HEIGHT : MIN_HEIGHT,
    onReady: () => {
      setReady(true);
      onDrawn?.();
    },
  };

  return (
    <section
      ref={section}
      aria-label={t`Timeline`}
      aria-describedby="timeline-alternative"
      data-ready={ready ? "true" : "false"}
      className={`print:hidden ${pinned ? "te-pinned" : ""}`}
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold tracking-wide text-[var(--muted)] uppercase">
          {/* The target of the skip link "Skip to the timeline": the next Tab reaches its controls. */}
          <span id="timeline" tabIndex={-1} className="scroll-mt-4 outline-none">
            {t`Timeline`}
          </span>
        </h2>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={t`Timeline controls`}>
          <Button size={size} onClick={() => onStep(-1, "step")}>
            <Icon path="M10 3 5 8l5 5" className="size-3.5 rtl:-scale-x-100" />
            <Label>{t`Previous event`}</Label>
          </Button>
          <Button size={size} onClick={() => onStep(1, "step")}>
            <Label>{t`Next event`}</Label>
            <Icon path="m6 3 5 5-5 5" className="size-3.5 rtl:-scale-x-100" />
          </Button>
          <span className="mx-1 hidden w-px bg-[var(--line)] sm:block" aria-hidden="true" />
          <Button size={size} onClick={() => handle.current?.move(-0.4)}>
            <Icon path="M13 3 8 8l5 5M8 3 3 8l5 5" className="size-3.5 sm:hidden rtl:-scale-x-100" />
            <Label>{t({ comment: "button: move the timeline to earlier times", message: "Earlier" })}</Label>
          </Button>
          <Button size={size} onClick={() => handle.current?.move(0.4)}>
            <Label>{t({ comment: "button: move the timeline to later times", message: "Later" })}</Label>
            <Icon path="m3 3 5 5-5 5m5-10 5 5-5 5" className="size-3.5 sm:hidden rtl:-scale-x-100" />
          </Button>
          <span className="mx-1 hidden w-px bg-[var(--line)] sm:block" aria-hidden="true" />
          <Button size={size} onClick={() => handle.current?.zoom(1)}>
            <Icon path="M8 3v10M3 8h10" />
            <Label>{t`Zoom in`}</Label>
          </Button>
          <Button size={size} onClick={() => handle.current?.zoom(-1)}>
            <Icon path="M3 8h10" />
            <Label>{t`Zoom out`}</Label>
          </Button>
          <Button size={size} onClick={() => handle.current?.fit()}>
            <Icon path="M2 6V2h4m4 0h4v4m0 4v4h-4m-4 0H2v-4" className="size-3.5 sm:hidden" />
            <Label>{t({ comment: "button: zoom the timeline to show every event", message: "Fit all" })}</Label>
          </Button>
          {pinned && reading && (
            <Button
              size={size}
              aria-expanded={!compact}
              onClick={() => {
                keepInPlace(section.current);
                setExpanded(compact);
              }}
            >
              <Icon path={compact ? "m4 6 4 4 4-4" : "m4 10 4-4 4 4"} />
              {t`Expand timeline`}
            </Button>
          )}
        </div>
      </div>
      <p id="timeline-alternative" className="sr-only">
        <Trans>
          The timeline draws the events listed below by date, one row per track. The list of events after it holds the
          same events and is the way through them by keyboard and screen reader.
        </Trans>
      </p>
      <div
        className={embedded ? "min-h-28" : compact ? "min-h-36" : "min-h-60"}
        style={ready || failed ? undefined : { height: reserved }}
      >
        <ErrorBoundary
          onError={(error) => {
            console.warn("The timeline failed and was replaced by a notice:", error.message);
            setFailed(true);
          }}
          fallback={() => (
            <TimelinePlaceholder text={t`The timeline could not be shown here. Every event is in the list below.`} />
          )}
        >
          <Suspense fallback={<TimelinePlaceholder text={t`Loading the timeline…`} />}>
            <timelineCanvas.Component ref={handle} {...canvasProps} />
          </Suspense>
        </ErrorBoundary>
      </div>
      <p
        className={`mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-[var(--muted)] ${embedded ? "max-sm:hidden" : ""}`}
        aria-hidden="true"
        hidden={compact}
      >
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-full bg-[var(--muted)]" /> {t`known to the day`}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-full border-2 border-[var(--muted)]" />{" "}
          {t`known to the month or year`}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-5 rounded-sm border-s-4 border-[var(--muted)] bg-[var(--line)]" />{" "}
          {t`a span of time`}
        </span>
        {/* A frame has no room to spare: there the buttons say it. */}
        {!embedded && (
          <span>
            {touch
              ? t`Swipe sideways to move, pinch to zoom, or use the buttons.`
              : t`Drag to move, Ctrl + scroll to zoom, or use the buttons.`}
          </span>
        )}
      </p>
    </section>
  );
}

/**
 * The pinned timeline grows or shrinks: what the reader was reading below it stays where it was, just
 * below it. The page is laid out again over a few frames (vis draws the new height in steps; cards near
 * the screen are laid out as they come near), so the place is kept frame by frame, for a moment.
 */
function keepInPlace(section: HTMLElement | null) {
  if (!section) return;
  const before = section.getBoundingClientRect();
  // Something the reader sees (a card's line), not the list around the cards: cards above the screen are
  // laid out again as it scrolls (content-visibility), which moves what is in them, not the list.
  const element = document.elementFromPoint(before.left + before.width / 2, before.bottom + 48);
  if (!element || section.contains(element)) return;
  const offset = element.getBoundingClientRect().top - before.bottom;
  const until = performance.now() + 600;
  const keep = () => {
    const shift = element.getBoundingClientRect().top - section.getBoundingClientRect().bottom - offset;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: "instant" });
    if (performance.now() < until) requestAnimationFrame(keep);
  };
  requestAnimationFrame(keep);
}

/** A control's name: on a phone its icon shows it, and the name is there for screen readers. */
function Label({ children }: { children: string }) {
  return <span className="max-sm:sr-only">{children}</span>;
}

function TimelinePlaceholder({ text }: { text: string }) {
  return (
    <div className="flex h-full items-center justify-center rounded-lg border border-dashed border-[var(--line)] text-sm text-[var(--muted)]">
      {text}
    </div>
  );
}
