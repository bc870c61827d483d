/**
 * Shows a readable message instead of a blank screen when a page throws while
 * rendering. Scoped per page (keyed by route), so navigating away recovers.
 * The message itself is a function component, so it can use the translator.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

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
    return <PageError error={error} onRetry={() => this.setState({ error: undefined })} />;
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="page-error">
      <h1>{t('app.error.title')}</h1>
      <p>{t('app.error.body')}</p>
      <pre className="page-error__detail">{error.message}</pre>
      <div className="row">
        <button type="button" onClick={onRetry}>
          {t('app.error.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
      </div>
    </div>
  );
}
