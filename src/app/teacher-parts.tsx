import { t } from "@lingui/core/macro";
import { Suspense, lazy, useEffect, useState } from "react";
import { describeFilters } from "../domain/active-filters";
import { langOf } from "../domain/locales";
import type { ViewState } from "../domain/view-state";
import { OpenDatasetButton } from "../features/datasets/open-dataset";
import { CopyLink } from "../features/share/copy-link";
import { preloadable } from "../hooks/preloadable";
import { Button } from "../ui/button";
import { useExplorer } from "./explorer-state";
import { FeatureBoundary } from "./feature-boundary";
import { EmbedHeader, Header } from "./explorer-header";
import { LessonWorksheet } from "./lesson-parts";
import { ClaimsControl, ClaimsHandoutPart, useArticleLanguage } from "./claims-part";
import { LessonsControl } from "./lessons-control";
import { useResetView } from "./parts";

/**
 * The parts a teacher works with: the header's tools, the embed dialog, handed-in work, the question
 * before a long handout, and the printed pages.
 */

// The handout is printed, not read on screen: its code loads once the page is idle (printing renders at
// once, with no time to load).
const handout = preloadable(() => import("../features/print/print-handout").then((module) => module.PrintHandout));

// Handed-in work: its view comes with the first file or link of it.
const handedIn = preloadable(() => import("../features/lessons/handed-in").then((module) => module.HandedIn));

// Loaded when a teacher first opens it: no reader waits for the embed dialog's code.
const EmbedDialog = lazy(() =>
  import("../features/share/embed-dialog").then((module) => ({ default: module.EmbedDialog })),
);

// Its code comes with the count of pages, loaded when Print handout is pressed.
const PrintQuestion = lazy(() =>
  import("../features/print/print-request").then((module) => ({ default: module.PrintQuestion })),
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
    pageLink,
    sharing,
    embedDialog,
    draft,
    building,
    buildLessonButton,
    toolsButton,
    openFiles,
    print,
  } = useExplorer();
  if (embedded) return <EmbedHeader dataset={dataset} origin={origin} fullExplorer={pageLink()} />;
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
          <CopyLink link={shareLink} fileName={sharing.fileName} onDownload={sharing.download} />
          <Button onClick={() => embedDialog.setOpen(true)} aria-haspopup="dialog">
            {t({ comment: "button: make the code to put this view in another page", message: "Embed" })}
          </Button>
          <Button onClick={print.request} aria-haspopup="dialog">
            {t`Print handout`}
          </Button>
          <Button ref={buildLessonButton} onClick={() => draft.setOpen(true)} aria-expanded={building}>
            {t`Build a lesson`}
          </Button>
          <OpenDatasetButton onFiles={openFiles} />
        </>
      }
    />
  );
}

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
    <FeatureBoundary name={t`embedding`} onReset={() => embedDialog.setOpen(false)}>
      <Suspense fallback={null}>
        <EmbedDialog
          open
          onClose={() => embedDialog.setOpen(false)}
          base={base()}
          view={carried.carried}
          title={dataset.title}
          fileName={sharing.fileName}
          onDownload={sharing.download}
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
    <FeatureBoundary name={t`the handed-in answers`} onReset={handIns.close}>
      <Suspense fallback={<p className="text-sm text-[var(--muted)]">{t`Opening the answers…`}</p>}>
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

/** Before a long handout is printed: its pages, and a shorter way. */
export function PrintQuestionPart() {
  const { print } = useExplorer();
  const question = print.question;
  // The last question stays mounted, closed, so that its dialog hands the focus back as it closes.
  const [last, setLast] = useState(question);
  if (question && question !== last) setLast(question);
  if (!last) return null;
  return (
    <FeatureBoundary name={t`printing`} onReset={print.cancel}>
      <Suspense fallback={null}>
        <PrintQuestion
          open={question !== null}
          {...last}
          onPrint={print.print}
          onChooseFilters={print.chooseFilters}
          onCancel={print.cancel}
        />
      </Suspense>
    </FeatureBoundary>
  );
}

/** Printing: the lesson's worksheet in a lesson, else the handout of the events that match. */
export function PrintPart() {
  const { printing, print, lesson, dataset, model, view, printLink, shortWorksheet } = useExplorer();
  const reset = useResetView();
  const articleLanguage = useArticleLanguage();
  useEffect(() => {
    const idle = requestIdleCallback(() => void handout.preload().catch(() => {}), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  if (!printing) return null;
  // What of an event's text is shown in the dataset's own language (not translated) says so.
  const textLang = (id: string, field: "title" | "summary" | "details" | "notes") =>
    langOf(model.context.textLanguage(id, field), model.context.pageLanguage);
  if (lesson.active)
    return (
      <FeatureBoundary name={t`the printed worksheet`} onReset={reset}>
        <LessonWorksheet
          lesson={lesson.active}
          dataset={dataset}
          index={model.index}
          locale={model.locale}
          link={printLink()}
          short={shortWorksheet}
          articleLanguage={articleLanguage}
          textLang={textLang}
        />
      </FeatureBoundary>
    );
  if (view.view === "claims" && dataset.claims?.length)
    return (
      <FeatureBoundary name={t`the printed claims`} onReset={reset}>
        <ClaimsHandoutPart />
      </FeatureBoundary>
    );
  return (
    <FeatureBoundary name={t`the printed handout`} onReset={reset}>
      <Suspense fallback={null}>
        <handout.Component
          dataset={dataset}
          events={model.visible.matches}
          filters={describeFilters(dataset, view)}
          locale={model.locale}
          link={printLink()}
          brief={print.brief}
          original={articleLanguage}
          textLang={textLang}
        />
      </Suspense>
    </FeatureBoundary>
  );
}
