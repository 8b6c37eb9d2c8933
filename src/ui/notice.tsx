import { t } from "@lingui/core/macro";
import type { ReactNode } from "react";
import { Button } from "./button";

export interface NoticeProps {
  /** "info": something the reader should know; "warning": part of what they asked for was left out; "error": it failed. */
  tone?: "info" | "warning" | "error";
  title: ReactNode;
  /** Plain lines under the title, shown as a list. */
  lines?: readonly string[];
  children?: ReactNode;
  onDismiss?: () => void;
}

const TONES = {
  info: "border border-[var(--line)] bg-[var(--surface)]",
  warning: "border border-[var(--track-1)] bg-[color-mix(in_srgb,var(--track-1)_10%,var(--surface))]",
  error: "border-2 border-[var(--track-7)] bg-[color-mix(in_srgb,var(--track-7)_7%,var(--surface))]",
};

/** A message above the explorer: what happened, in plain words, and a way to put it away. An error is announced at once. */
export function Notice({ tone = "info", title, lines, children, onDismiss }: NoticeProps) {
  return (
    <div role={tone === "error" ? "alert" : undefined} className={`rounded-lg px-4 py-3 text-sm ${TONES[tone]}`}>
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="font-semibold">{title}</div>
          {lines && lines.length > 0 && (
            <ul className="mt-1 list-disc ps-5">
              {lines.map((line) => (
                <li key={line}>
                  <bdi>{line}</bdi>
                </li>
              ))}
            </ul>
          )}
        </div>
        {onDismiss && (
          <Button size="sm" className="shrink-0" onClick={onDismiss}>
            {t`Dismiss`}
          </Button>
        )}
      </div>
      {children}
    </div>
  );
}
