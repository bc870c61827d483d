/**
 * The steps of a run in the order they ran: each with its status, the
 * branch a condition took, what it received, its fields after Liquid
 * rendering, what it returned, its error and every attempt.
 */
import type { StepRecord } from '../../state/runtime';
import { AttemptsTable } from './AttemptsTable';
import { DataList } from './DataList';
import { formatTime, stepRecordName } from './format';
import type { RunRecord } from '../../state/runtime';
import { useLanguage, useT } from '../i18n';
import { RunStatusBadge } from './RunStatusBadge';

export function StepTimeline({ steps, run }: { steps: readonly StepRecord[]; run: Pick<RunRecord, 'workflow'> }) {
  const t = useT();
  if (steps.length === 0) return <p className="muted">{t('runs.steps.none')}</p>;
  return (
    <ol className="timeline" aria-label={t('runs.steps')}>
      {steps.map((step, i) => (
        <StepItem key={`${step.stepId}-${i}`} step={step} run={run} />
      ))}
    </ol>
  );
}

function StepItem({ step, run }: { step: StepRecord; run: Pick<RunRecord, 'workflow'> }) {
  const hasInput = step.input && Object.keys(step.input).length > 0;
  const t = useT();
  const language = useLanguage();
  const name = stepRecordName(run, step, language);
  return (
    <li className={`timeline__step timeline__step--${step.status}`} aria-label={name}>
      <div className="row timeline__head">
        <h3>{name}</h3>
        <RunStatusBadge status={step.status} />
        {step.branch && (
          <span className="badge">{t(step.branch === 'then' ? 'runs.steps.wentThen' : 'runs.steps.wentOtherwise')}</span>
        )}
        <span className="muted small">
          <time dateTime={step.startedAt}>{formatTime(step.startedAt, language)}</time>
          {step.finishedAt && step.finishedAt !== step.startedAt && (
            <>
              {' → '}
              <time dateTime={step.finishedAt}>{formatTime(step.finishedAt, language)}</time>
            </>
          )}
        </span>
      </div>
      {step.error && (
        <p className="error-text">
          <strong>{t('runs.steps.error')}</strong> {step.error}
        </p>
      )}
      {hasInput && (
        <details className="timeline__data" open={step.kind === 'trigger' ? undefined : true}>
          <summary>{t(step.kind === 'trigger' ? 'runs.triggerData' : 'runs.steps.input')}</summary>
          <DataList data={step.input} label={t('runs.steps.inputOf', { step: name })} />
        </details>
      )}
      {step.rendered && (
        <details className="timeline__data" open>
          <summary>{t('runs.steps.rendered')}</summary>
          <DataList data={step.rendered} label={t('runs.steps.renderedOf', { step: name })} />
        </details>
      )}
      {step.output && (
        <details className="timeline__data" open>
          <summary>{t('runs.steps.output')}</summary>
          <DataList data={step.output} label={t('runs.steps.outputOf', { step: name })} />
        </details>
      )}
      {step.logs && step.logs.length > 0 && (
        <details className="timeline__data" open>
          <summary>{t('runs.steps.logs')}</summary>
          <ol className="timeline__logs" aria-label={t('runs.steps.logsOf', { step: name })}>
            {step.logs.map((line, i) => (
              <li key={i}>
                <samp>{line}</samp>
              </li>
            ))}
          </ol>
        </details>
      )}
      {step.attempts.length > 0 && <AttemptsTable step={step} name={name} />}
    </li>
  );
}
