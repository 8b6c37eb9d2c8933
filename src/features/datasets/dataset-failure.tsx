import type { Problem } from "../../domain/validate-dataset";
import { Notice } from "../../ui/notice";

export interface DatasetFailureProps {
  source: string;
  problems: readonly Problem[];
  /** What the page shows instead, e.g. "the default timeline". */
  keeping: string;
  onDismiss(): void;
}

const SHOWN = 50;

/** Why a dataset could not be opened: each problem with where it is and what to do. */
export function DatasetFailure({ source, problems, keeping, onDismiss }: DatasetFailureProps) {
  return (
    <Notice
      tone="error"
      title={
        <>
          Could not open <bdi>{source}</bdi>: {problems.length === 1 ? "1 problem" : `${problems.length} problems`}.
          <p className="mt-0.5 font-normal text-[var(--muted)]">Nothing was changed: the page still shows {keeping}.</p>
        </>
      }
      onDismiss={onDismiss}
    >
      <ol className="mt-3 max-h-72 list-decimal space-y-2 overflow-y-auto pl-5" aria-label="Problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            {problem.path && (
              <code className="font-mono text-xs font-semibold break-all">
                <bdi>{problem.path}</bdi>
              </code>
            )}
            {problem.path && ": "}
            <bdi>{problem.message}</bdi>
            {problem.hint && <span className="block text-[var(--muted)]">{problem.hint}</span>}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && (
        <p className="mt-2 text-[var(--muted)]">
          …and {problems.length - SHOWN} more. Fix these first, then try again.
        </p>
      )}
    </Notice>
  );
}
