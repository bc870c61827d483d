/**
 * The result of the last "Test with sample data" for one step, shown on its
 * node. Subscribes to that step's record only, so a test run re-renders the
 * nodes whose result changed and nothing else. A skipped test (the workflow
 * would not run in that store) shows nothing here: the editor's message line
 * gives the reasons.
 */
import type { StepRecord } from '../../../state/runtime';
import { useDryRun } from '../../../state/runtime';
import { type Translate, useT } from '../../i18n';

function chip(t: Translate, record: StepRecord): { text: string; tone: string } {
  if (record.branch) return { text: t(record.branch === 'then' ? 'canvas.test.then' : 'canvas.test.otherwise'), tone: 'succeeded' };
  switch (record.status) {
    case 'succeeded':
      return { text: t('canvas.test.succeeded'), tone: 'succeeded' };
    case 'failed':
      return { text: t('canvas.test.failed', { error: record.error ?? t('canvas.test.unknownError') }), tone: 'failed' };
    case 'skipped':
      return { text: t('canvas.test.skipped'), tone: 'skipped' };
    case 'waiting':
      return { text: t('canvas.test.waiting'), tone: 'waiting' };
    case 'running':
      return { text: t('canvas.test.running'), tone: 'waiting' };
  }
}

export function DryRunChip({ stepId }: { stepId: string }) {
  const tested = useDryRun((s) => s.run !== undefined && s.run.status !== 'skipped');
  const record = useDryRun((s) => s.run?.steps.find((r) => r.stepId === stepId));
  const t = useT();
  if (!tested) return null;
  const { text, tone } = record ? chip(t, record) : { text: t('canvas.test.notReached'), tone: 'skipped' };
  return (
    <div className={`step-node__result step-node__result--${tone}`} title={record?.error}>
      <span className="visually-hidden">{t('canvas.test.result')}</span>
      {text}
    </div>
  );
}
