import { Trans } from "@lingui/react/macro";
import type { ReactNode } from "react";
import { Button } from "../ui/button";
import { ErrorBoundary } from "../ui/error-boundary";
import { Notice } from "../ui/notice";

export interface FeatureBoundaryProps {
  /** What failed, in the reader's words and language (t`the filters`, t`the list of events`): it fills a sentence. */
  name: string;
  /** Puts the view back to a known state (the link without filters or selection). */
  onReset(): void;
  children: ReactNode;
}

/**
 * One feature failing never blanks the page: the rest keeps working, and this part says what failed
 * and offers a way back.
 */
export function FeatureBoundary({ name, onReset, children }: FeatureBoundaryProps) {
  return (
    <ErrorBoundary
      // Reported once, as a warning: the page has handled it, and the message helps whoever reads it.
      onError={(error, info) =>
        console.warn(`${name} failed and was replaced by a notice:`, error.message, info.componentStack ?? "")
      }
      fallback={(retry) => (
        <Notice
          tone="error"
          title={
            <Trans comment="name: a part of the page, such as “the filters” or “the list of events”">
              Sorry: {name} stopped working.
            </Trans>
          }
        >
          <p className="mt-1 text-[var(--muted)]">
            <Trans>The rest of the page still works. Resetting the view usually helps.</Trans>
          </p>
          <Button
            variant="primary"
            className="mt-3 px-4"
            onClick={() => {
              onReset();
              retry();
            }}
          >
            <Trans>Reset the view</Trans>
          </Button>
        </Notice>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
