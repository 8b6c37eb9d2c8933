import { plural, t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import type { Problem } from "../../domain/validate-dataset";
import { asText } from "../../ui/as-text";
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
export function DatasetFailure({ problems, onDismiss, ...props }: DatasetFailureProps) {
  const source = asText(props.source);
  const keeping = asText(props.keeping);
  const count = problems.length;
  const more = problems.length - SHOWN;
  return (
    <Notice
      tone="error"
      title={
        <>
          {/* A plural's forms must be elements (not fragments) for their words to be one message. */}
          <Plural
            value={count}
            one={
              <span>
                Could not open <bdi>{source}</bdi>: # problem.
              </span>
            }
            other={
              <span>
                Could not open <bdi>{source}</bdi>: # problems.
              </span>
            }
          />
          <p className="mt-0.5 font-normal text-[var(--muted)]">
            <Trans comment="keeping: what the page shows instead, e.g. the default timeline">
              Nothing was changed: the page still shows {keeping}.
            </Trans>
          </p>
        </>
      }
      onDismiss={onDismiss}
    >
      <ol className="mt-3 max-h-72 list-decimal space-y-2 overflow-y-auto ps-5" aria-label={t`Problems`}>
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
          {plural(more, {
            one: "…and # more. Fix these first, then try again.",
            other: "…and # more. Fix these first, then try again.",
          })}
        </p>
      )}
    </Notice>
  );
}
