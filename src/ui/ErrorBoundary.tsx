/**
 * Shows a readable message instead of a blank screen when a page throws while
 * rendering. Scoped per page (keyed by route), so navigating away recovers.
 * The message itself is a function component, so it can use the translator.
 *
 * Stored data is parsed before it reaches a page, and unreadable records are
 * listed where they can be removed (UnreadableRecords); should a record still
 * make a page throw, the message offers to remove what was imported
 * (RepairActions), so no stored data can keep a page broken for good.
 */
import { Component, type ErrorInfo, type ReactNode, Suspense } from 'react';
import { useT } from './i18n';
import { lazyWithMessages } from './i18n/lazyWithMessages';

// Loaded when a page has failed (it is not needed before); should it fail to load, Quiet hides it.
const RepairActions = lazyWithMessages(['repair'], () => import('./RepairActions').then((m) => m.RepairActions));

interface Props {
  children: ReactNode;
  /** The route shown, for the repair actions (the editor's workflow). */
  location: string;
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
    const retry = () => this.setState({ error: undefined });
    return <PageError error={error} location={this.props.location} onRetry={retry} />;
  }
}

/** Renders nothing if its children throw: the repair actions must never take the error view down with them. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

function PageError({ error, location, onRetry }: { error: Error; location: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="page-error">
      <div role="alert">
        <h1>{t('app.error.title')}</h1>
        <p>{t('app.error.body')}</p>
        <pre className="page-error__detail">{error.message}</pre>
      </div>
      <div className="row">
        <button type="button" onClick={onRetry}>
          {t('app.error.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
      </div>
      <Quiet>
        <Suspense fallback={null}>
          <RepairActions location={location} onRepaired={onRetry} />
        </Suspense>
      </Quiet>
    </div>
  );
}
