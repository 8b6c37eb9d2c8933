import { t } from "@lingui/core/macro";
import { Suspense, lazy, useEffect } from "react";
import type { EventIndex } from "../domain/filter";
import { hasSourceArticle } from "../domain/labels";
import type { Dataset } from "../domain/schema";
import { DEFAULT_VIEW, type ViewState } from "../domain/view-state";
import { fullExplorerUrl } from "../domain/embed";
import { copyText } from "../features/share/clipboard";
import { preloadable } from "../hooks/preloadable";
import { focusWhenThere } from "../platform/focus-when-there";
import { download } from "../platform/download";
import { FeatureBoundary } from "./feature-boundary";
import type { ActiveLesson, LessonMode } from "./use-lesson";
import type { LessonDraftState } from "./use-lesson-draft";
import type { Sharing } from "./use-sharing";
import type { UpdateView } from "./use-view";

// Lessons' code loads only when a lesson or the builder is opened.
// Why a lesson link cannot be made, only when it cannot.
const NoLink = lazy(() => import("../features/share/no-link").then((module) => ({ default: module.NoLink })));
const lessonPanel = preloadable(() => import("../features/lessons").then((module) => module.LessonPanel));
const worksheet = preloadable(() => import("../features/lessons").then((module) => module.Worksheet));
const lessonBuilder = preloadable(() => import("../features/lessons").then((module) => module.LessonBuilder));

/**
 * What the lesson panel and the worksheet share: the lesson, how to name its events, and the article's claims
 * a step may ask the student to judge (in the page's language: their explanations translated).
 */
function lessonContext(
  active: ActiveLesson,
  dataset: Dataset,
  index: EventIndex,
  locale: string,
  articleLanguage?: string,
) {
  return {
    lesson: active.lesson,
    fromLink: active.fromLink,
    datasetId: dataset.id,
    datasetTitle: dataset.title,
    // Dates as the page writes them (in Dari, Afghan months and digits), not in the dataset's language.
    locale,
    eventOf: (id: string) => index.byId.get(id),
    claimOf: (id: string) => dataset.claims?.find((claim) => claim.id === id),
    articleLanguage,
  };
}

/** Lesson mode's panel and the lesson builder, where the layout puts them (beside or above the events). */
export function LessonParts(props: {
  mode: LessonMode;
  draft: LessonDraftState;
  building: boolean;
  dataset: Dataset;
  index: EventIndex;
  /** The locale dates are written in (the page's). */
  locale: string;
  /** The language the article's words are in, where it is not the page's. */
  articleLanguage?: string | undefined;
  view: ViewState;
  update: UpdateView;
  wide: boolean;
  /** The view's link for the answers' file; null when no link opens this timeline. */
  link(): string | null;
  base(): string;
  sharing: Sharing;
  onPrint(short: boolean): void;
  /** After the builder closes: the focus goes back to what opened it, as a dialog's does. */
  onBuilderClosed(): void;
}) {
  const { mode, draft, building, dataset, index, view } = props;
  const lesson = mode.active;
  // The worksheet is printed at once when asked for, with no time to load: its code comes with the panel's.
  useEffect(() => {
    if (lesson) void worksheet.preload().catch(() => {});
  }, [lesson]);
  if (!lesson && !building) return null;
  return (
    <div className="space-y-4">
      {lesson && (
        <FeatureBoundary name={t`the lesson`} onReset={mode.leave}>
          <Suspense fallback={<p className="text-sm text-[var(--muted)]">{t`Loading the lesson…`}</p>}>
            <lessonPanel.Component
              {...lessonContext(lesson, dataset, index, props.locale, props.articleLanguage)}
              step={lesson.step}
              selectedId={view.event}
              compact={props.wide && !view.embed}
              backBar={!props.wide && !view.embed}
              onGo={(step) => mode.go(step)}
              onShowStep={mode.showStep}
              onLeave={() => {
                mode.leave();
                // Leave lesson goes with the panel: the focus goes to what the page shows (not its start).
                focusWhenThere(view.view === "claims" ? "claims" : "events");
              }}
              onDownload={(fileName, text) => download(fileName, "text/plain;charset=utf-8", `\uFEFF${text}`)}
              link={props.link}
              onPrint={props.onPrint}
              handIn={
                view.embed
                  ? undefined
                  : {
                      // The teacher opens it on this dataset (data=, or the timeline the link carries: pack=),
                      // in this lesson. A file's timeline goes in the link too, or there is no link.
                      linkFor: (answers) =>
                        props.sharing.linkNow(
                          {
                            ...DEFAULT_VIEW,
                            data: view.data,
                            pack: view.pack,
                            lesson: view.lesson,
                            path: view.path,
                            answers,
                          },
                          (shared) => fullExplorerUrl(props.base(), shared),
                        ),
                      copy: copyText,
                      onDownload: (fileName, json) => download(fileName, "application/json", json),
                    }
              }
            />
          </Suspense>
        </FeatureBoundary>
      )}
      {building && (
        <FeatureBoundary name={t`the lesson builder`} onReset={() => draft.setOpen(false)}>
          <Suspense fallback={<p className="text-sm text-[var(--muted)]">{t`Loading the lesson builder…`}</p>}>
            <lessonBuilder.Component
              draft={draft.draft}
              dataset={dataset}
              eventOf={(id) => index.byId.get(id)}
              onChange={draft.change}
              // On this dataset (data=, or a timeline carried whole: pack=) and theme, from the lesson's first step.
              linkFor={(path) =>
                props.sharing.link(
                  { ...DEFAULT_VIEW, data: view.data, pack: view.pack, theme: view.theme, path },
                  (shared) => fullExplorerUrl(props.base(), shared),
                )
              }
              noLink={
                <Suspense fallback={null}>
                  <NoLink titled fileName={props.sharing.fileName} onDownload={props.sharing.download} />
                </Suspense>
              }
              copy={copyText}
              onDownload={(fileName, json) => download(fileName, "application/json", json)}
              onPreview={(path) => props.update({ path, lesson: null, step: null, event: null })}
              onClose={() => {
                draft.setOpen(false);
                props.onBuilderClosed();
              }}
            />
          </Suspense>
        </FeatureBoundary>
      )}
    </div>
  );
}

/** Printing in a lesson: its worksheet instead of the handout. */
export function LessonWorksheet({
  lesson,
  dataset,
  index,
  locale,
  link,
  short,
  articleLanguage,
  textLang,
}: {
  lesson: ActiveLesson;
  dataset: Dataset;
  index: EventIndex;
  locale: string;
  articleLanguage?: string | undefined;
  /** The `lang` of an event's text as shown, where it is not the page's. */
  textLang?: (id: string, field: "title" | "summary" | "details" | "notes") => string | undefined;
  link: string | null;
  short: boolean;
}) {
  return (
    <Suspense fallback={null}>
      <worksheet.Component
        {...lessonContext(lesson, dataset, index, locale, articleLanguage)}
        link={link}
        short={short}
        trackLabel={(id: string) => index.trackLabels.get(id) ?? id}
        actorLabel={(id: string) => index.actorLabels.get(id) ?? id}
        article={hasSourceArticle(dataset)}
        textLang={textLang}
      />
    </Suspense>
  );
}
