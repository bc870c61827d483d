/**
 * Running a condition: the criteria are evaluated over the run's data with
 * Shopify Flow's operator semantics (domain conditionOperators.ts, the same
 * the editor describes), and the run goes out of "then" or "otherwise". The
 * record keeps each value the criteria read.
 */
import { evaluateGroup, resolvePath } from '../../domain/workflow/conditionOperators';
import type { ConditionGroup } from '../../domain/workflow/document';
import { type EngineKind, via } from './types';

export const conditionRunner: EngineKind<'condition'> = {
  kind: 'condition',
  run(step, run) {
    const record = run.begin(step, readValues(step.criteria, run.data));
    const holds = evaluateGroup(step.criteria, run.data);
    record.branch = holds ? 'then' : 'otherwise';
    record.output = { result: holds };
    run.succeed(record);
    return via(record.branch);
  },
};

/** The values a condition reads, by path, for the step record. */
function readValues(group: ConditionGroup, data: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const item of group.items) {
    if (item.kind === 'group') readValues(item, data, out);
    else out[item.field] = resolvePath(data, item.field) ?? null;
  }
  return out;
}
