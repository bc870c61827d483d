/** "Retry from failed step" (state/runtime retryFromStep): a new run reusing the steps before the failed one; opens the new run. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { retryFromStepPlan } from '../../domain/runs/runPath';
import { type RunRecord, retryFromStep } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { ErrorAlert } from '../common/ErrorAlert';
import { type Language, useT } from '../i18n';
import { stepRecordName } from './format';

/** `canvas`: open the new run on the canvas (else its page). */
export function RetryFromStepButton({ run, language, canvas = true }: { run: RunRecord; language: Language; canvas?: boolean }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const { error, run: act } = useAsyncAction();
  const plan = retryFromStepPlan(run);
  if (!plan.ok) return plan.reason === 'no-step' ? <p className="muted">{t('runCanvas.retryFromStep.noStep')}</p> : null;
  const record = run.steps.find((r) => r.stepId === plan.stepId && (r.loop?.length ?? 0) === 0);
  const stepName = record ? stepRecordName(run, record, language) : plan.stepId;
  const retry = () => {
    setBusy(true);
    void act(async () => {
      try {
        const next = await retryFromStep(run.id);
        if (!next) throw new Error(t('runs.retry.gone'));
        navigate(canvas ? `/runs/${next.id}/canvas` : `/runs/${next.id}`);
      } finally {
        setBusy(false);
      }
    });
  };
  return (
    <div className="run__retry">
      <div className="row">
        <button type="button" className="primary" onClick={retry} disabled={busy}>
          {t('runCanvas.retryFromStep')}
        </button>
        <span className="muted">{t('runCanvas.retryFromStep.hint', { step: stepName })}</span>
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
