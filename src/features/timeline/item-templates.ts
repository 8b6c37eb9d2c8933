/**
 * What vis draws inside an item and a track's label, built from text with DOM APIs: data never becomes
 * markup, whatever a dataset holds.
 */
import { plural } from "@lingui/core/macro";
import type { TimelineGroupModel, TimelineItemModel } from "../../domain/timeline-items";

/** An item's visible content, built from text with DOM APIs: data never becomes markup. */
export function itemContent(
  item: TimelineItemModel & { isCluster?: boolean; uiItems?: { data?: Partial<TimelineItemModel> }[] },
): HTMLElement {
  const root = document.createElement("span");
  root.className = "te-item-label";
  if (item.isCluster) {
    const count = item.uiItems?.length ?? 0;
    root.textContent = plural(count, { one: "# event", other: "# events" });
    root.title = plural(count, {
      one: "# event close together: tap or click to zoom in",
      other: "# events close together: tap or click to zoom in",
    });
    // Which events the cluster holds, as data-event-id does for an item (tests and tools read both).
    root.dataset.eventIds = (item.uiItems ?? []).map((member) => member.data?.["event-id"] ?? "").join(" ");
    return root;
  }
  if (!item["event-id"]) {
    // A period's band (no text) or its name.
    root.textContent = item.label;
    if (item.label) root.title = `${item.label}: ${item.dateLabel}`;
    return root;
  }
  const date = document.createElement("span");
  date.className = "te-item-date";
  date.textContent = item.dateLabel;
  const title = document.createElement("span");
  title.className = "te-item-title";
  title.textContent = item.label;
  root.append(date, title);
  root.title = `${item.dateLabel}: ${item.fullTitle ?? item.label}`;
  return root;
}

export function groupContent(group: TimelineGroupModel | null): HTMLElement {
  const root = document.createElement("span");
  root.className = "te-group-label";
  if (!group) return root; // vis asks for the label of its internal "no group" row with null
  root.textContent = group.label;
  if (group.description) root.title = group.description;
  return root;
}
