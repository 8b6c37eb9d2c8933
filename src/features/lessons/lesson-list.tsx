import { plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Lesson } from "../../domain/schema";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";

/** A dataset's lessons, each with what it is about and how long it is, and a way to start it. */
export function LessonList({ lessons, onOpen }: { lessons: readonly Lesson[]; onOpen(id: string): void }) {
  return (
    <ul className="space-y-3">
      {lessons.map((lesson) => {
        const title = asText(lesson.title);
        const steps = lesson.steps.length;
        return (
          <li key={lesson.id} className="rounded-md border border-[var(--line)] p-3">
            <h3 className="font-serif font-semibold">
              <bdi>{lesson.title}</bdi>
            </h3>
            {lesson.description && (
              <p className="mt-1 text-sm leading-relaxed">
                <bdi>{lesson.description}</bdi>
              </p>
            )}
            <p className="mt-1 text-xs text-[var(--muted)]">{plural(steps, { one: "# step", other: "# steps" })}</p>
            <Button size="sm" className="mt-2" onClick={() => onOpen(lesson.id)}>
              <Trans>
                Start<span className="sr-only"> the lesson “{title}”</span>
              </Trans>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
