import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useState } from "react";
import { LessonList } from "../features/lessons/lesson-list";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Notice } from "../ui/notice";
import { useExplorer } from "./explorer-state";
import { asText } from "../ui/as-text";

/** Opens a lesson of the dataset from the start: its first step, nothing else of the view changed. */
function useOpenLesson() {
  const { update } = useExplorer();
  return (id: string) => update({ lesson: id, step: null, path: null, event: null });
}

/** "Lessons" in the header: the dataset's lessons, each with its description and length, one click to start. */
export function LessonsControl() {
  const { dataset } = useExplorer();
  const openLesson = useOpenLesson();
  const [open, setOpen] = useState(false);
  const lessons = dataset.lessons ?? [];
  if (lessons.length === 0) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t`Lessons`}
      </Button>
      <Dialog open={open} title={t`Lessons`} onClose={() => setOpen(false)}>
        <LessonList
          lessons={lessons}
          onOpen={(id) => {
            setOpen(false);
            openLesson(id);
          }}
        />
      </Dialog>
    </>
  );
}

/** A mistyped lesson link: it says so, and lists the lessons there are. */
export function MissingLessonNotice() {
  const { missingLesson, dataset, dismissLinkNotice } = useExplorer();
  const openLesson = useOpenLesson();
  const lessons = dataset.lessons ?? [];
  if (!missingLesson) return null;
  const missing = asText(missingLesson);
  return (
    <Notice
      tone="warning"
      title={
        lessons.length > 0 ? (
          <Trans>
            This timeline has no lesson “<bdi>{missing}</bdi>”. Its lessons are these:
          </Trans>
        ) : (
          <Trans>
            This timeline has no lesson “<bdi>{missing}</bdi>”. It has no lessons.
          </Trans>
        )
      }
      onDismiss={dismissLinkNotice}
    >
      {lessons.length > 0 && (
        <div className="mt-3">
          <LessonList
            lessons={lessons}
            onOpen={(id) => {
              dismissLinkNotice();
              openLesson(id);
            }}
          />
        </div>
      )}
    </Notice>
  );
}
