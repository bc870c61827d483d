import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../state/runtime';
import { type TimelineStep, groupIterations } from './iterations';

type Loop = NonNullable<StepRecord['loop']>[number];
const rec = (stepId: string, loop?: Loop[], status: StepRecord['status'] = 'succeeded'): StepRecord => ({
  stepId,
  kind: stepId.startsWith('f') ? 'forEach' : 'log',
  name: stepId,
  status,
  attempts: [],
  startedAt: '2026-03-02T10:00:00.000Z',
  ...(loop ? { loop } : {}),
});
const it3 = (index: number, item?: string): Loop => ({ stepId: 'f', index, count: 3, ...(item ? { item } : {}) });

/** The tree as ids: a step's id, then its iterations as [index, item, status, steps]. */
function shape(steps: readonly TimelineStep[]): unknown[] {
  return steps.map((s) =>
    s.iterations.length === 0 ? s.record?.stepId : [s.record?.stepId ?? `(${s.loopStepId})`, s.iterations.map((i) => [i.index, i.item, i.status, shape(i.steps)])],
  );
}

describe('groupIterations', () => {
  it("puts each item's steps under the For each that went through them, in the order they ran", () => {
    const records = [
      rec('t'),
      rec('f'),
      rec('a', [it3(0, 'Blue')]),
      rec('b', [it3(0, 'Blue')]),
      rec('a', [it3(1, 'Red')]),
      rec('b', [it3(1, 'Red')]),
      rec('a', [it3(2)]),
      rec('b', [it3(2)]),
      rec('after'),
    ];
    expect(shape(groupIterations(records))).toEqual([
      't',
      ['f', [
        [0, 'Blue', 'succeeded', ['a', 'b']],
        [1, 'Red', 'succeeded', ['a', 'b']],
        [2, undefined, 'succeeded', ['a', 'b']],
      ]],
      'after',
    ]);
  });

  it('nests an inner loop under the outer item it ran in', () => {
    const outer = (index: number): Loop => ({ stepId: 'fo', index, count: 2 });
    const inner = (index: number): Loop => ({ stepId: 'fi', index, count: 2, item: `tag${index}` });
    const records = [
      rec('fo'),
      rec('fi', [outer(0)]),
      rec('x', [outer(0), inner(0)]),
      rec('x', [outer(0), inner(1)]),
      rec('y', [outer(0)]),
      rec('fi', [outer(1)]),
      rec('x', [outer(1), inner(0)], 'failed'),
    ];
    expect(shape(groupIterations(records))).toEqual([
      ['fo', [
        [0, undefined, 'succeeded', [['fi', [[0, 'tag0', 'succeeded', ['x']], [1, 'tag1', 'succeeded', ['x']]]], 'y']],
        [1, undefined, 'failed', [['fi', [[0, 'tag0', 'failed', ['x']]]]]],
      ]],
    ]);
  });

  it('keeps a run without loops flat, and groups iterations whose For each record is missing under no step', () => {
    expect(shape(groupIterations([rec('t'), rec('a')]))).toEqual(['t', 'a']);
    expect(shape(groupIterations([rec('t'), rec('a', [it3(0)]), rec('a', [it3(1)])]))).toEqual([
      't',
      ['(f)', [[0, undefined, 'succeeded', ['a']], [1, undefined, 'succeeded', ['a']]]],
    ]);
  });

  it('marks an item failed when a step of it failed', () => {
    const [, loop] = groupIterations([rec('t'), rec('f', undefined, 'failed'), rec('a', [it3(0)]), rec('a', [it3(1)], 'failed')]);
    expect(loop?.iterations.map((i) => i.status)).toEqual(['succeeded', 'failed']);
  });
});
