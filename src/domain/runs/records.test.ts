/** The run record schemas keep what the run view shows: a step's loop iterations survive a read back. */
import { describe, expect, it } from 'vitest';
import { StepRecordSchema } from './records';

const record = {
  stepId: 'a',
  kind: 'log',
  name: 'Log output',
  status: 'succeeded',
  attempts: [],
  startedAt: '2026-03-02T10:00:00.000Z',
};

describe('StepRecordSchema', () => {
  it('keeps the For each iterations a step ran in, with the item names', () => {
    const loop = [
      { stepId: 'outer', index: 0, count: 2, item: '#1001' },
      { stepId: 'inner', index: 2, count: 3 },
    ];
    expect(StepRecordSchema.parse({ ...record, loop }).loop).toEqual(loop);
  });

  it('refuses an iteration that is not one', () => {
    expect(StepRecordSchema.safeParse({ ...record, loop: [{ stepId: 'f', index: -1, count: 2 }] }).success).toBe(false);
    expect(StepRecordSchema.safeParse({ ...record, loop: [{ stepId: 'f', index: 0, count: 0 }] }).success).toBe(false);
  });
});
