import { t } from "@lingui/core/macro";
import { useCallback, useEffect, useRef, useState } from "react";
import { stepEvent, type EventIndex } from "../domain/filter";
import { formatEventDate } from "../domain/format-date";
import type { TimelineEvent } from "../domain/schema";
import type { ViewState } from "../domain/view-state";
import type { RevealRequest } from "../features/cards/card-list";
import type { UpdateView } from "./use-view";

/**
 * Where a selection came from: a card's own button needs no scrolling; the others bring the card into
 * view. After a related link or a keyboard shortcut, focus moves to the card too, so a screen reader
 * reads the event it announces; a click on a button or the timeline leaves focus where the reader is.
 * A lesson's step on a phone ("lesson") does not scroll either: its prompt, above the timeline, stays
 * in sight, and the panel's "Show this step's card" leads on.
 */
export type SelectedBy = "card" | "related" | "timeline" | "step" | "keyboard" | "lesson";

export interface Selection {
  /**
   * `also`: more of the view to change in the same history entry (leaving a search, say); `replace`:
   * change the current entry rather than add one (a lesson link selecting its first step's event).
   */
  select(id: string | null, by: SelectedBy, also?: Partial<ViewState>, replace?: boolean): void;
  /** Previous or next event among those shown; with nothing selected, the first or the last. */
  step(direction: 1 | -1, by: "step" | "keyboard"): void;
  /** The card to scroll to (and focus, after a related link). */
  reveal: RevealRequest | null;
  /** What a screen reader hears about the selection, in a polite live region. */
  announcement: string;
}

/**
 * Selecting events, and telling the reader: the selection lives in the link (`event=`); this adds which
 * card to bring into view and what to announce when it changes.
 */
export function useSelection({
  index,
  view,
  shown,
  update,
  locale,
  embedded,
}: {
  index: EventIndex;
  view: ViewState;
  shown: readonly TimelineEvent[];
  update: UpdateView;
  locale: string;
  embedded: boolean;
}): Selection {
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // A lesson's step announces itself, its event with it (lesson-panel.tsx): one announcement, not two.
  const quiet = useRef<string | null>(null);
  const select = useCallback(
    (id: string | null, by: SelectedBy, also?: Partial<ViewState>, replace = false) => {
      quiet.current = also?.step !== undefined ? id : null;
      update({ ...also, event: id }, replace ? { mode: "replace" } : {});
      if (id && by !== "card" && by !== "lesson")
        setReveal({ id, focus: by === "related" || by === "keyboard", nonce: Date.now() });
    },
    [update],
  );

  // Announce selection changes (not the first render: a link that opens on an event is not news).
  const previousEvent = useRef(view.event);
  useEffect(() => {
    if (previousEvent.current === view.event) return;
    previousEvent.current = view.event;
    if (view.event !== null && view.event === quiet.current) {
      quiet.current = null;
      setAnnouncement("");
      return;
    }
    const event = view.event ? index.byId.get(view.event) : null;
    setAnnouncement(
      event ? selectedText(event.title, formatEventDate(event, { locale, long: true })) : t`Selection cleared.`,
    );
  }, [view.event, index, locale]);

  // A shared link that opens on an event shows it; an embedded one never scrolls its host by itself.
  const initialEvent = useRef(view.event);
  useEffect(() => {
    if (initialEvent.current && !embedded) setReveal({ id: initialEvent.current, focus: false, nonce: 0 });
  }, [embedded]);

  const step = useCallback(
    (direction: 1 | -1, by: "step" | "keyboard") => {
      const next = stepEvent(shown, view.event, direction);
      if (next) select(next.id, by);
      else setAnnouncement(direction === 1 ? t`There is no later event.` : t`There is no earlier event.`);
    },
    [shown, view.event, select],
  );

  return { select, step, reveal, announcement };
}

/** What a screen reader hears when an event is selected: its title and its date. */
const selectedText = (title: string, date: string) =>
  t({ comment: "read out by a screen reader: an event's title and its date", message: `Selected: ${title}, ${date}.` });
