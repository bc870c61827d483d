/**
 * A list of validation problems, errors first, each with its severity in
 * words ("Error" / "Warning") rather than colour alone. Problems of a step
 * can offer a button that selects the step, so the workflow's list leads
 * to where each problem is.
 */
import { memo, useMemo } from 'react';
import type { Problem } from '../../domain/workflow/problems';
import { errorsFirst } from './inspectorModel';
import { useT } from '../i18n';
import { useProblemText } from '../i18n/domainText';

interface ProblemListProps {
  problems: readonly Problem[];
  /** Accessible name of the list, e.g. "Problems of this step". */
  label: string;
  /** When given, problems of a step get a "Show" button that calls this with the step id. */
  onShowStep?: (stepId: string) => void;
  /** Names steps in the "Show" buttons. */
  stepName?: (stepId: string) => string;
}

export const ProblemList = memo(function ProblemList({ problems, label, onShowStep, stepName }: ProblemListProps) {
  const sorted = useMemo(() => errorsFirst(problems), [problems]);
  const t = useT();
  const problemText = useProblemText();
  if (sorted.length === 0) return null;
  return (
    <ul className="inspector__problems" aria-label={label}>
      {sorted.map((p, i) => (
        <li key={`${p.stepId ?? ''}:${p.field ?? ''}:${p.code}:${i}`} className={`inspector__problem is-${p.severity}`}>
          <strong className="inspector__severity">{t(p.severity === 'error' ? 'inspector.error' : 'inspector.warning')}</strong>{' '}
          <span>{problemText(p)}</span>
          {p.stepId && onShowStep && (
            <button type="button" className="inspector__link" onClick={() => onShowStep(p.stepId!)}>
              {stepName ? t('inspector.showStep', { step: stepName(p.stepId) }) : t('inspector.show')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
});
