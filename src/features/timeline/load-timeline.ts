import { preloadable } from "../../hooks/preloadable";

/**
 * The timeline's code (vis-timeline, moment, hammer), the largest chunk, fetched as soon as the page's own
 * script runs: beside the explorer's code and the events rather than after either, so it is in by the time
 * the events are ready to draw, and its stylesheet lands on a page that is still small (applied later, it
 * restyles every card). This module is in the page's first script; the chunk is not.
 */
export const timelineCanvas = preloadable(() => import("./timeline-canvas").then((module) => module.TimelineCanvas));

/** Starts loading the timeline's code; a failure shows where the timeline renders. */
export const preloadTimeline = () => void timelineCanvas.preload().catch(() => {});
