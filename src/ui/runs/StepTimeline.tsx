/**
 * The steps of a run in the order they ran: each with its status, the
 * branch a condition took, what it received, its fields after Liquid
 * rendering, what it returned, its error and every attempt.
 */
import type { StepRecord } from '../../state/runtime';
import { AttemptsTable } from './AttemptsTable';
import { DataList } from './DataList';
import { formatTime } from './format';
import { RunStatusBadge } from './RunStatusBadge';

export function StepTimeline({ steps }: { steps: readonly StepRecord[] }) {
  if (steps.length === 0) return <p className="muted">No step ran.</p>;
  return (
    <ol className="timeline" aria-label="Steps">
      {steps.map((step, i) => (
        <StepItem key={`${step.stepId}-${i}`} step={step} />
      ))}
    </ol>
  );
}

function StepItem({ step }: { step: StepRecord }) {
  const hasInput = step.input && Object.keys(step.input).length > 0;
  return (
    <li className={`timeline__step timeline__step--${step.status}`} aria-label={step.name}>
      <div className="row timeline__head">
        <h3>{step.name}</h3>
        <RunStatusBadge status={step.status} />
        {step.branch && <span className="badge">Went to {step.branch === 'then' ? 'Then' : 'Otherwise'}</span>}
        <span className="muted small">
          <time dateTime={step.startedAt}>{formatTime(step.startedAt)}</time>
          {step.finishedAt && step.finishedAt !== step.startedAt && (
            <>
              {' → '}
              <time dateTime={step.finishedAt}>{formatTime(step.finishedAt)}</time>
            </>
          )}
        </span>
      </div>
      {step.error && (
        <p className="error-text">
          <strong>Error:</strong> {step.error}
        </p>
      )}
      {hasInput && (
        <details className="timeline__data" open={step.kind === 'trigger' ? undefined : true}>
          <summary>{step.kind === 'trigger' ? 'Trigger data' : 'Input'}</summary>
          <DataList data={step.input} label={`Input of ${step.name}`} />
        </details>
      )}
      {step.rendered && (
        <details className="timeline__data" open>
          <summary>Rendered fields</summary>
          <DataList data={step.rendered} label={`Rendered fields of ${step.name}`} />
        </details>
      )}
      {step.output && (
        <details className="timeline__data" open>
          <summary>Output</summary>
          <DataList data={step.output} label={`Output of ${step.name}`} />
        </details>
      )}
      {step.attempts.length > 0 && <AttemptsTable step={step} />}
    </li>
  );
}
