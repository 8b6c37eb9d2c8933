import { useState } from "react";
import { LessonList } from "../features/lessons/lesson-list";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Notice } from "../ui/notice";
import { useExplorer } from "./explorer-state";

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
        Lessons
      </Button>
      <Dialog open={open} title="Lessons" onClose={() => setOpen(false)}>
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
  return (
    <Notice
      tone="warning"
      title={
        <>
          This timeline has no lesson “<bdi>{missingLesson}</bdi>”.{" "}
          {lessons.length > 0 ? "Its lessons are these:" : "It has no lessons."}
        </>
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
