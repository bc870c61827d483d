/**
 * The result of the last "Test with sample data" for one step, shown on its
 * node (rendered only when a test result is shown). The record comes in the
 * node's data (flowStore.ts), so a test run re-renders the nodes whose result
 * changed and nothing else. A skipped test (the workflow would not run in
 * that store) shows nothing here: the editor's message line gives the reasons.
 */
import type { StepRecord } from '../../../state/runtime';
import { translate as t } from '../../i18n';

function chip(record: StepRecord): { text: string; tone: string } {
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

/** `record`: this step's record in the last test run; undefined when the run did not reach the step. */
export function DryRunChip({ record }: { record: StepRecord | undefined }) {
  const { text, tone } = record ? chip(record) : { text: t('canvas.test.notReached'), tone: 'skipped' };
  return (
    <div className={`step-node__result step-node__result--${tone}`} title={record?.error}>
      <span className="visually-hidden">{t('canvas.test.result')}</span>
      {text}
    </div>
  );
}
