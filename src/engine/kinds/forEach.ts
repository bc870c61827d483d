/**
 * Running a For each: the list at the step's path is read from the run's
 * data; each item in turn is bound to the item's name
 * (`lineItemsForeachitem`) and the steps on "For each item" run with it,
 * their records noting the iteration. Then the item is unbound and the run
 * goes on by "After the loop".
 *
 * - A missing list (null, absent) has no items: the loop body doesn't run.
 * - A value that is not a list fails the step.
 * - More than MAX_LOOP_ITEMS (100) items fails the step before any
 *   iteration, and nothing after the loop runs (Flow's documented rule).
 * - A step in the loop body that fails fails the run: the remaining items
 *   are not gone through.
 */
import { resolvePath } from '../../domain/workflow/conditionOperators';
import { MAX_LOOP_ITEMS, loopItemLabel, loopItemName } from '../../domain/workflow/kinds/forEach';
import { STOP, type EngineKind, via } from './types';

export const forEachRunner: EngineKind<'forEach'> = {
  kind: 'forEach',
  async run(step, run) {
    const record = run.begin(step, { list: step.list });
    if (step.list === '') return run.fail(record, 'This For each has no list to go through.');
    const value = resolvePath(run.data, step.list);
    const items: readonly unknown[] | undefined = value === undefined || value === null ? [] : Array.isArray(value) ? value : undefined;
    if (!items) return run.fail(record, `${step.list} is not a list, so a For each can't go through it.`);
    if (items.length > MAX_LOOP_ITEMS) {
      return run.fail(
        record,
        `${step.list} has ${items.length.toLocaleString('en')} items; a For each goes through at most ${MAX_LOOP_ITEMS}, so the run stops here and nothing after the loop runs.`,
      );
    }
    const name = loopItemName(step.list);
    record.output = { items: items.length, item: name };
    const body = run.next(step.id, 'loop_body');
    for (let index = 0; index < items.length && body !== undefined; index++) {
      run.bind(name, items[index]);
      const item = loopItemLabel(items[index]);
      const ended = await run.runBranch(body, { stepId: step.id, index, count: items.length, ...(item !== undefined ? { item } : {}) });
      if (ended === 'stopped') {
        run.bind(name, undefined);
        // The body's failure already failed the run; the For each itself did its part up to there.
        record.status = 'failed';
        record.error = `Item ${index + 1} of ${items.length}: a step in the loop failed, so the remaining items were not gone through.`;
        record.finishedAt = run.run.finishedAt ?? record.startedAt;
        return STOP;
      }
    }
    run.bind(name, undefined);
    run.succeed(record);
    return via('after');
  },
};
