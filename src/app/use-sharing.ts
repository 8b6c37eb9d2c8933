import { useCallback, useEffect, useMemo, useState } from "react";
import type { Packed } from "../domain/dataset-pack";
import { fitsInLink, type SharedLink } from "../domain/embed";
import type { Dataset } from "../domain/schema";
import type { ViewState } from "../domain/view-state";
import { downloadDataset } from "./download";
import type { LoadedDataset } from "./use-dataset-source";

/**
 * Links that open what the reader sees, for anyone. The default timeline and one from a link (data=,
 * pack=) are named by the view's link already. A file from the reader's computer is not: its links carry
 * it whole (pack=) when it fits in a link of 8,000 characters, and otherwise there is no link to give,
 * never one that opens another timeline.
 */
export interface Sharing {
  /** The view as a link must carry it: a file's timeline packed in (pack=); null when it cannot be. */
  carry(view: ViewState): Promise<ViewState | null>;
  /** The link `toUrl` makes of `view` for the timeline shown, or not ok when no link opens it. */
  link(view: ViewState, toUrl: (view: ViewState) => string): Promise<SharedLink>;
  /** The same without waiting, for printing: null too while a file is still being packed. */
  linkNow(view: ViewState, toUrl: (view: ViewState) => string): string | null;
  /** The file's name, when the timeline shown was opened from the reader's computer. */
  fileName: string | null;
  /** Saves the timeline shown as a JSON file, as written (not in the page's language), to put online. */
  download(): void;
}

// Once per dataset: the pack's code (and the deflate) only when a file is opened, and never twice.
const packs = new WeakMap<Dataset, Promise<Packed>>();
function packOf(dataset: Dataset): Promise<Packed> {
  let packed = packs.get(dataset);
  if (!packed) {
    packed = import("../domain/dataset-pack")
      .then((module) => module.packDataset(dataset))
      // A browser without CompressionStream cannot pack: it has no link to give either.
      .catch(() => ({ ok: false, reason: "too-large" }) as const);
    packs.set(dataset, packed);
  }
  return packed;
}

/** The link a view makes, when it fits; a file's view carries its pack in place of any other dataset. */
function linkOf(view: ViewState, pack: string | null, toUrl: (view: ViewState) => string): SharedLink {
  const url = toUrl(pack === null ? view : { ...view, data: null, pack });
  // A link the explorer makes for another site's dataset or the default is short; one carrying a
  // timeline may grow past the limit with a lesson or filters, and is then not a link to give.
  return view.pack === null && pack === null ? { ok: true, url } : fitsInLink(url) ? { ok: true, url } : { ok: false };
}

export function useSharing(loaded: LoadedDataset): Sharing {
  const { dataset, origin } = loaded;
  const file = origin.kind === "file" ? dataset : null;
  const [packed, setPacked] = useState<{ dataset: Dataset; result: Packed } | null>(null);

  // A file's pack is made as soon as it is open, so Copy link and printing find it ready.
  useEffect(() => {
    if (!file) return;
    let current = true;
    void packOf(file).then((result) => current && setPacked({ dataset: file, result }));
    return () => {
      current = false;
    };
  }, [file]);

  const carry = useCallback(
    async (view: ViewState): Promise<ViewState | null> => {
      if (!file) return view;
      const result = await packOf(file);
      return result.ok ? { ...view, data: null, pack: result.pack } : null;
    },
    [file],
  );
  const link = useCallback(
    async (view: ViewState, toUrl: (view: ViewState) => string): Promise<SharedLink> => {
      if (!file) return linkOf(view, null, toUrl);
      const result = await packOf(file);
      return result.ok ? linkOf(view, result.pack, toUrl) : { ok: false };
    },
    [file],
  );
  const linkNow = useCallback(
    (view: ViewState, toUrl: (view: ViewState) => string): string | null => {
      if (file && (packed?.dataset !== file || !packed.result.ok)) return null;
      const shared = linkOf(view, file && packed?.result.ok ? packed.result.pack : null, toUrl);
      return shared.ok ? shared.url : null;
    },
    [file, packed],
  );
  const fileName = origin.kind === "file" ? origin.name : null;
  const download = useCallback(() => downloadDataset(dataset), [dataset]);
  return useMemo(() => ({ carry, link, linkNow, fileName, download }), [carry, link, linkNow, fileName, download]);
}
