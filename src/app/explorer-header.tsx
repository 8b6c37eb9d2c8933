import { useLingui } from "@lingui/react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useEffect, useEffectEvent, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { LANGUAGE_NAMES, LANGUAGES, INTL_LOCALE, isLanguage, type Language } from "../domain/locales";
import type { Dataset } from "../domain/schema";
import type { Theme } from "../domain/view-state";
import { Button } from "../ui/button";
import { Icon } from "../ui/icon";
import { asText } from "../ui/as-text";
import { HeaderFrame, HeadingText } from "./header";
import type { DatasetOrigin } from "./use-dataset-source";

// The explorer's own header, with its controls, comes with the explorer's chunk; the page's first paint
// needs only the heading (header.tsx).

export interface HeaderProps {
  dataset: Dataset;
  origin: DatasetOrigin;
  theme: Theme | null;
  onTheme(theme: Theme | null): void;
  /** Shows the page in another language (lang= in the address). */
  onLanguage(language: Language): void;
  onShowDefault(): void;
  /** The teacher's tools: Copy link, Embed, Print, Open dataset. */
  tools: ReactNode;
  /** The button that shows them, for focus to return to when a tool's panel closes. */
  toolsButton?: RefObject<HTMLButtonElement | null>;
  /** The dataset's lessons, a click away. */
  lessons?: ReactNode;
}

export function Header({
  dataset,
  origin,
  theme,
  onTheme,
  onLanguage,
  onShowDefault,
  tools,
  toolsButton,
  lessons,
}: HeaderProps) {
  const themeId = useId();
  const toolsId = useId();
  // The teacher's tools wait behind one button: a phone's first screen reaches the timeline, and a
  // keyboard reader reaches the events in fewer stops. They stay open until closed (Copy link says
  // "copied" beside itself).
  const [toolsOpen, setToolsOpen] = useState(false);
  const ownToggle = useRef<HTMLButtonElement | null>(null);
  const toolsToggle = toolsButton ?? ownToggle;
  const closeOnEscape = (event: Pick<KeyboardEvent, "key" | "preventDefault" | "target" | "defaultPrevented">) => {
    if (event.key !== "Escape" || !toolsOpen || event.defaultPrevented) return;
    // A tool's own dialog (Copy link's fallback, Embed) closes on its Escape; the tools stay open behind it.
    if (event.target instanceof Element && event.target.closest("dialog")) return;
    event.preventDefault();
    setToolsOpen(false);
    toolsToggle.current?.focus();
  };
  // The group holds the tools (buttons of their own): it hears their keys as they bubble up.
  const toolsGroup = useRef<HTMLDivElement>(null);
  const onToolKey = useEffectEvent(closeOnEscape);
  useEffect(() => {
    const group = toolsGroup.current;
    if (!group) return;
    const listener = (event: KeyboardEvent) => onToolKey(event);
    group.addEventListener("keydown", listener);
    return () => group.removeEventListener("keydown", listener);
  }, []);
  return (
    <HeaderFrame
      heading={
        <>
          <HeadingText dataset={dataset} />
          <OriginLine origin={origin} onShowDefault={onShowDefault} />
        </>
      }
    >
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {lessons}
        {/* Escape, from the button or a tool, closes the tools (and only that: the page's own Escape, which
            clears the selection, leaves alone a key the tools took; see use-shortcuts.ts). */}
        <Button
          ref={toolsToggle}
          aria-expanded={toolsOpen}
          aria-controls={toolsId}
          onClick={() => setToolsOpen(!toolsOpen)}
          onKeyDown={closeOnEscape}
          data-escape-closes={toolsOpen ? "" : undefined}
        >
          {t`Share and teach`}
          <Icon path={toolsOpen ? "m4 10 4-4 4 4" : "m4 6 4 4 4-4"} />
        </Button>
        <div
          id={toolsId}
          role="group"
          aria-label={t`Share and teach`}
          ref={toolsGroup}
          hidden={!toolsOpen}
          data-escape-closes={toolsOpen ? "" : undefined}
          className="flex flex-wrap items-center gap-2 max-sm:order-last max-sm:w-full [&[hidden]]:hidden"
        >
          {tools}
        </div>
        <LanguageSelect onLanguage={onLanguage} />
        <span className="inline-flex items-center gap-2">
          <label htmlFor={themeId} className="text-sm text-[var(--muted)] max-sm:sr-only">
            {t`Theme`}
          </label>
          <select
            id={themeId}
            value={theme ?? "system"}
            onChange={(event) => onTheme(event.target.value === "system" ? null : (event.target.value as Theme))}
            className="min-h-9 rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 text-sm"
          >
            <option value="system">{t({ comment: "theme: follow the device's setting", message: "System" })}</option>
            <option value="light">{t({ comment: "theme", message: "Light" })}</option>
            <option value="dark">{t({ comment: "theme", message: "Dark" })}</option>
          </select>
        </span>
      </div>
    </HeaderFrame>
  );
}

/**
 * The interface's language, each named in itself (English, Español, دری, پښتو) so a reader finds their
 * own whatever the page shows now; each option carries its lang, so a screen reader says it rightly.
 */
function LanguageSelect({ onLanguage }: { onLanguage(language: Language): void }) {
  // On a phone the labels of Language and Theme are for screen readers only: each select shows its
  // choice, and the header keeps to two rows, so the timeline stays on the first screen.
  const id = useId();
  const { i18n } = useLingui();
  return (
    <span className="ms-auto inline-flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-[var(--muted)] max-sm:sr-only">
        {t`Language`}
      </label>
      <select
        id={id}
        value={i18n.locale}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onLanguage(event.target.value);
        }}
        className="min-h-9 rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 text-sm"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={INTL_LOCALE[language]}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </span>
  );
}

export interface EmbedHeaderProps {
  dataset: Dataset;
  origin: DatasetOrigin;
  fullExplorer: string;
}

/** The compact chrome of an embedded view: the title, where the data is from, and the way out. */
export function EmbedHeader({ dataset, origin, fullExplorer }: EmbedHeaderProps) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-[var(--line)] bg-[var(--surface)] px-3 py-2">
      <div className="min-w-0">
        <h1 className="font-serif text-lg leading-snug font-bold break-words">{dataset.title}</h1>
        {origin.kind === "url" && origin.foreign && <ForeignHost host={origin.host} />}
        {origin.kind === "pack" && <p className="text-xs text-[var(--muted)]">{carriedInLink()}</p>}
      </div>
      <a
        href={fullExplorer}
        target="_blank"
        rel="noopener noreferrer"
        className="text-sm font-semibold text-[var(--accent)] underline underline-offset-2"
      >
        <Trans>
          Open the full explorer<span className="sr-only"> (opens in a new tab)</span>
        </Trans>
      </a>
    </header>
  );
}

function ForeignHost(props: { host: string }) {
  const host = asText(props.host);
  return (
    <p className="text-xs text-[var(--muted)]">
      <Trans>Dataset from {host}</Trans>
    </p>
  );
}

const carriedInLink = () => t`Carried in the link you opened: a timeline someone shared, not this site's`;

/** Where a dataset other than the default came from, so nobody passes off a stranger's file as ours. */
function OriginLine({ origin, onShowDefault }: { origin: DatasetOrigin; onShowDefault(): void }) {
  if (origin.kind === "default") return null;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="rounded-md border border-[var(--track-1)] bg-[color-mix(in_srgb,var(--track-1)_10%,var(--surface))] px-2 py-1 font-medium">
        {origin.kind === "file" ? (
          <FromFile name={origin.name} />
        ) : origin.kind === "pack" ? (
          carriedInLink()
        ) : origin.foreign ? (
          <FromHost host={origin.host} />
        ) : (
          <FromUrl url={origin.url} />
        )}
      </span>
      <Button variant="link" onClick={onShowDefault}>
        <Trans>Back to the default timeline</Trans>
      </Button>
    </p>
  );
}

function FromFile(props: { name: string }) {
  const name = asText(props.name);
  return (
    <Trans>
      Opened from your computer: <bdi>{name}</bdi>
    </Trans>
  );
}

function FromHost(props: { host: string }) {
  const host = asText(props.host);
  return (
    <Trans>
      Dataset from <bdi>{host}</bdi>, not from this site
    </Trans>
  );
}

function FromUrl(props: { url: string }) {
  const url = asText(props.url);
  return (
    <Trans>
      Dataset: <bdi>{url}</bdi>
    </Trans>
  );
}
