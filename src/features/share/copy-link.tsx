import { useEffect, useRef, useState } from "react";
import { copyText } from "./clipboard";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

export interface CopyLinkProps {
  /** The link to the current view, made when the button is pressed. */
  link(): string;
}

/** "Copy link": copies the view's address and says so; where the clipboard is not available, shows it selected. */
export function CopyLink({ link }: CopyLinkProps) {
  const [confirmation, setConfirmation] = useState("");
  const [fallback, setFallback] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const text = link();
    if (await copyText(text)) {
      setConfirmation("Link copied");
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setConfirmation(""), 4000);
    } else {
      setFallback(text);
    }
  };

  return (
    <span className="relative inline-flex">
      <Button onClick={copy}>Copy link</Button>
      {/* Below the button, so the confirmation never shifts the toolbar. */}
      <span
        aria-live="polite"
        className="absolute top-full left-0 z-10 mt-1 rounded bg-[var(--surface)] text-xs font-semibold whitespace-nowrap text-[var(--accent)]"
      >
        {confirmation}
      </span>
      <Dialog open={fallback !== null} title="Copy this link" onClose={() => setFallback(null)}>
        <LinkField value={fallback ?? ""} />
      </Dialog>
    </span>
  );
}

function LinkField({ value }: { value: string }) {
  return (
    <div>
      <label htmlFor="share-link-field" className="mb-1 block text-sm font-medium">
        Link to this view
      </label>
      <input
        id="share-link-field"
        data-autofocus=""
        readOnly
        value={value}
        onFocus={(event) => event.target.select()}
        className="w-full rounded-md border border-[var(--line)] bg-[var(--surface)] px-3 py-2 font-mono text-sm"
      />
      <p className="mt-2 text-sm text-[var(--muted)]">
        This browser did not let the page copy it. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.
      </p>
    </div>
  );
}
