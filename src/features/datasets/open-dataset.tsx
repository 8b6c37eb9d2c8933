import { useEffect, useRef, useState } from "react";
import { download } from "../../platform/download";
import { Button } from "../../ui/button";

export interface OpenDatasetButtonProps {
  onFile(file: File): void;
}

/**
 * "Open dataset…": a button for the file picker, so it looks and works like the other buttons; beside it
 * the spreadsheet template to start a timeline from (the sheet's code loads only when it is asked for).
 */
export function OpenDatasetButton({ onFile }: OpenDatasetButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>Open dataset…</Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv"
        className="hidden"
        aria-label="Dataset file"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // choosing the same file again still opens it
          if (file) onFile(file);
        }}
      />
      {/* The name says what a click does; the visible words fit beside Open dataset… on a phone. */}
      <Button aria-label="Download spreadsheet template" onClick={() => void downloadTemplate()}>
        Spreadsheet template
      </Button>
    </>
  );
}

async function downloadTemplate() {
  const { sheetTemplate } = await import("../../domain/sheet-template");
  download("timeline-template.csv", "text/csv;charset=utf-8", sheetTemplate());
}

/**
 * A .json or .csv file dropped anywhere on the page opens it. Returns whether a file is being dragged over,
 * for the overlay that says so.
 */
export function useFileDrop(onFile: (file: File) => void, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  useEffect(() => {
    latest.current = onFile;
  });
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
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
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
        Drop the .json or .csv file to open it
      </p>
    </div>
  );
}
