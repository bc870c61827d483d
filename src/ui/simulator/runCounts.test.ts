import { describe, expect, it } from 'vitest';
import { firedLine } from './runCounts';

const run = (status: 'succeeded' | 'skipped' | 'failed' | 'waiting', depth = 0) => ({ status, event: { depth } }) as never;

describe('firedLine', () => {
  it('counts the runs the events started, by status', () => {
    expect(firedLine(4, [run('succeeded'), run('skipped'), run('skipped'), run('skipped')])).toBe(
      'Fired in 4 stores: 1 succeeded, 3 skipped, 0 failed',
    );
  });

  it('mentions waiting runs and the runs caused by cascades separately', () => {
    expect(firedLine(1, [run('waiting'), run('succeeded', 1)])).toBe(
      'Fired in 1 store: 0 succeeded, 0 skipped, 0 failed, 1 waiting (and 1 run they caused)',
    );
  });

  it('says so when no workflow uses the trigger', () => {
    expect(firedLine(2, [])).toBe('Fired in 2 stores: no workflow uses this trigger.');
  });
});
