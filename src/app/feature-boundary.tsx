import { Component, type ErrorInfo, type ReactNode } from "react";

export interface FeatureBoundaryProps {
  /** What failed, in the reader's words: "the filters", "the list of events". */
  name: string;
  /** Puts the view back to a known state (the link without filters or selection). */
  onReset(): void;
  children: ReactNode;
}

/**
 * One feature failing never blanks the page: the rest keeps working, and this part says what failed
 * and offers a way back.
 */
export class FeatureBoundary extends Component<FeatureBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Reported once, as a warning: the page has handled it, and the message helps whoever reads it.
    console.warn(`${this.props.name} failed and was replaced by a notice:`, error.message, info.componentStack ?? "");
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border border-[var(--track-7)] bg-[var(--surface)] px-4 py-3 text-sm">
        <p className="font-semibold">Sorry: {this.props.name} stopped working.</p>
        <p className="mt-1 text-[var(--muted)]">The rest of the page still works. Resetting the view usually helps.</p>
        <button
          type="button"
          onClick={this.reset}
          className="mt-3 min-h-9 rounded-md bg-[var(--accent)] px-4 font-semibold text-[var(--surface)]"
        >
          Reset the view
        </button>
      </div>
    );
  }
}
