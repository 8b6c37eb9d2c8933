import { i18n } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

/** What the reader is told when no link can open the timeline shown, in one place (rendered with i18n._). */
export const NO_LINK_TEXT = {
  title: msg`This timeline is too large to share as a link`,
  carried: msg`A link carries this timeline whole, and with this view it would be longer than links can be.`,
  tooLarge: msg`A link can carry a small timeline (up to 8,000 characters once compressed); this one does not fit, and a link without it would open a different timeline.`,
  outcome: { copy: msg`So nothing was copied.`, embed: msg`So no embed code is made.` },
  howTitle: msg`To share it:`,
  download: msg`Download it as JSON (below), or use the file you opened.`,
  online: msg`Put the file online where anyone can open it: your school's website, GitHub Pages, or a shared drive's public link to the file itself.`,
  button: msg`Download JSON`,
};
const EXAMPLE = "?data=https://your-school.example/my-timeline.json";

export interface NoLinkProps {
  /** The file the timeline came from; null for one carried in a link. */
  fileName: string | null;
  /** Saves the whole timeline as a JSON file, to put online. */
  onDownload(): void;
  /** Starts with its title, where no dialog gives it one. */
  titled?: boolean;
  /** What was not done for want of a link: a link copied (the default), or embed code made. */
  outcome?: keyof typeof NO_LINK_TEXT.outcome;
}

/** Why no link is given for this timeline, and how to share it instead. */
export function NoLink({ fileName, onDownload, titled = false, outcome = "copy" }: NoLinkProps) {
  return (
    <div className="space-y-2 text-sm">
      {titled && <p className="font-semibold">{i18n._(NO_LINK_TEXT.title)}</p>}
      <p>
        {fileName ? <FromFile name={fileName} /> : i18n._(NO_LINK_TEXT.carried)} {i18n._(NO_LINK_TEXT.tooLarge)}{" "}
        {i18n._(NO_LINK_TEXT.outcome[outcome])}
      </p>
      <p className="font-semibold">{i18n._(NO_LINK_TEXT.howTitle)}</p>
      <ol className="list-decimal space-y-1 ps-5">
        <li>{i18n._(NO_LINK_TEXT.download)}</li>
        <li>{i18n._(NO_LINK_TEXT.online)}</li>
        <li>
          <Trans>
            Open the explorer with data= and the file's address, for example{" "}
            <code className="break-all">{EXAMPLE}</code>. Copy link, Embed and lesson links then open it for everyone.
          </Trans>
        </li>
      </ol>
      <Button onClick={onDownload}>{i18n._(NO_LINK_TEXT.button)}</Button>
    </div>
  );
}

function FromFile(props: { name: string }) {
  const name = asText(props.name);
  return <Trans>“{name}” was opened from your computer, so a link opens it only by carrying it.</Trans>;
}

/** The same in a dialog of its own: what Copy link opens instead of copying. */
export function NoLinkDialog({ open, onClose, ...props }: NoLinkProps & { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} title={i18n._(NO_LINK_TEXT.title)} onClose={onClose}>
      <NoLink {...props} />
    </Dialog>
  );
}
