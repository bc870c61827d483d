/**
 * One run: what started it, how it went step by step, why it was skipped or
 * when it resumes, and for a failed run a retry with its original trigger
 * data (which opens the new run).
 */
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { type RunRecord, retryRun } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { DataList } from './DataList';
import { formatTime, triggerName } from './format';
import { RunStatusBadge } from './RunStatusBadge';
import { StepTimeline } from './StepTimeline';

export function RunDetail({ run, org }: { run: RunRecord; org: Organization | undefined }) {
  const storeName = org?.stores.find((s) => s.id === run.storeId)?.name ?? `Removed store (${run.storeId})`;
  return (
    <section aria-labelledby="run-title" className="page run">
      <p className="run__back">
        <Link href="/runs">← All runs</Link>
      </p>
      <h1 id="run-title">
        Run of {run.workflowName} in {storeName}
      </h1>
      <dl className="run__meta" aria-label="Run facts">
        <div>
          <dt>Status</dt>
          <dd>
            <RunStatusBadge status={run.status} />
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>
            <time dateTime={run.startedAt}>{formatTime(run.startedAt)}</time>
          </dd>
        </div>
        {run.finishedAt && (
          <div>
            <dt>Finished</dt>
            <dd>
              <time dateTime={run.finishedAt}>{formatTime(run.finishedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Workflow</dt>
          <dd>
            <Link href={`/editor/${run.workflowId}`}>{run.workflowName}</Link>
          </dd>
        </div>
        {run.retryOf && (
          <div>
            <dt>Retry of</dt>
            <dd>
              <Link href={`/runs/${run.retryOf}`}>the earlier failed run</Link>
            </dd>
          </div>
        )}
      </dl>
      {run.status === 'waiting' && (
        <p className="run__note">
          Resumes at <time dateTime={run.resumeAt}>{formatTime(run.resumeAt)}</time> on the simulated clock.
        </p>
      )}
      {run.status === 'skipped' && (
        <div className="run__note">
          <h2>Why it did not run</h2>
          <ul aria-label="Reasons">
            {run.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {run.status === 'failed' && <RetryButton runId={run.id} />}
      <section aria-labelledby="event-title" className="card">
        <h2 id="event-title">Trigger event</h2>
        <p>
          {triggerName(run.event.app, run.event.trigger)}, fired at{' '}
          <time dateTime={run.event.at}>{formatTime(run.event.at)}</time>
          {run.event.depth > 0 && <span className="muted"> (caused by another run)</span>}
        </p>
        <DataList data={run.event.payload} label="Trigger data" />
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">Steps</h2>
        <StepTimeline steps={run.steps} />
      </section>
    </section>
  );
}

function RetryButton({ runId }: { runId: string }) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const { error, run } = useAsyncAction();
  const retry = () => {
    setBusy(true);
    void run(async () => {
      try {
        const next = await retryRun(runId);
        if (!next) throw new Error('This run can no longer be retried.');
        navigate(`/runs/${next.id}`);
      } finally {
        setBusy(false);
      }
    });
  };
  return (
    <div className="run__retry">
      <div className="row">
        <button type="button" className="primary" onClick={retry} disabled={busy}>
          Retry run
        </button>
        <span className="muted">Runs this version of the workflow again with the original trigger data.</span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
