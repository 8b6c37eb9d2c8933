import { Component, type ErrorInfo, type ReactNode } from "react";

export interface ErrorBoundaryProps {
  /** What shows instead of the children once they fail; `reset` tries them again. */
  fallback(reset: () => void): ReactNode;
  /** Told once per failure: to log it, or to let the surrounding layout know. */
  onError?(error: Error, info: ErrorInfo): void;
  children: ReactNode;
}

/** A part of the page that fails is replaced by its fallback; the rest keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  private reset = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.reset) : this.props.children;
  }
}
