/**
 * The steps of a run in the order they ran: each with its status, the
 * branch a condition took, what it received, its fields after Liquid
 * rendering, what it returned, its log lines, its error and every attempt.
 * A For each's steps are grouped by item under it (iterations.ts,
 * LoopIterations.tsx), nested loops inside. Fields are named by the step's
 * kind where it names them (ui/kinds `recordFields`) and values are shown
 * readably (ValueView), whatever the kind.
 */
import { type ReactNode, useMemo } from 'react';
import type { RunRecord, StepRecord } from '../../state/runtime';
import { appsOfStep } from '../../domain/workflow/kinds/registry';
import { AppMarkOfId } from '../common/AppMark';
import { AttemptsTable } from './AttemptsTable';
import { DataList } from './DataList';
import { formatTime, stepRecordName } from './format';
import { type TimelineStep, groupIterations } from './iterations';
import { LoopIterations } from './LoopIterations';
import { type Language, useLanguage, useT } from '../i18n';
import { recordSectionTitle, stepTextIn } from '../kinds';
import { RunStatusBadge } from './RunStatusBadge';

type Run = Pick<RunRecord, 'workflow'>;

export function StepTimeline({ steps, run }: { steps: readonly StepRecord[]; run: Run }) {
  const t = useT();
  const tree = useMemo(() => groupIterations(steps), [steps]);
  if (steps.length === 0) return <p className="muted">{t('runs.steps.none')}</p>;
  return <TimelineList steps={tree} run={run} label={t('runs.steps')} depth={0} />;
}

function TimelineList({ steps, run, label, depth }: { steps: readonly TimelineStep[]; run: Run; label: string; depth: number }) {
  return (
    <ol className={depth === 0 ? 'timeline' : 'timeline timeline--nested'} aria-label={label}>
      {steps.map((entry, i) => (
        <TimelineEntry key={`${entry.record?.stepId ?? entry.loopStepId}-${i}`} entry={entry} run={run} depth={depth} />
      ))}
    </ol>
  );
}

/** The name of a For each that has iterations but no record of its own. */
function missingLoopName(run: Run, stepId: string, language: Language, missing: string): string {
  const step = run.workflow.steps.find((s) => s.id === stepId);
  return step ? stepTextIn(language, step).title : missing;
}

function TimelineEntry({ entry, run, depth }: { entry: TimelineStep; run: Run; depth: number }) {
  const t = useT();
  const language = useLanguage();
  const name = entry.record
    ? stepRecordName(run, entry.record, language)
    : missingLoopName(run, entry.loopStepId ?? '', language, t('runs.loop.missingStep', { id: entry.loopStepId ?? '' }));
  const iterations = entry.iterations.length > 0 && (
    <LoopIterations
      iterations={entry.iterations}
      name={name}
      renderSteps={(iteration, label) => <TimelineList steps={iteration.steps} run={run} label={label} depth={depth + 1} />}
    />
  );
  if (!entry.record) {
    return (
      <li className="timeline__step" aria-label={name}>
        <Heading depth={depth}>{name}</Heading>
        {iterations}
      </li>
    );
  }
  return (
    <StepItem step={entry.record} name={name} depth={depth} appId={appOfRecord(run, entry.record)}>
      {iterations}
    </StepItem>
  );
}

/** The app a recorded step belongs to (its mark heads the step), from the workflow version that ran. */
function appOfRecord(run: Run, record: StepRecord): string | undefined {
  const def = run.workflow.steps.find((s) => s.id === record.stepId);
  return def ? appsOfStep(def)[0] : undefined;
}

function Heading({ depth, appId, children }: { depth: number; appId?: string | undefined; children: string }) {
  const Tag = depth === 0 ? 'h3' : depth === 1 ? 'h4' : depth === 2 ? 'h5' : 'h6';
  return (
    <Tag className="timeline__name">
      {appId !== undefined && <AppMarkOfId appId={appId} />}
      {children}
    </Tag>
  );
}

function StepItem({ step, name, depth, appId, children }: { step: StepRecord; name: string; depth: number; appId: string | undefined; children: ReactNode }) {
  const hasInput = step.input && Object.keys(step.input).length > 0;
  const t = useT();
  const language = useLanguage();
  return (
    <li className={`timeline__step timeline__step--${step.status}`} aria-label={name}>
      <div className="row timeline__head">
        <Heading depth={depth} appId={appId}>
          {name}
        </Heading>
        <RunStatusBadge status={step.status} />
        {step.reused && <span className="badge">{t('runCanvas.path.reused')}</span>}
        {step.branch && <span className="badge">{t(step.branch === 'then' ? 'runs.steps.wentThen' : 'runs.steps.wentOtherwise')}</span>}
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
          <summary>{t(recordSectionTitle(step.kind, 'input') ?? (step.kind === 'trigger' ? 'runs.triggerData' : 'runs.steps.input'))}</summary>
          <DataList data={step.input} label={t('runs.steps.inputOf', { step: name })} kind={step.kind} />
        </details>
      )}
      {step.rendered && (
        <details className="timeline__data" open>
          <summary>{t(recordSectionTitle(step.kind, 'rendered') ?? 'runs.steps.rendered')}</summary>
          <DataList data={step.rendered} label={t('runs.steps.renderedOf', { step: name })} kind={step.kind} />
        </details>
      )}
      {step.output && (
        // A trigger's output is the whole object it read (an order with its line items): closed until asked for.
        <details className="timeline__data" open={step.kind === 'trigger' ? undefined : true}>
          <summary>{t(recordSectionTitle(step.kind, 'output') ?? 'runs.steps.output')}</summary>
          <DataList data={step.output} label={t('runs.steps.outputOf', { step: name })} kind={step.kind} />
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
      {children}
    </li>
  );
}
