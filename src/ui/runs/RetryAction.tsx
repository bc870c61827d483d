/** A retry's button with its hint and any error: it starts a new run (whole, or from the failed step) and opens it. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { RunRecord } from '../../state/runtime';
import { ErrorAlert } from '../common/ErrorAlert';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';

export interface RetryActionProps {
  label: string;
  hint: string;
  /** Starts the new run; undefined when the run to retry is gone. */
  start: () => Promise<RunRecord | undefined>;
  /** Where the new run opens. */
  href: (runId: string) => string;
}

export function RetryAction({ label, hint, start, href }: RetryActionProps) {
  const t = useT();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const { error, run } = useAsyncAction();
  const retry = () => {
    setBusy(true);
    void run(async () => {
      try {
        const next = await start();
        if (!next) throw new Error(t('runs.retry.gone'));
        navigate(href(next.id));
      } finally {
        setBusy(false);
      }
    });
  };
  return (
    <div className="run__retry">
      <div className="row">
        <button type="button" className="primary" onClick={retry} disabled={busy}>
          {label}
        </button>
        <span className="muted">{hint}</span>
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
