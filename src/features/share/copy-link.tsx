import { i18n } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import type { SharedLink } from "../../domain/embed";
import { copyText } from "./clipboard";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

/** What Copy link says, in one place (rendered with i18n._ in the page's language). */
const TEXT = {
  button: msg`Copy link`,
  copied: msg`Link copied`,
  fallbackTitle: msg`Copy this link`,
  field: msg`Link to this view`,
  fallback: msg`This browser did not let the page copy it. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
};

// Needed only for a timeline too large for a link: its words load when first shown.
const NoLinkDialog = lazy(() => import("./no-link").then((module) => ({ default: module.NoLinkDialog })));

export interface CopyLinkProps {
  /** The link to the current view, made when the button is pressed; not ok when no link opens it. */
  link(): Promise<SharedLink>;
  /** The file the timeline came from, to say why there is no link. */
  fileName: string | null;
  /** Saves the whole timeline as JSON, to put online when it cannot travel in a link. */
  onDownload(): void;
}

/**
 * "Copy link": copies the view's address and says so; where the clipboard is not available, shows it
 * selected. When no link opens the timeline shown (a file too large to carry), it copies nothing and says
 * how to share it instead.
 */
export function CopyLink({ link, fileName, onDownload }: CopyLinkProps) {
  const [confirmation, setConfirmation] = useState("");
  const [fallback, setFallback] = useState<string | null>(null);
  const [noLink, setNoLink] = useState(false);
  // Mounted from the first time it is needed, so that closing it hands the focus back.
  const [noLinkUsed, setNoLinkUsed] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    setConfirmation("");
    const shared = await link();
    if (!shared.ok) {
      setNoLinkUsed(true);
      setNoLink(true);
    } else if (await copyText(shared.url)) {
      setConfirmation(i18n._(TEXT.copied));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setConfirmation(""), 4000);
    } else {
      setFallback(shared.url);
    }
  };

  return (
    <span className="relative inline-flex">
      <Button onClick={copy}>{i18n._(TEXT.button)}</Button>
      {/* Below the button, so the confirmation never shifts the toolbar. */}
      <span
        aria-live="polite"
        className="absolute top-full start-0 z-10 mt-1 rounded bg-[var(--surface)] text-xs font-semibold whitespace-nowrap text-[var(--accent)]"
      >
        {confirmation}
      </span>
      <Dialog open={fallback !== null} title={i18n._(TEXT.fallbackTitle)} onClose={() => setFallback(null)}>
        <LinkField value={fallback ?? ""} />
      </Dialog>
      {noLinkUsed && (
        <Suspense fallback={null}>
          <NoLinkDialog open={noLink} onClose={() => setNoLink(false)} fileName={fileName} onDownload={onDownload} />
        </Suspense>
      )}
    </span>
  );
}

function LinkField({ value }: { value: string }) {
  return (
    <div>
      <label htmlFor="share-link-field" className="mb-1 block text-sm font-medium">
        {i18n._(TEXT.field)}
      </label>
      <input
        id="share-link-field"
        data-autofocus=""
        readOnly
        dir="ltr"
        value={value}
        onFocus={(event) => event.target.select()}
        className="w-full rounded-md border border-[var(--line)] bg-[var(--surface)] px-3 py-2 font-mono text-sm"
      />
      <p className="mt-2 text-sm text-[var(--muted)]">{i18n._(TEXT.fallback)}</p>
    </div>
  );
}
