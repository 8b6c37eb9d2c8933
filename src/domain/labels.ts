/** Words the reader sees for the format's codes, in one place so every view says the same. */
import type { Actor } from "./schema";
import type { ProvenanceValue } from "./view-state";

export const PROVENANCE_LABELS: Record<ProvenanceValue, string> = {
  article: "In the article",
  context: "Background",
  "after-article": "After the article",
};

export const ACTOR_KIND_LABELS: Record<Actor["kind"], string> = {
  state: "States",
  group: "Groups",
  organisation: "Organisations",
  person: "People",
};
