/**
 * The look shared by every step node: kind, app name, step name, a badge
 * when the step has problems, a mark when it runs inside a For each loop
 * (once per item), and the step's result of the last test run.
 * Each node kind renders its own handles. Everything shown comes in the
 * node's data (derived by the flow store), so the frame subscribes to nothing
 * but the app's mark, which follows the catalog (common/AppMark.tsx).
 * Fixed words use `translate` (the current language at render): a language
 * change relabels every node in the flow store, which re-renders them.
 */
import type { ReactNode } from 'react';
import type { Step } from '../../../domain/workflow/document';
import { AppMarkOfId } from '../../common/AppMark';
import { DryRunChip } from './DryRunChip';
import { RunPathChip } from './RunPathChip';
import type { StepNodeData } from './StepNodes';
import { translate } from '../../i18n';
import { problemText } from '../../i18n/domainText';
import { useLanguageStore } from '../../i18n/language';

export function StepNodeFrame({ data, selected, children }: { data: StepNodeData<Step>; selected: boolean; children?: ReactNode }) {
  const { step, problems, kindLabel, appName, appId, title, loopDepth } = data;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const language = useLanguageStore.getState().language;
  return (
    <div
      className={`step-node step-node--${step.kind}${loopDepth > 0 ? ' step-node--in-loop' : ''}${selected ? ' step-node--selected' : ''}${data.run ? ` step-node--path-${data.run.status}${data.run.current ? ' step-node--current' : ''}` : ''}`}
      data-testid={`step-${step.id}`}
    >
      <div className="step-node__kind">
        <span>{kindLabel}</span>
        {problems.length > 0 && (
          <span
            className={`step-node__badge ${errors > 0 ? 'step-node__badge--error' : 'step-node__badge--warning'}`}
            title={problems.map((p) => problemText(language, p)).join('\n')}
            aria-label={translate('canvas.problems', { count: problems.length })}
            role="img"
          >
            {errors > 0 ? `${errors} ⚠` : `${warnings} !`}
          </span>
        )}
      </div>
      <div className="step-node__app">
        {appId !== undefined && <AppMarkOfId appId={appId} />}
        {appName}
      </div>
      {loopDepth > 0 && <div className="step-node__loop">{translate('canvas.inLoop', { count: loopDepth })}</div>}
      <div className="step-node__title">{title}</div>
      {step.note && <div className="step-node__note">{step.note}</div>}
      {data.test.tested && <DryRunChip record={data.test.record} />}
      {data.run && <RunPathChip shown={data.run} />}
      {children}
    </div>
  );
}
