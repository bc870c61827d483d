/**
 * The look shared by every step node: kind, app name, step name, a badge
 * when the step has problems, and the step's result of the last test run.
 * Each node kind renders its own handles.
 */
import type { ReactNode } from 'react';
import type { Step } from '../../../domain/workflow/document';
import { useStepProblems } from '../../../state/editor/problems';
import { DryRunChip } from './DryRunChip';
import { useLanguage, useT } from '../../i18n';
import { useProblemText } from '../../i18n/domainText';
import { describeStepIn } from '../stepText';

export function StepNodeFrame({ step, selected, children }: { step: Step; selected: boolean; children?: ReactNode }) {
  const problems = useStepProblems(step.id);
  const language = useLanguage();
  const t = useT();
  const problemText = useProblemText();
  const { kindLabel, appName, title } = describeStepIn(language, step);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <div className={`step-node step-node--${step.kind}${selected ? ' step-node--selected' : ''}`} data-testid={`step-${step.id}`}>
      <div className="step-node__kind">
        <span>{kindLabel}</span>
        {problems.length > 0 && (
          <span
            className={`step-node__badge ${errors > 0 ? 'step-node__badge--error' : 'step-node__badge--warning'}`}
            title={problems.map(problemText).join('\n')}
            aria-label={t('canvas.problems', { count: problems.length })}
            role="img"
          >
            {errors > 0 ? `${errors} ⚠` : `${warnings} !`}
          </span>
        )}
      </div>
      <div className="step-node__app">{appName}</div>
      <div className="step-node__title">{title}</div>
      {step.note && <div className="step-node__note">{step.note}</div>}
      <DryRunChip stepId={step.id} />
      {children}
    </div>
  );
}
