/**
 * One run: what started it, how it went step by step, why it was skipped or
 * when it resumes, and for a failed run a retry with its original trigger
 * data (which opens the new run).
 */
import { Link } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { type RunRecord, retryRun } from '../../state/runtime';
import { DataList } from './DataList';
import { formatTime, stepRecordName, triggerName } from './format';
import { useLanguage, useT } from '../i18n';
import { useReasonText } from '../i18n/domainText';
import { RunStatusBadge } from './RunStatusBadge';
import { StepTimeline } from './StepTimeline';
import { AppMarkOfId } from '../common/AppMark';
import { RetryAction } from './RetryAction';
import { RetryFromStepButton } from './RetryFromStepButton';

export function RunDetail({ run, org }: { run: RunRecord; org: Organization | undefined }) {
  const t = useT();
  const language = useLanguage();
  const reasonText = useReasonText();
  const storeName = org?.stores.find((s) => s.id === run.storeId)?.name ?? t('runs.removedStore', { id: run.storeId });
  return (
    <section aria-labelledby="run-title" className="page run">
      <p className="run__back row">
        <Link href="/runs">{t('runs.detail.back')}</Link>
        {run.steps.length > 0 && <Link href={`/runs/${run.id}/canvas`}>{t('runCanvas.show')}</Link>}
      </p>
      <h1 id="run-title">
        {t('runs.detail.title', { workflow: run.workflowName, store: storeName })}
      </h1>
      <dl className="run__meta" aria-label={t('runs.detail.facts')}>
        <div>
          <dt>{t('runs.column.status')}</dt>
          <dd>
            <RunStatusBadge status={run.status} />
          </dd>
        </div>
        <div>
          <dt>{t('runs.column.started')}</dt>
          <dd>
            <time dateTime={run.startedAt}>{formatTime(run.startedAt, language)}</time>
          </dd>
        </div>
        {run.finishedAt && (
          <div>
            <dt>{t('runs.detail.finished')}</dt>
            <dd>
              <time dateTime={run.finishedAt}>{formatTime(run.finishedAt, language)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('runs.column.workflow')}</dt>
          <dd>
            <Link href={`/editor/${run.workflowId}`}>{run.workflowName}</Link>
          </dd>
        </div>
        {run.retryFrom && (
          <div>
            <dt>{t('runCanvas.retryFrom')}</dt>
            <dd data-testid="retry-from">
              {t('runCanvas.retryFrom.note', {
                step: stepRecordName(run, run.steps.find((s) => s.stepId === run.retryFrom!.stepId && !s.reused) ?? run.steps.at(-1)!, language),
                count: run.steps.filter((s) => s.reused).length,
              })}
            </dd>
          </div>
        )}
        {run.retryOf && (
          <div>
            <dt>{t('runs.detail.retryOf')}</dt>
            <dd>
              <Link href={`/runs/${run.retryOf}`}>{t('runs.detail.earlierRun')}</Link>
            </dd>
          </div>
        )}
      </dl>
      {run.status === 'waiting' && (
        <p className="run__note">
          {t('runs.detail.resumesAt')} <time dateTime={run.resumeAt}>{formatTime(run.resumeAt, language)}</time>{' '}
          {t('runs.detail.onSimulatedClock')}
        </p>
      )}
      {run.status === 'skipped' && (
        <div className="run__note">
          <h2>{t('runs.detail.whyNot')}</h2>
          <ul aria-label={t('runs.detail.reasons')}>
            {run.reasons.map((r, i) => (
              <li key={r}>{reasonText(r, run.reasonDetails?.[i])}</li>
            ))}
          </ul>
        </div>
      )}
      {run.status === 'failed' && <RetryFromStepButton run={run} language={language} canvas={false} />}
      {run.status === 'failed' && <RetryButton runId={run.id} />}
      <section aria-labelledby="event-title" className="card">
        <h2 id="event-title">{t('runs.detail.event')}</h2>
        <p>
          <AppMarkOfId appId={run.event.app} />
          {t('runs.detail.firedAt', { trigger: triggerName(run.event.app, run.event.trigger, language) })}{' '}
          <time dateTime={run.event.at}>{formatTime(run.event.at, language)}</time>
          {run.event.depth > 0 && <span className="muted"> {t('runs.detail.causedByRun')}</span>}
        </p>
        <DataList data={run.event.payload} label={t('runs.triggerData')} />
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('runs.steps')}</h2>
        <StepTimeline steps={run.steps} run={run} />
      </section>
    </section>
  );
}

export function RetryButton({ runId }: { runId: string }) {
  const t = useT();
  return <RetryAction label={t('runs.retry')} hint={t('runs.retry.hint')} start={() => retryRun(runId)} href={(id) => `/runs/${id}`} />;
}
