/**
 * The result of the last "Test with sample data" for one step, shown on its
 * node (rendered only when a test result is shown). The record comes in the
 * node's data (flowStore.ts), so a test run re-renders the nodes whose result
 * changed and nothing else. A skipped test (the workflow would not run in
 * that store) shows nothing here: the editor's message line gives the reasons.
 */
import type { StepRecord } from '../../../state/runtime';

function chip(record: StepRecord): { text: string; tone: string } {
  if (record.branch) return { text: record.branch === 'then' ? '→ Then' : '→ Otherwise', tone: 'succeeded' };
  switch (record.status) {
    case 'succeeded':
      return { text: '✓ Succeeded', tone: 'succeeded' };
    case 'failed':
      return { text: `✗ Failed: ${record.error ?? 'unknown error'}`, tone: 'failed' };
    case 'skipped':
      return { text: 'Skipped', tone: 'skipped' };
    case 'waiting':
      return { text: '⏸ Waiting', tone: 'waiting' };
    case 'running':
      return { text: 'Running…', tone: 'waiting' };
  }
}

/** `record`: this step's record in the last test run; undefined when the run did not reach the step. */
export function DryRunChip({ record }: { record: StepRecord | undefined }) {
  const { text, tone } = record ? chip(record) : { text: 'Not reached', tone: 'skipped' };
  return (
    <div className={`step-node__result step-node__result--${tone}`} title={record?.error}>
      <span className="visually-hidden">Test result: </span>
      {text}
    </div>
  );
}
