import { t } from "@lingui/core/macro";
import { useEffect, useState, type ReactNode, type RefObject } from "react";
import { Button } from "../../ui/button";

/** The end of a lesson: it says so, and offers what to do with the answers. */
export function LessonFinished({
  nameField,
  onDownload,
  onPrint,
  handIn,
}: {
  /** "Your name", when it was not asked for at the start (a one-step lesson asks there). */
  nameField: ReactNode;
  onDownload(): void;
  onPrint(short: boolean): void;
  handIn?: ReactNode;
}) {
  return (
    <div
      className="mt-4 rounded-md border border-[var(--line)] bg-[var(--page)] p-3"
      role="group"
      aria-label={t`Lesson finished`}
    >
      <p className="font-semibold">{t`This is the last step: once you have answered it, the lesson is finished.`}</p>
      <p className="mt-1 text-sm text-[var(--muted)]">
        {t`Keep your work: download your answers, print them on the worksheet, or hand them in to your teacher.`}
      </p>
      {nameField}
      <div className="mt-3 flex flex-wrap gap-1.5">
        {handIn}
        <Button onClick={onDownload}>{t`Download my answers`}</Button>
        <Button onClick={() => onPrint(false)}>{t`Print my worksheet`}</Button>
      </div>
    </div>
  );
}

/** Below the steps: download, print (whole or short) and clear, with a confirmation. */
export function LessonActions({
  ended,
  handIn,
  answered,
  onDownload,
  onPrint,
  onClear,
  confirmClear,
  onConfirmClear,
}: {
  /** The last step, whose end box offers the download and the print already. */
  ended: boolean;
  /** Hand in, once something is answered (the last step's box offers it too). */
  handIn?: ReactNode;
  answered: boolean;
  onDownload(): void;
  onPrint(short: boolean): void;
  onClear(): void;
  confirmClear: boolean;
  onConfirmClear(confirming: boolean): void;
}) {
  return (
    <div className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {!ended && (
        <>
          {answered && handIn}
          <Button variant="link" onClick={onDownload}>
            {t`Download my answers`}
          </Button>
          <Button variant="link" onClick={() => onPrint(false)}>
            {t`Print worksheet`}
          </Button>
        </>
      )}
      <Button variant="link" onClick={() => onPrint(true)}>
        {t`Print short worksheet`}
      </Button>
      {answered &&
        (confirmClear ? (
          <span className="inline-flex flex-wrap items-baseline gap-2">
            {t`Clear every answer of this lesson?`}
            <Button
              variant="link"
              onClick={() => {
                onClear();
                onConfirmClear(false);
              }}
            >
              {t`Yes, clear them`}
            </Button>
            <Button variant="link" onClick={() => onConfirmClear(false)}>
              {t`Keep them`}
            </Button>
          </span>
        ) : (
          <Button variant="link" onClick={() => onConfirmClear(true)}>
            {t`Clear my answers`}
          </Button>
        ))}
    </div>
  );
}

/**
 * On a phone the step's card is far below its question: while the lesson's panel is out of sight, a bar
 * at the bottom of the screen leads back to the question and the answer box, one tap away.
 */
export function BackToQuestion({
  panel,
  position,
  onBack,
}: {
  panel: RefObject<HTMLElement | null>;
  position: string;
  onBack(): void;
}) {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setAway(!entry!.isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [panel]);
  // The page's end stays above the bar.
  useEffect(() => {
    document.documentElement.classList.toggle("te-bottom-bar", away);
    return () => document.documentElement.classList.remove("te-bottom-bar");
  }, [away]);
  if (!away) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-30 border-t border-[var(--line)] bg-[var(--surface)] px-4 py-2 shadow-[0_-2px_8px_rgb(0_0_0/0.12)] print:hidden">
      <Button
        variant="primary"
        block
        onClick={() => {
          panel.current?.scrollIntoView({ block: "start" });
          onBack();
        }}
      >
        {t`${position}: back to the question`}
      </Button>
    </div>
  );
}
