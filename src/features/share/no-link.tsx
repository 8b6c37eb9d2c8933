import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";

/** What the reader is told when no link can open the timeline shown, in one place. */
export const NO_LINK_TEXT = {
  title: "This timeline is too large to share as a link",
  fromFile: (name: string) => `“${name}” was opened from your computer, so a link opens it only by carrying it.`,
  carried: "A link carries this timeline whole, and with this view it would be longer than links can be.",
  tooLarge:
    "A link can carry a small timeline (up to 8,000 characters once compressed); this one does not fit, and a link without it would open a different timeline.",
  outcome: { copy: "So nothing was copied.", embed: "So no embed code is made." },
  howTitle: "To share it:",
  download: "Download it as JSON (below), or use the file you opened.",
  online:
    "Put the file online where anyone can open it: your school's website, GitHub Pages, or a shared drive's public link to the file itself.",
  open: "Open the explorer with data= and the file's address, for example",
  example: "?data=https://your-school.example/my-timeline.json",
  then: "Copy link, Embed and lesson links then open it for everyone.",
  button: "Download JSON",
} as const;

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
      {titled && <p className="font-semibold">{NO_LINK_TEXT.title}</p>}
      <p>
        {fileName ? NO_LINK_TEXT.fromFile(fileName) : NO_LINK_TEXT.carried} {NO_LINK_TEXT.tooLarge}{" "}
        {NO_LINK_TEXT.outcome[outcome]}
      </p>
      <p className="font-semibold">{NO_LINK_TEXT.howTitle}</p>
      <ol className="list-decimal space-y-1 pl-5">
        <li>{NO_LINK_TEXT.download}</li>
        <li>{NO_LINK_TEXT.online}</li>
        <li>
          {NO_LINK_TEXT.open} <code className="break-all">{NO_LINK_TEXT.example}</code>. {NO_LINK_TEXT.then}
        </li>
      </ol>
      <Button onClick={onDownload}>{NO_LINK_TEXT.button}</Button>
    </div>
  );
}

/** The same in a dialog of its own: what Copy link opens instead of copying. */
export function NoLinkDialog({ open, onClose, ...props }: NoLinkProps & { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} title={NO_LINK_TEXT.title} onClose={onClose}>
      <NoLink {...props} />
    </Dialog>
  );
}
