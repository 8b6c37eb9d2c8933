import { i18n } from "@lingui/core";
import { msg, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
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
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

const min = MIN_EMBED_HEIGHT;
const max = MAX_EMBED_HEIGHT;
const suggested = DEFAULT_EMBED_HEIGHT;

/** What the Embed dialog says, in one place (rendered with i18n._ in the page's language). */
const TEXT = {
  title: msg`Embed this view`,
  intro: msg`Paste this code into a web page, a learning platform or a slide that accepts HTML. The class sees exactly this view: the same filters and selected event, with compact controls.`,
  height: msg`Height in pixels`,
  heightHelp: msg`${min} to ${max}. ${suggested} suits most lessons: the title, the timeline and the first events, with the list scrolling inside the frame. Under 480 the whole frame scrolls.`,
  theme: msg`Theme`,
  themes: [
    [null, msg({ comment: "theme: follow the reader's device", message: "Reader's setting" })],
    ["light", msg({ comment: "theme", message: "Light" })],
    ["dark", msg({ comment: "theme", message: "Dark" })],
  ] as const,
  filters: msg`Show the filter panel`,
  code: msg`Embed code`,
  copy: msg`Copy code`,
  copied: msg`Embed code copied`,
  blocked: msg`Copying was blocked: the code is selected, press Ctrl+C (⌘C on a Mac)`,
  preview: msg`Preview`,
};

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
    <Dialog open={open} title={i18n._(rest.view ? TEXT.title : NO_LINK_TEXT.title)} onClose={onClose} wide>
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
  const snippet = embedSnippet(
    src,
    t({ comment: "the embedded frame's title", message: `Timeline: ${title}` }),
    height,
  );

  const copy = async () => {
    if (await copyText(snippet)) setCopied(i18n._(TEXT.copied));
    else {
      const field = document.getElementById(`${id}-code`) as HTMLTextAreaElement | null;
      field?.focus();
      field?.select();
      setCopied(i18n._(TEXT.blocked));
    }
  };

  // A timeline carried in the link, with this view and the frame's settings, may not fit in one.
  // The dialog is titled for embedding then: the reason comes with its own title.
  if (!fitsInLink(src)) return <NoLink titled fileName={fileName} onDownload={onDownload} outcome="embed" />;
  const name = asText(fileName ?? "");
  const field = "rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 py-1.5 text-sm";
  return (
    <div className="space-y-5 text-sm">
      <p className="text-[var(--muted)]">{i18n._(TEXT.intro)}</p>
      {fileName && (
        <p className="rounded-md border border-[var(--track-1)] px-3 py-2">
          <Trans>
            “{name}” was opened from your computer: the code carries the whole timeline in its link, so nothing needs to
            be put online.
          </Trans>
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-height`} className="mb-1 block font-medium">
            {i18n._(TEXT.height)}
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
            {i18n._(TEXT.heightHelp)}
          </p>
        </div>
        <fieldset>
          <legend className="mb-1 font-medium">{i18n._(TEXT.theme)}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {TEXT.themes.map(([value, label]) => (
              <label key={value ?? "system"} className="inline-flex min-h-8 items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  checked={theme === value}
                  onChange={() => setTheme(value)}
                  className="size-4 accent-[var(--accent)]"
                />
                {i18n._(label)}
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
            {i18n._(TEXT.filters)}
          </label>
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-code`} className="mb-1 block font-medium">
          {i18n._(TEXT.code)}
        </label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={4}
          value={snippet}
          dir="ltr"
          onFocus={(event) => event.target.select()}
          className={`${field} w-full font-mono text-xs break-all`}
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={copy}>
            {i18n._(TEXT.copy)}
          </Button>
          <span aria-live="polite" className="font-medium text-[var(--accent)]">
            {copied}
          </span>
        </div>
      </div>

      <div>
        <p className="mb-1 font-medium" id={`${id}-preview-label`}>
          {i18n._(TEXT.preview)}
        </p>
        {/* Inert: a preview to look at, not a second explorer for the keyboard to get lost in. */}
        <div className="rounded-md border border-dashed border-[var(--line)] bg-[var(--surface)]" inert>
          <iframe
            src={src}
            title={t({
              comment: "the preview's frame: an embedded timeline's title",
              message: `Preview: Timeline: ${title}`,
            })}
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
