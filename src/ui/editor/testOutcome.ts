/** What the editor's message line says after "Test with sample data". */
import type { RunRecord } from '../../state/runtime';

/** The message line's words for a finished test run in a store. */
export function testOutcome(run: RunRecord, storeName: string): { text: string; kind: 'info' | 'error' } {
  const where = `Test in ${storeName}`;
  switch (run.status) {
    case 'skipped':
      return { text: `${where}: the workflow would not run. ${run.reasons.join(' ')}`, kind: 'error' };
    case 'failed': {
      const step = run.steps.find((s) => s.status === 'failed');
      return { text: `${where} failed${step ? ` at ${step.name}: ${step.error ?? 'unknown error'}` : '.'}`, kind: 'error' };
    }
    case 'waiting':
      return { text: `${where} stopped at a Wait; the results so far are on the steps.`, kind: 'info' };
    default:
      return { text: `${where} succeeded; the results are on the steps. The sandbox was not changed.`, kind: 'info' };
  }
}
