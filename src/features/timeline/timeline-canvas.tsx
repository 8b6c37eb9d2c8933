/**
 * The vis-timeline wrapper, the way react-leaflet wraps Leaflet: vis is created once per mount, in a task
 * of its own after the page has painted (create-timeline.ts); every render after that applies what changed
 * (timeline-sync.ts); the cleanup destroys it. React StrictMode mounts twice in development: each mount
 * gets a fresh, complete instance. vis's events read the latest props through one ref (useLatest), so its
 * handlers are registered once. The controls' handle comes through `ref`, a prop in React 19.
 */
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { useLatest } from "../../hooks/use-latest";
import { afterPaint } from "./after-paint";
import { createTimeline, type CreatedTimeline, type TimelineHandlers } from "./create-timeline";
import { animates, applyChanges, fitTo, type TimelineState } from "./timeline-sync";
import "./timeline.css";

export type { TimelineWindow } from "./timeline-sync";

export interface TimelineHandle {
  /** 1 zooms in, -1 zooms out, by the same step either way. */
  zoom(direction: 1 | -1): void;
  move(fraction: number): void;
  fit(): void;
  /** The middle of what is in view. */
  center(): number;
}

export interface TimelineCanvasProps extends TimelineState, TimelineHandlers {
  hoveredId: string | null;
  ref?: Ref<TimelineHandle>;
}

export function TimelineCanvas({ ref, ...props }: TimelineCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const latest = useLatest(props);
  const created = useRef<CreatedTimeline | null>(null);
  /** What vis was last given: the other side of every change applied. */
  const applied = useRef<TimelineState | null>(null);

  // A failure outside React's render and effects (creating vis, its first events) is handed back to
  // render, where the timeline's error boundary catches it and the cards still tell the whole story.
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;

  useEffect(() => {
    const timeline = created.current;
    if (!timeline) return;
    applyChanges(timeline.target, applied.current, props);
    applied.current = props;
  });

  // Created once, after the page has painted: the header and cards show first, and neither their render
  // nor vis's first draw (each one long on a slow laptop) blocks input for the length of both.
  useEffect(() => {
    const fail = (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error)));
    const cancel = afterPaint(() => {
      try {
        created.current = createTimeline(containerRef.current!, latest, fail);
        applied.current = latest.current;
      } catch (error) {
        fail(error);
      }
    });
    return () => {
      cancel();
      created.current?.destroy();
      created.current = null;
      applied.current = null;
    };
  }, [latest]);

  // Hovering a card highlights its item. A class on the rendered element is enough: hover is fleeting
  // and need not survive a redraw.
  const { hoveredId, items } = props;
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !hoveredId) return;
    const element = container.querySelector(`[data-event-id="${CSS.escape(hoveredId)}"]`);
    element?.classList.add("te-linked");
    return () => element?.classList.remove("te-linked");
  }, [hoveredId, items]);

  useImperativeHandle(ref, () => {
    const timeline = () => created.current?.target.timeline;
    const animation = () => ({ animation: animates(latest.current) });
    return {
      zoom(direction) {
        // zoomIn divides the width by 1.6 and zoomOut multiplies it by 1.6, so in then out is a no-op.
        if (direction === 1) timeline()?.zoomIn(0.6, animation());
        else timeline()?.zoomOut(0.6, animation());
      },
      move(fraction) {
        const vis = timeline();
        if (!vis) return;
        const { start, end } = vis.getWindow();
        const shift = (end.getTime() - start.getTime()) * fraction;
        vis.setWindow(start.getTime() + shift, end.getTime() + shift, animation());
      },
      fit() {
        const window = latest.current.fitTo;
        const target = created.current?.target;
        if (window && target) fitTo(target, window, animates(latest.current));
      },
      center() {
        const vis = timeline();
        if (!vis) return Date.now();
        const { start, end } = vis.getWindow();
        return (start.getTime() + end.getTime()) / 2;
      },
    };
  }, [latest]);

  return <div ref={containerRef} className="te-timeline" />;
}
