import { plural, t } from "@lingui/core/macro";
import { useEffect, useEffectEvent, useId, useState } from "react";
import { fitsInLink } from "../../domain/embed";
import { handInFileName, type HandIn } from "../../domain/hand-in";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { fieldClass } from "../../ui/field";

export interface HandInProps {
  /** The work as it stands now (name, answers), made when the student asks to hand it in. */
  handIn(): HandIn;
  /** The link that opens this work for the teacher, from the packed work; null when no link opens its timeline. */
  linkFor(packed: string): string | null;
  copy(text: string): Promise<boolean>;
  onDownload(fileName: string, json: string): void;
}

/**
 * "Hand in": the student's work as one file (and a link, when it fits), for the student to give to the
 * teacher by the class's own means. Nothing is sent anywhere.
 */
export function HandInButton(props: HandInProps) {
  const [work, setWork] = useState<HandIn | null>(null);
  return (
    <>
      <Button variant="primary" onClick={() => setWork(props.handIn())} aria-haspopup="dialog">
        {t`Hand in`}
      </Button>
      {work && <HandInDialog work={work} {...props} onClose={() => setWork(null)} />}
    </>
  );
}

function HandInDialog({ work, linkFor, copy, onDownload, onClose }: HandInProps & { work: HandIn; onClose(): void }) {
  const id = useId();
  const [link, setLink] = useState<string | null | "long">(null);
  const [status, setStatus] = useState("");
  const linkOf = useEffectEvent((packed: string) => linkFor(packed));
  useEffect(() => {
    let live = true;
    void import("../../domain/packed")
      .then(({ packJson }) => packJson(work))
      .then((packed) => {
        const full = linkOf(packed);
        if (live) setLink(full !== null && fitsInLink(full) ? full : "long");
      });
    return () => {
      live = false;
    };
  }, [work]);
  const unanswered = work.answers.filter((answer) => answer === "").length;
  return (
    <Dialog open title={t`Hand in your answers`} onClose={onClose}>
      <p>
        {t`Your name, the lesson and your answers are saved together as one file. Nothing is sent anywhere: give the file to your teacher the way your class hands in work (your learning platform, email, a shared folder).`}
      </p>
      {work.name === "" && (
        <p className="mt-2 font-semibold">
          {t`You have not written your name: your teacher will not know whose work this is. Write it in the lesson first.`}
        </p>
      )}
      {unanswered > 0 && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          {plural(unanswered, { one: "# step has no answer yet.", other: "# steps have no answer yet." })}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          variant="primary"
          data-autofocus
          onClick={() => {
            const fileName = handInFileName(work);
            onDownload(fileName, JSON.stringify(work, null, 2));
            setStatus(t`Saved as ${fileName}.`);
          }}
        >
          {t`Download the file`}
        </Button>
      </div>
      {link === "long" && (
        <p className="mt-3 text-sm">{t`Your answers are too long to fit in a link with this timeline: hand in the file.`}</p>
      )}
      {link !== null && link !== "long" && (
        <div className="mt-4">
          <label htmlFor={`${id}-link`} className="block text-sm font-semibold">
            {t`Or a link to your answers`}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            dir="ltr"
            value={link}
            className={`mt-1 ${fieldClass()}`}
            onFocus={(e) => e.target.select()}
          />
          <Button
            className="mt-2"
            onClick={async () =>
              setStatus((await copy(link)) ? t`Link copied.` : t`Select the link above and copy it.`)
            }
          >
            {t`Copy the link`}
          </Button>
        </div>
      )}
      <p role="status" className="mt-3 text-sm empty:hidden">
        {status}
      </p>
    </Dialog>
  );
}
