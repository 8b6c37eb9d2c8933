/**
 * The benchmark's floor: the same events drawn by vis-timeline alone, as its documentation shows, with
 * no explorer around it. One row per track, points and ranges, the library's own fit.
 */
import { DataSet } from "vis-data/esnext";
import { Timeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";

interface BenchDataset {
  tracks: { id: string; label: string }[];
  events: { id: string; title: string; start: string; end?: string; track: string }[];
}

const url = new URLSearchParams(window.location.search).get("data");
if (!url) throw new Error("?data= is required");
const dataset = (await (await fetch(url)).json()) as BenchDataset;
const groups = new DataSet(dataset.tracks.map((track, order) => ({ id: track.id, content: track.label, order })));
const items = new DataSet(
  dataset.events.map((event) => ({
    id: event.id,
    group: event.track,
    start: event.start,
    end: event.end,
    type: event.end ? "range" : "point",
    content: event.title,
  })),
);
new Timeline(document.getElementById("timeline")!, items as never, groups as never, {
  stack: true,
  groupOrder: "order",
  onInitialDrawComplete: () => document.body.setAttribute("data-ready", "true"),
});
