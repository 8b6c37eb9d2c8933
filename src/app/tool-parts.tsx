import { Suspense, lazy, useEffect, useState } from "react";
import { describeFilters } from "../domain/active-filters";
import type { ViewState } from "../domain/view-state";
import { preloadable } from "../hooks/preloadable";
import { downloadDataset } from "./download";
import { useExplorer } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { LessonWorksheet } from "./lesson-parts";
import { useResetView } from "./parts";

/**
 * The teacher's tools that open over the page or replace it on paper: the Embed dialog, the question
 * before a long handout, and what prints. Each reads the explorer's state (explorer-state.tsx).
 */

// The handout is printed, not read on screen: its code loads once the page is idle (printing renders at
// once, with no time to load).
const handout = preloadable(() => import("../features/print/print-handout").then((module) => module.PrintHandout));

// Loaded when a teacher first opens it: no reader waits for the embed dialog's code.
const EmbedDialog = lazy(() =>
  import("../features/share/embed-dialog").then((module) => ({ default: module.EmbedDialog })),
);

export function EmbedDialogPart() {
  const { embedded, embedDialog, base, view, dataset, sharing } = useExplorer();
  // The view as the frame's link must carry it: a file's timeline is packed in first (at once, usually).
  const [carried, setCarried] = useState<{ view: ViewState; carried: ViewState | null } | null>(null);
  const open = !embedded && embedDialog.open;
  useEffect(() => {
    if (!open) return;
    let current = true;
    void sharing.carry(view).then((shared) => current && setCarried({ view, carried: shared }));
    return () => {
      current = false;
    };
  }, [open, view, sharing]);
  if (!open || carried?.view !== view) return null;
  return (
    <FeatureBoundary name="embedding" onReset={() => embedDialog.setOpen(false)}>
      <Suspense fallback={null}>
        <EmbedDialog
          open
          onClose={() => embedDialog.setOpen(false)}
          base={base()}
          view={carried.carried}
          title={dataset.title}
          fileName={sharing.fileName}
          onDownload={() => downloadDataset(dataset)}
        />
      </Suspense>
    </FeatureBoundary>
  );
}

// Its code comes with the count of pages, loaded when Print handout is pressed.
const PrintQuestion = lazy(() =>
  import("../features/print/print-request").then((module) => ({ default: module.PrintQuestion })),
);

/** Before a long handout is printed: its pages, and a shorter way. */
export function PrintQuestionPart() {
  const { print } = useExplorer();
  const question = print.question;
  // The last question stays mounted, closed, so that its dialog hands the focus back as it closes.
  const [last, setLast] = useState(question);
  if (question && question !== last) setLast(question);
  if (!last) return null;
  return (
    <FeatureBoundary name="printing" onReset={print.cancel}>
      <Suspense fallback={null}>
        <PrintQuestion open={question !== null} {...last} onPrint={print.print} onCancel={print.cancel} />
      </Suspense>
    </FeatureBoundary>
  );
}

/** Printing: the lesson's worksheet in a lesson, else the handout of the events that match. */
export function PrintPart() {
  const { printing, print, lesson, dataset, model, view, printLink } = useExplorer();
  const reset = useResetView();
  useEffect(() => {
    const idle = requestIdleCallback(() => void handout.preload().catch(() => {}), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  if (!printing) return null;
  if (lesson.active)
    return (
      <FeatureBoundary name="the printed worksheet" onReset={reset}>
        <LessonWorksheet lesson={lesson.active} dataset={dataset} index={model.index} link={printLink()} />
      </FeatureBoundary>
    );
  return (
    <FeatureBoundary name="the printed handout" onReset={reset}>
      <Suspense fallback={null}>
        <handout.Component
          dataset={dataset}
          events={model.visible.matches}
          filters={describeFilters(dataset, view)}
          link={printLink()}
          brief={print.brief}
        />
      </Suspense>
    </FeatureBoundary>
  );
}
