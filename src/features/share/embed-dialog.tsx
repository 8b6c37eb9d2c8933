import { useId, useState } from "react";
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_SANDBOX,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  clampHeight,
  embedSnippet,
  embedUrl,
  fitsInLink,
} from "../../domain/embed";
import type { Theme, ViewState } from "../../domain/view-state";
import { copyText } from "./clipboard";
import { NO_LINK_TEXT, NoLink } from "./no-link";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

/** What the Embed dialog says, in one place. */
const TEXT = {
  title: "Embed this view",
  intro:
    "Paste this code into a web page, a learning platform or a slide that accepts HTML. The class sees exactly this view: the same filters and selected event, with compact controls.",
  carried: (name: string) =>
    `“${name}” was opened from your computer: the code carries the whole timeline in its link, so nothing needs to be put online.`,
  height: "Height in pixels",
  heightHelp: `${MIN_EMBED_HEIGHT} to ${MAX_EMBED_HEIGHT}. ${DEFAULT_EMBED_HEIGHT} suits most lessons: the title, the timeline and the first events, with the list scrolling inside the frame. Under 480 the whole frame scrolls.`,
  theme: "Theme",
  themes: [
    [null, "Reader's setting"],
    ["light", "Light"],
    ["dark", "Dark"],
  ] as const,
  filters: "Show the filter panel",
  code: "Embed code",
  copy: "Copy code",
  copied: "Embed code copied",
  blocked: "Copying was blocked: the code is selected, press Ctrl+C (⌘C on a Mac)",
  preview: "Preview",
  frameTitle: (title: string) => `Timeline: ${title}`,
  previewTitle: (title: string) => `Preview: Timeline: ${title}`,
} as const;

export interface EmbedDialogProps {
  open: boolean;
  onClose(): void;
  /** The explorer's address without a query. */
  base: string;
  /** The view as its link must carry it (a file's timeline packed in); null when no link can open it. */
  view: ViewState | null;
  title: string;
  /** Set when the dataset came from the reader's computer. */
  fileName: string | null;
  /** Saves the whole timeline as JSON, to put online when it cannot travel in a link. */
  onDownload(): void;
}

export function EmbedDialog({ open, onClose, ...rest }: EmbedDialogProps) {
  return (
    <Dialog open={open} title={rest.view ? TEXT.title : NO_LINK_TEXT.title} onClose={onClose} wide>
      {rest.view ? (
        <EmbedForm {...rest} view={rest.view} />
      ) : (
        <NoLink fileName={rest.fileName} onDownload={rest.onDownload} outcome="embed" />
      )}
    </Dialog>
  );
}

function EmbedForm({
  base,
  view,
  title,
  fileName,
  onDownload,
}: Omit<EmbedDialogProps, "open" | "onClose" | "view"> & { view: ViewState }) {
  const id = useId();
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const [theme, setTheme] = useState<Theme | null>(view.theme);
  const [showFilters, setShowFilters] = useState(false);
  const [copied, setCopied] = useState("");
  const height = clampHeight(Number(heightText));
  const src = embedUrl(base, view, { height, theme, showFilters });
  const snippet = embedSnippet(src, TEXT.frameTitle(title), height);

  const copy = async () => {
    if (await copyText(snippet)) setCopied(TEXT.copied);
    else {
      const field = document.getElementById(`${id}-code`) as HTMLTextAreaElement | null;
      field?.focus();
      field?.select();
      setCopied(TEXT.blocked);
    }
  };

  // A timeline carried in the link, with this view and the frame's settings, may not fit in one.
  // The dialog is titled for embedding then: the reason comes with its own title.
  if (!fitsInLink(src)) return <NoLink titled fileName={fileName} onDownload={onDownload} outcome="embed" />;
  const field = "rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 py-1.5 text-sm";
  return (
    <div className="space-y-5 text-sm">
      <p className="text-[var(--muted)]">{TEXT.intro}</p>
      {fileName && <p className="rounded-md border border-[var(--track-1)] px-3 py-2">{TEXT.carried(fileName)}</p>}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-height`} className="mb-1 block font-medium">
            {TEXT.height}
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
            {TEXT.heightHelp}
          </p>
        </div>
        <fieldset>
          <legend className="mb-1 font-medium">{TEXT.theme}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {TEXT.themes.map(([value, label]) => (
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
        <div className="flex items-start sm:pt-6">
          <label className="inline-flex min-h-8 items-center gap-2">
            <input
              type="checkbox"
              checked={showFilters}
              onChange={(event) => setShowFilters(event.target.checked)}
              className="size-4 accent-[var(--accent)]"
            />
            {TEXT.filters}
          </label>
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-code`} className="mb-1 block font-medium">
          {TEXT.code}
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
            {TEXT.copy}
          </Button>
          <span aria-live="polite" className="font-medium text-[var(--accent)]">
            {copied}
          </span>
        </div>
      </div>

      <div>
        <p className="mb-1 font-medium" id={`${id}-preview-label`}>
          {TEXT.preview}
        </p>
        {/* Inert: a preview to look at, not a second explorer for the keyboard to get lost in. */}
        <div className="rounded-md border border-dashed border-[var(--line)] bg-[var(--surface)]" inert>
          <iframe
            src={src}
            title={TEXT.previewTitle(title)}
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
