import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { asText } from "../../ui/as-text";
import { Button } from "../../ui/button";

export interface LoadingNoticeProps {
  address: string;
  onCancel(): void;
  /** On the page's first load there is nothing else to show: the notice fills the page. */
  full: boolean;
}

/** A dataset is being fetched: say from where, and offer the way out. */
export function LoadingNotice({ onCancel, full, ...props }: LoadingNoticeProps) {
  const address = asText(props.address);
  return (
    <div
      className={
        full
          ? "mx-auto mt-16 max-w-xl rounded-lg border border-[var(--line)] bg-[var(--surface)] px-6 py-8 text-center"
          : "flex flex-wrap items-center justify-between gap-3 rounded-lg border border-[var(--line)] bg-[var(--surface)] px-4 py-3 text-sm"
      }
    >
      <p className={full ? "text-lg" : ""}>
        <Trans>
          Loading the dataset from <span className="font-mono text-sm break-all">{address}</span>…
        </Trans>
      </p>
      <Button onClick={onCancel} className={full ? "mt-4" : ""}>
        {t`Cancel`}
      </Button>
    </div>
  );
}
