import { Suspense, lazy, useEffect } from "react";
import { describeFilters } from "../domain/active-filters";
import { OpenDatasetButton } from "../features/datasets/open-dataset";
import { CopyLink } from "../features/share/copy-link";
import { preloadable } from "../hooks/preloadable";
import { Button } from "../ui/button";
import { useExplorer } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { EmbedHeader, Header } from "./header";
import { LessonWorksheet } from "./lesson-parts";
import { ClaimsControl } from "./claims-part";
import { LessonsControl } from "./lessons-control";
import { useResetView } from "./parts";

/** The parts a teacher works with: the header's tools, the embed dialog, handed-in work, the printed pages. */

// The handout is printed, not read on screen: its code loads once the page is idle (printing renders at
// once, with no time to load).
const handout = preloadable(() => import("../features/print/print-handout").then((module) => module.PrintHandout));

// Handed-in work: its view comes with the first file or link of it.
const handedIn = preloadable(() => import("../features/lessons/handed-in").then((module) => module.HandedIn));

// Loaded when a teacher first opens it: no reader waits for the embed dialog's code.
const EmbedDialog = lazy(() =>
  import("../features/share/embed-dialog").then((module) => ({ default: module.EmbedDialog })),
);

export function HeaderPart() {
  const {
    embedded,
    dataset,
    origin,
    view,
    update,
    source,
    shareLink,
    embedDialog,
    draft,
    building,
    buildLessonButton,
    toolsButton,
    openFiles,
  } = useExplorer();
  if (embedded) return <EmbedHeader dataset={dataset} origin={origin} fullExplorer={shareLink()} />;
  return (
    <Header
      dataset={dataset}
      origin={origin}
      theme={view.theme}
      onTheme={(next) => update({ theme: next })}
      onLanguage={(next) => update({ lang: next })}
      onShowDefault={source.showDefault}
      toolsButton={toolsButton}
      lessons={
        <>
          <LessonsControl />
          <ClaimsControl />
        </>
      }
      tools={
        <>
          <CopyLink link={shareLink} />
          <Button onClick={() => embedDialog.setOpen(true)} aria-haspopup="dialog">
            Embed
          </Button>
          <Button onClick={() => window.print()}>Print handout</Button>
          <Button ref={buildLessonButton} onClick={() => draft.setOpen(true)} aria-expanded={building}>
            Build a lesson
          </Button>
          <OpenDatasetButton onFiles={openFiles} />
        </>
      }
    />
  );
}

export function EmbedDialogPart() {
  const { embedded, embedDialog, base, view, dataset, origin } = useExplorer();
  if (embedded || !embedDialog.open) return null;
  return (
    <FeatureBoundary name="embedding" onReset={() => embedDialog.setOpen(false)}>
      <Suspense fallback={null}>
        <EmbedDialog
          open
          onClose={() => embedDialog.setOpen(false)}
          base={base()}
          view={view}
          title={dataset.title}
          fileName={origin.kind === "file" ? origin.name : null}
        />
      </Suspense>
    </FeatureBoundary>
  );
}

/** A teacher's view of the answers students handed in, above the timeline. */
export function HandInsPart() {
  const { handIns, dataset, model, selection } = useExplorer();
  if (handIns.works.length === 0 && handIns.problems.length === 0) return null;
  return (
    <FeatureBoundary name="the handed-in answers" onReset={handIns.close}>
      <Suspense fallback={<p className="text-sm text-[var(--muted)]">Opening the answers…</p>}>
        <handedIn.Component
          works={handIns.works}
          problems={handIns.problems}
          dataset={dataset}
          eventOf={(id) => model.index.byId.get(id)}
          onShowEvent={(id) => selection.select(id, "related")}
          onClose={handIns.close}
        />
      </Suspense>
    </FeatureBoundary>
  );
}

/** Printing: the lesson's worksheet in a lesson, else the handout of the events that match. */
export function PrintPart() {
  const { printing, lesson, dataset, model, view, shareLink, shortWorksheet } = useExplorer();
  const reset = useResetView();
  useEffect(() => {
    const idle = requestIdleCallback(() => void handout.preload().catch(() => {}), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  if (!printing) return null;
  if (lesson.active)
    return (
      <FeatureBoundary name="the printed worksheet" onReset={reset}>
        <LessonWorksheet
          lesson={lesson.active}
          dataset={dataset}
          index={model.index}
          link={shareLink()}
          short={shortWorksheet}
        />
      </FeatureBoundary>
    );
  return (
    <FeatureBoundary name="the printed handout" onReset={reset}>
      <Suspense fallback={null}>
        <handout.Component
          dataset={dataset}
          events={model.visible.matches}
          filters={describeFilters(dataset, view)}
          link={shareLink()}
        />
      </Suspense>
    </FeatureBoundary>
  );
}
