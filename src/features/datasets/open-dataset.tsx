import { t } from "@lingui/core/macro";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { download } from "../../platform/download";
import { Button } from "../../ui/button";

export interface OpenDatasetButtonProps {
  /** The files chosen: a dataset (the first one), or students' handed-in answers (as many as chosen). */
  onFiles(files: File[]): void;
}

/**
 * "Open dataset…": a button for the file picker, so it looks and works like the other buttons; beside it
 * the spreadsheet template to start a timeline from (the sheet's code loads only when it is asked for).
 */
export function OpenDatasetButton({ onFiles }: OpenDatasetButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{t`Open dataset…`}</Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv"
        multiple
        className="hidden"
        aria-label={t`Dataset file`}
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ""; // choosing the same file again still opens it
          if (files.length > 0) onFiles(files);
        }}
      />
      {/* The name says what a click does; the visible words fit beside Open dataset… on a phone. */}
      <Button aria-label={t`Download spreadsheet template`} onClick={() => void downloadTemplate()}>
        {t`Spreadsheet template`}
      </Button>
    </>
  );
}

async function downloadTemplate() {
  const { sheetTemplate } = await import("../../domain/sheet-template");
  download("timeline-template.csv", "text/csv;charset=utf-8", sheetTemplate());
}

/**
 * Files dropped anywhere on the page open: a .json or .csv dataset, or students' handed-in answers. Returns
 * whether files are being dragged over, for the overlay that says so.
 */
export function useFileDrop(onFiles: (files: File[]) => void, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const opened = useEffectEvent(onFiles);
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault(); // allows the drop
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) opened(files);
    };
    document.addEventListener("dragenter", enter);
    document.addEventListener("dragleave", leave);
    document.addEventListener("dragover", over);
    document.addEventListener("drop", drop);
    return () => {
      document.removeEventListener("dragenter", enter);
      document.removeEventListener("dragleave", leave);
      document.removeEventListener("dragover", over);
      document.removeEventListener("drop", drop);
    };
  }, [enabled]);
  return dragging;
}

export function DropOverlay() {
  return (
    <div
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-6"
      aria-hidden="true"
    >
      <p className="rounded-xl border-2 border-dashed border-white bg-[var(--surface)] px-8 py-6 text-lg font-semibold text-[var(--ink)] shadow-xl">
        {t`Drop the file to open it: a timeline (.json or .csv) or students' answers`}
      </p>
    </div>
  );
}
