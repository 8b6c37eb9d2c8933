import { useId, useState } from "react";
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_SANDBOX,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  clampHeight,
  embedSnippet,
  embedUrl,
} from "../../domain/embed";
import type { Theme, ViewState } from "../../domain/view-state";
import { copyText } from "./clipboard";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

export interface EmbedDialogProps {
  open: boolean;
  onClose(): void;
  /** The explorer's address without a query. */
  base: string;
  view: ViewState;
  title: string;
  /** Set when the dataset came from the reader's computer: a frame elsewhere cannot show it. */
  fileName: string | null;
}

export function EmbedDialog({ open, onClose, ...rest }: EmbedDialogProps) {
  return (
    <Dialog open={open} title="Embed this view" onClose={onClose} wide>
      <EmbedForm {...rest} />
    </Dialog>
  );
}

function EmbedForm({ base, view, title, fileName }: Omit<EmbedDialogProps, "open" | "onClose">) {
  const id = useId();
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const [theme, setTheme] = useState<Theme | null>(view.theme);
  const [showFilters, setShowFilters] = useState(false);
  const [copied, setCopied] = useState("");
  const height = clampHeight(Number(heightText));
  const src = embedUrl(base, view, { height, theme, showFilters });
  const snippet = embedSnippet(src, `Timeline: ${title}`, height);

  const copy = async () => {
    if (await copyText(snippet)) setCopied("Embed code copied");
    else {
      const field = document.getElementById(`${id}-code`) as HTMLTextAreaElement | null;
      field?.focus();
      field?.select();
      setCopied("Copying was blocked: the code is selected, press Ctrl+C (⌘C on a Mac)");
    }
  };

  const field = "rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 py-1.5 text-sm";
  return (
    <div className="space-y-5 text-sm">
      <p className="text-[var(--muted)]">
        Paste this code into a web page, a learning platform or a slide that accepts HTML. The class sees exactly this
        view: the same filters and selected event, with compact controls.
      </p>
      {fileName && (
        <p className="rounded-md border border-[var(--track-1)] px-3 py-2">
          This dataset was opened from your computer (“{fileName}”), so an embedded page cannot load it: the frame will
          show the default timeline. Put the file on a website and open it with its link to embed it.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-height`} className="mb-1 block font-medium">
            Height in pixels
          </label>
          <input
            id={`${id}-height`}
            type="number"
            inputMode="numeric"
            min={MIN_EMBED_HEIGHT}
            max={MAX_EMBED_HEIGHT}
            step={20}
            value={heightText}
            onChange={(event) => setHeightText(event.target.value)}
            onBlur={() => setHeightText(String(height))}
            className={`${field} w-full`}
            aria-describedby={`${id}-height-help`}
          />
          <p id={`${id}-height-help`} className="mt-1 text-xs text-[var(--muted)]">
            {MIN_EMBED_HEIGHT} to {MAX_EMBED_HEIGHT}. {DEFAULT_EMBED_HEIGHT} suits most lessons: the title, the timeline
            and the first events, with the list scrolling inside the frame. Under 480 the whole frame scrolls.
          </p>
        </div>
        <fieldset>
          <legend className="mb-1 font-medium">Theme</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {(
              [
                [null, "Reader's setting"],
                ["light", "Light"],
                ["dark", "Dark"],
              ] as const
            ).map(([value, label]) => (
              <label key={label} className="inline-flex min-h-8 items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  checked={theme === value}
                  onChange={() => setTheme(value)}
                  className="size-4 accent-[var(--accent)]"
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex items-start pt-6">
          <label className="inline-flex min-h-8 items-center gap-2">
            <input
              type="checkbox"
              checked={showFilters}
              onChange={(event) => setShowFilters(event.target.checked)}
              className="size-4 accent-[var(--accent)]"
            />
            Show the filter panel
          </label>
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-code`} className="mb-1 block font-medium">
          Embed code
        </label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.target.select()}
          className={`${field} w-full font-mono text-xs break-all`}
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={copy}>
            Copy code
          </Button>
          <span aria-live="polite" className="font-medium text-[var(--accent)]">
            {copied}
          </span>
        </div>
      </div>

      <div>
        <p className="mb-1 font-medium" id={`${id}-preview-label`}>
          Preview
        </p>
        {/* Inert: a preview to look at, not a second explorer for the keyboard to get lost in. */}
        <div className="rounded-md border border-dashed border-[var(--line)] bg-[var(--surface)]" inert>
          <iframe
            src={src}
            title={`Preview: Timeline: ${title}`}
            width="100%"
            height={height}
            sandbox={EMBED_SANDBOX}
            className="block border-0"
          />
        </div>
      </div>
    </div>
  );
}
