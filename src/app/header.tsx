import { useId } from "react";
import { formatDateText } from "../domain/format-date";
import type { Dataset } from "../domain/schema";
import { webUrl } from "../domain/urls";
import type { Theme } from "../domain/view-state";

export interface HeaderProps {
  dataset: Dataset;
  theme: Theme | null;
  resolvedTheme: Theme;
  onTheme(theme: Theme | null): void;
}

export function Header({ dataset, theme, onTheme }: HeaderProps) {
  const themeId = useId();
  const source = dataset.source;
  const sourceUrl = webUrl(source?.url, document.baseURI);
  return (
    <header className="border-b border-[var(--line)] bg-[var(--surface)]">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-6 sm:px-6 md:flex-row md:items-end md:justify-between">
        <div className="max-w-3xl">
          <p className="text-xs font-semibold tracking-widest text-[var(--muted)] uppercase">Timeline explorer</p>
          <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">{dataset.title}</h1>
          {dataset.description && <p className="mt-2 leading-relaxed text-[var(--muted)]">{dataset.description}</p>}
          {source && (
            <p className="mt-2 text-sm text-[var(--muted)]">
              Source article:{" "}
              {sourceUrl ? (
                <a
                  href={sourceUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-[var(--accent)] underline"
                >
                  “{source.title}”<span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <cite className="not-italic">“{source.title}”</cite>
              )}
              , {source.publisher}
              {source.published ? `, ${formatDateText(source.published, { locale: dataset.language })}` : ""}
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-2 print:hidden">
          <label htmlFor={themeId} className="text-sm text-[var(--muted)]">
            Theme
          </label>
          <select
            id={themeId}
            value={theme ?? "system"}
            onChange={(event) => onTheme(event.target.value === "system" ? null : (event.target.value as Theme))}
            className="min-h-9 rounded-md border border-[var(--line)] bg-[var(--surface)] px-2 text-sm"
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </div>
    </header>
  );
}
