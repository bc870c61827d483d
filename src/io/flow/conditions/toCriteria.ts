/**
 * Flow's condition → Flowbench's criteria (domain criteria.ts), for import.
 * Every Flow operator Flowbench has is mapped (operators.ts); whatever Flow
 * can say and Flowbench can't is a problem naming the part (its position in
 * the condition and its text), never dropped or approximated:
 * - `not_start_with?`, `not_end_with?`, `nil?`, `not_nil?`;
 * - a field on the right-hand side (`order.createdAt > customer.lastOrderDate`):
 *   Flowbench compares with values only;
 * - `>`, `>=`, `<`, `<=` against text that is not a number, dates included:
 *   Flowbench orders numbers only;
 * - `in?`/`not_in?` against anything but quoted text;
 * - a path Flowbench can't read or spell, an item name not of the form
 *   `<name>_item`.
 * Shape: a group is a group; a test in a place Flowbench wants a group (the
 * whole condition, a list condition's criteria) becomes an AND group of one.
 */
import type { ConditionGroup, ConditionValue, Criterion, ListCondition } from '../../../domain/workflow/document';
import { ConditionGroup as ConditionGroupSchema, DataPath, ItemName } from '../../../domain/workflow/document';
import type { FlowProblem } from '../problems';
import type { ConversionOptions, FlowConditionToCriteriaResult, JsonPath } from './api';
import type { FlowComparison, FlowCondition, FlowLogical } from './ast';
import { flowbenchOperator, NOT_IN_FLOWBENCH, ORDERING } from './operators';
import { defaultPathNaming, listKeepsNames, spellPath } from './paths';
import { printFlowCondition, printValue } from './printer';

type Item = ConditionGroup['items'][number];
const NUMERIC_TEXT = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Flowbench's criteria for a Flow condition, or every part Flowbench can't
 * express as a `condition` problem. `path` is where the condition is in the
 * file; a problem's path adds the part's position in the condition (an
 * item's index in a group, `body` for a list condition's criteria) and its
 * `condition` param is that part's DSL text.
 */
export function flowConditionToCriteria(ast: FlowCondition, path: JsonPath, options: ConversionOptions = {}): FlowConditionToCriteriaResult {
  const naming = options.naming ?? defaultPathNaming;
  const problems: FlowProblem[] = [];
  const report = (at: JsonPath, node: FlowCondition, what: string, reason: string) =>
    problems.push({ bucket: 'condition', path: at, code: 'CONDITION_NOT_IN_FLOWBENCH', params: { what, reason, condition: printFlowCondition(node) } });

  interface Scope {
    kept: ReadonlySet<string>;
    bound: ReadonlySet<string>;
  }

  const field = (flowPath: string, at: JsonPath, node: FlowCondition, scope: Scope): string => {
    const spelled = spellPath(flowPath, scope.kept, naming.toFlowbench);
    if (spelled === undefined) {
      report(at, node, 'path-spelling', `${flowPath} has no Flowbench spelling (Flowbench's data keys are snake_case, and this name doesn't convert back and forth)`);
      return flowPath;
    }
    if (!scope.bound.has(spelled.split('.')[0]!)) {
      const checked = DataPath.safeParse(spelled);
      if (!checked.success) report(at, node, 'path', `${flowPath}: ${checked.error.issues[0]?.message ?? 'not a path Flowbench reads'}`);
    }
    return spelled;
  };

  const value = (node: FlowComparison, at: JsonPath): ConditionValue | undefined => {
    const { rhs, operator } = node;
    if (rhs.kind === 'path') return void report(at, node, 'path-value', `Flowbench compares a field with a fixed value, not with another field (${rhs.path})`);
    if (operator === 'in?' || operator === 'not_in?') {
      if (rhs.kind === 'string') return rhs.value.split(',');
      return void report(at, node, 'in-list', `${operator} takes a quoted, comma-separated list, like 'paid,refunded'`);
    }
    const fb = flowbenchOperator(operator);
    if (fb && ORDERING.has(fb) && rhs.kind !== 'number' && !(rhs.kind === 'string' && NUMERIC_TEXT.test(rhs.value))) {
      return void report(at, node, 'ordering-text', `Flowbench compares ${operator} on numbers only, and ${printValue(rhs)} is not a number (dates can't be ordered in Flowbench)`);
    }
    return rhs.value;
  };

  const criterion = (node: Extract<FlowCondition, { kind: 'comparison' | 'test' }>, at: JsonPath, scope: Scope): Criterion => {
    const fieldPath = field(node.lhs, at, node, scope);
    const operator = flowbenchOperator(node.operator);
    if (!operator) report(at, node, 'operator', NOT_IN_FLOWBENCH[node.operator] ?? `Flowbench has no ${node.operator} operator`);
    const out: Criterion = { kind: 'criterion', field: fieldPath, operator: operator ?? 'equal' };
    if (node.kind === 'comparison') {
      const v = value(node, at);
      if (v !== undefined) out.value = v;
    }
    return out;
  };

  const group = (node: FlowLogical, at: JsonPath, scope: Scope): ConditionGroup => ({
    kind: 'group',
    join: node.join,
    items: node.items.map((child, i) => item(child, [...at, i], scope)),
  });

  const asGroup = (node: FlowCondition, at: JsonPath, scope: Scope): ConditionGroup =>
    node.kind === 'logical' ? group(node, at, scope) : { kind: 'group', join: 'and', items: [item(node, at, scope)] };

  const item = (node: FlowCondition, at: JsonPath, scope: Scope): Item => {
    switch (node.kind) {
      case 'logical':
        return group(node, at, scope);
      case 'quantifier': {
        const list = field(node.list, at, node, scope);
        if (!ItemName.safeParse(node.item).success) report(at, node, 'item-name', `Flowbench names a list's item like lineItems_item (<name>_item), not ${node.item}`);
        const inner: Scope = {
          kept: listKeepsNames(node.list, scope.kept) ? new Set([...scope.kept, node.item]) : scope.kept,
          bound: new Set([...scope.bound, node.item]),
        };
        const out: ListCondition = { kind: 'quantifier', quantifier: node.quantifier, list, item: node.item, criteria: asGroup(node.body, [...at, 'body'], inner) };
        return out;
      }
      default:
        return criterion(node, at, scope);
    }
  };

  const criteria = asGroup(ast, path, { kept: new Set(), bound: new Set() });
  if (problems.length > 0) return { ok: false, problems };
  // A last guard: whatever passed the checks above must be a valid Flowbench condition.
  const checked = ConditionGroupSchema.safeParse(criteria);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({ bucket: 'condition' as const, path, code: 'CONDITION_NOT_IN_FLOWBENCH', params: { what: 'schema', reason: issue.message, condition: printFlowCondition(ast) } })),
    };
  }
  return { ok: true, criteria };
}
