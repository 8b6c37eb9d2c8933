/** One measured load of a page: the explorer or the floor (vis-timeline alone). */
export type Kind = "explorer" | "floor";
export interface Run {
  kind: Kind;
  size: number;
  firstItem: number;
  firstCard: number | null;
  quiet: number;
  longTasks: number;
  heap: number;
  nodes: number;
  interactions: Record<string, number>;
  /** From a click on a filter to the first frame that shows the change, in the cards and in the timeline. */
  clicks: Record<string, { cards: number | null; timeline: number | null }>;
}
