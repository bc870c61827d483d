/** Counting the runs a firing or a clock move made, for the simulator's status lines. */
import type { RunRecord, RunStatus } from '../../state/runtime';
import { RUN_STATUS_LABEL } from '../runs/format';

/** "3 succeeded, 1 skipped, 0 failed" (waiting and running only when there are any). */
export function countRuns(runs: readonly Pick<RunRecord, 'status'>[]): string {
  const count = (s: RunStatus) => runs.filter((r) => r.status === s).length;
  const parts = [`${count('succeeded')} succeeded`, `${count('skipped')} skipped`, `${count('failed')} failed`];
  for (const s of ['waiting', 'running'] as const) {
    const n = count(s);
    if (n > 0) parts.push(`${n} ${RUN_STATUS_LABEL[s].toLowerCase()}`);
  }
  return parts.join(', ');
}

/** "Fired in 4 stores: 1 succeeded, 3 skipped, 0 failed", counting the runs the events started directly. */
export function firedLine(storeCount: number, runs: readonly Pick<RunRecord, 'status' | 'event'>[]): string {
  const stores = `${storeCount} ${storeCount === 1 ? 'store' : 'stores'}`;
  const direct = runs.filter((r) => r.event.depth === 0);
  if (direct.length === 0) return `Fired in ${stores}: no workflow uses this trigger.`;
  const cascaded = runs.length - direct.length;
  const more = cascaded > 0 ? ` (and ${cascaded} ${cascaded === 1 ? 'run' : 'runs'} they caused)` : '';
  return `Fired in ${stores}: ${countRuns(direct)}${more}`;
}
