/**
 * Shows a readable message instead of a blank screen when a page throws while
 * rendering. Scoped per page (keyed by route), so navigating away recovers.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Flowbench page crashed', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="page-error">
        <h1>Something went wrong on this page</h1>
        <p>
          Flowbench hit an unexpected problem and stopped showing this page. Your saved work is kept in this browser;
          other pages still work.
        </p>
        <pre className="page-error__detail">{error.message}</pre>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload Flowbench
          </button>
        </div>
      </div>
    );
  }
}
