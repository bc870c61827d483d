/**
 * Running a condition: the criteria are evaluated over the run's data with
 * Shopify Flow's operator semantics (domain conditionOperators.ts, the same
 * the editor describes), and the run goes out of "then" or "otherwise". The
 * record keeps each value the criteria read (`input`, by path) and, line by
 * line, each criterion with the value it read and whether it held, and for
 * a list condition the item that settled it (`criteria`, explainGroup).
 */
import { evaluateGroup, explainGroup, resolvePath, withBinding } from '../../domain/workflow/conditionOperators';
import { loopItemLabel } from '../../domain/workflow/kinds/forEach';
import type { ConditionGroup } from '../../domain/workflow/document';
import { type EngineKind, via } from './types';

export const conditionRunner: EngineKind<'condition'> = {
  kind: 'condition',
  run(step, run) {
    const record = run.begin(step, readValues(step.criteria, run.data));
    const { held: holds, lines } = explainGroup(step.criteria, run.data, loopItemLabel);
    record.criteria = lines;
    record.branch = holds ? 'then' : 'otherwise';
    record.output = { result: holds };
    run.succeed(record);
    return via(record.branch);
  },
};

/**
 * The values a condition reads, by path, for the step record. A list
 * condition records its list's size and how many items passed its
 * criteria (`order.line_items (at least one of)`: `2 of 3 items`), not
 * every item's values.
 */
function readValues(group: ConditionGroup, data: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const item of group.items) {
    if (item.kind === 'group') readValues(item, data, out);
    else if (item.kind === 'quantifier') {
      const list = resolvePath(data, item.list);
      const items: readonly unknown[] = Array.isArray(list) ? list : [];
      const passed = items.filter((value) => evaluateGroup(item.criteria, withBinding(data, item.item, value))).length;
      out[`${item.list} (${QUANTIFIER_WORDS[item.quantifier]})`] = `${passed} of ${items.length} ${items.length === 1 ? 'item' : 'items'} match`;
    } else out[item.field] = resolvePath(data, item.field) ?? null;
  }
  return out;
}

const QUANTIFIER_WORDS = { any: 'at least one of', all: 'all of', none: 'none of' } as const;
