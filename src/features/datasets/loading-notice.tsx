import { Button } from "../../ui/button";

export interface LoadingNoticeProps {
  address: string;
  onCancel(): void;
  /** On the page's first load there is nothing else to show: the notice fills the page. */
  full: boolean;
}

/** A dataset is being fetched: say from where, and offer the way out. */
export function LoadingNotice({ address, onCancel, full }: LoadingNoticeProps) {
  return (
    <div
      className={
        full
          ? "mx-auto mt-16 max-w-xl rounded-lg border border-[var(--line)] bg-[var(--surface)] px-6 py-8 text-center"
          : "flex flex-wrap items-center justify-between gap-3 rounded-lg border border-[var(--line)] bg-[var(--surface)] px-4 py-3 text-sm"
      }
    >
      <p className={full ? "text-lg" : ""}>
        Loading the dataset from <span className="font-mono text-sm break-all">{address}</span>…
      </p>
      <Button onClick={onCancel} className={full ? "mt-4" : ""}>
        Cancel
      </Button>
    </div>
  );
}
