/** "Retry from failed step" (state/runtime retryFromStep): a new run reusing the steps before the failed one; opens the new run. */
import { retryFromStepPlan } from '../../domain/runs/runPath';
import { type RunRecord, retryFromStep } from '../../state/runtime';
import { type Language, useT } from '../i18n';
import { stepRecordName } from './format';
import { RetryAction } from './RetryAction';

/** `canvas`: open the new run on the canvas (else its page). */
export function RetryFromStepButton({ run, language, canvas = true }: { run: RunRecord; language: Language; canvas?: boolean }) {
  const t = useT();
  const plan = retryFromStepPlan(run);
  if (!plan.ok) return plan.reason === 'no-step' ? <p className="muted">{t('runCanvas.retryFromStep.noStep')}</p> : null;
  const record = run.steps.find((r) => r.stepId === plan.stepId && (r.loop?.length ?? 0) === 0);
  const stepName = record ? stepRecordName(run, record, language) : plan.stepId;
  return (
    <RetryAction
      label={t('runCanvas.retryFromStep')}
      hint={t('runCanvas.retryFromStep.hint', { step: stepName })}
      start={() => retryFromStep(run.id)}
      href={(id) => (canvas ? `/runs/${id}/canvas` : `/runs/${id}`)}
    />
  );
}
