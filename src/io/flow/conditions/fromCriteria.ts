/**
 * Flowbench's criteria → Flow's condition, for export. Every Flowbench
 * operator has a Flow spelling (operators.ts), so the condition is always
 * written; what Flow can't say the way Flowbench means it is a problem with
 * the criterion's JSON path in the Flowbench workflow (`…criteria.items.1`),
 * for the export's warning:
 * - a group with no criteria (Flowbench: always true; Flow has no such test);
 * - "is any of"/"is none of" with an empty list, or an option containing a
 *   comma (Flow's `in?` takes one comma-separated text);
 * - a criterion without the value its operator needs, or with a list value
 *   where one value is expected, or a value an "is empty" test ignores;
 * - `>`, `>=`, `<`, `<=` on a value that is not a number (Flowbench
 *   orders numbers only; Flow would order the text);
 * - text with Liquid in it (`{{`, `{%`): Flow refuses Liquid anywhere in a
 *   condition, quoted text included;
 * - a path with no Flow spelling (an app trigger's `trigger.…`, a name that
 *   doesn't convert to camelCase and back).
 * Shape: a group of one criterion is written as that criterion (Flow writes
 * `(a)`, not `((a))`), so reading it back gives an AND group of one.
 */
import type { ConditionGroup, Criterion } from '../../../domain/workflow/document';
import type { FlowProblem } from '../problems';
import type { ConversionOptions, CriteriaToFlowConditionResult, JsonPath } from './api';
import type { FlowCondition, FlowValue } from './ast';
import { FLOW_BINARY_SPELLING, FLOW_SPELLING, FLOW_UNARY_SPELLING, ORDERING } from './operators';
import { defaultPathNaming, listKeepsNames, spellPath } from './paths';

type Item = ConditionGroup['items'][number];

/**
 * Flow's condition for Flowbench criteria, and a `condition` problem for
 * each part Flow can't express exactly. `path` is where the criteria are
 * (e.g. `['steps', 3, 'criteria']`); problems add the JSON path inside them.
 */
export function criteriaToFlowCondition(criteria: ConditionGroup, path: JsonPath = [], options: ConversionOptions = {}): CriteriaToFlowConditionResult {
  const naming = options.naming ?? defaultPathNaming;
  const problems: FlowProblem[] = [];
  const report = (at: JsonPath, what: string, reason: string, params: Record<string, string> = {}) =>
    problems.push({ bucket: 'condition', path: at, code: 'CONDITION_NOT_IN_FLOW', params: { what, reason, ...params } });

  const spell = (fbPath: string, at: JsonPath, kept: ReadonlySet<string>): string => {
    const spelled = spellPath(fbPath, kept, naming.toFlow);
    if (spelled !== undefined) return spelled;
    const why = fbPath.startsWith('trigger.') ? "an app trigger's data has no name in Flow" : "the name doesn't convert to Flow's camelCase and back";
    report(at, 'path-spelling', `${fbPath} has no Flow spelling: ${why}`, { field: fbPath });
    return fbPath;
  };

  const rhs = (c: Criterion, at: JsonPath): FlowValue => {
    const { value, operator } = c;
    if (operator === 'any_of' || operator === 'none_of') {
      const options = value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
      if (options.length === 0) report(at, 'empty-list', `"${operator}" with no options can't be written with Flow's ${FLOW_SPELLING[operator]}`, { field: c.field });
      const comma = options.find((o) => o.includes(','));
      if (comma !== undefined) report(at, 'list-item-comma', `Flow's ${FLOW_SPELLING[operator]} takes one comma-separated text, so the option "${comma}" can't be written`, { field: c.field });
      return { kind: 'string', value: options.join(',') };
    }
    if (value === undefined) {
      report(at, 'missing-value', `${c.field} ${operator} has no value to compare with`, { field: c.field });
      return { kind: 'string', value: '' };
    }
    if (Array.isArray(value)) {
      report(at, 'list-value', `${operator} compares with one value, and this criterion has a list`, { field: c.field });
      return { kind: 'string', value: value.join(',') };
    }
    if (ORDERING.has(operator) && typeof value !== 'number') {
      report(at, 'ordering-text', `Flowbench orders numbers only, and ${JSON.stringify(value)} is not a number; Flow would order it as text`, { field: c.field });
    }
    if (typeof value === 'number') return { kind: 'number', value: value === 0 ? 0 : value };
    if (typeof value === 'boolean') return { kind: 'boolean', value };
    return { kind: 'string', value };
  };

  const criterion = (c: Criterion, at: JsonPath, kept: ReadonlySet<string>): FlowCondition => {
    const lhs = spell(c.field, at, kept);
    const texts = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value];
    if (texts.some((t) => typeof t === 'string' && /\{[{%]/.test(t))) {
      report(at, 'liquid', 'Flow refuses Liquid ({{ }}, {% %}) anywhere in a condition, quoted text included', { field: c.field });
    }
    if (c.operator === 'is_empty' || c.operator === 'is_not_empty') {
      if (c.value !== undefined) report(at, 'value-ignored', `"${c.operator}" takes no value; the value ${JSON.stringify(c.value)} is not written`, { field: c.field });
      return { kind: 'test', lhs, operator: FLOW_UNARY_SPELLING[c.operator] };
    }
    return { kind: 'comparison', lhs, operator: FLOW_BINARY_SPELLING[c.operator], rhs: rhs(c, at) };
  };

  const item = (node: Item, at: JsonPath, kept: ReadonlySet<string>): FlowCondition => {
    switch (node.kind) {
      case 'group':
        return group(node, at, kept);
      case 'quantifier': {
        const list = spell(node.list, at, kept);
        const inner = listKeepsNames(node.list, kept) ? new Set([...kept, node.item]) : kept;
        return { kind: 'quantifier', quantifier: node.quantifier, list, item: node.item, body: group(node.criteria, [...at, 'criteria'], inner) };
      }
      case 'criterion':
        return criterion(node, at, kept);
    }
  };

  const group = (node: ConditionGroup, at: JsonPath, kept: ReadonlySet<string>): FlowCondition => {
    if (node.items.length === 0) report(at, 'empty-group', 'a group with no criteria always holds in Flowbench; Flow has no condition for that');
    if (node.items.length === 1) return item(node.items[0]!, [...at, 'items', 0], kept);
    return { kind: 'logical', join: node.join, items: node.items.map((child, i) => item(child, [...at, 'items', i], kept)) };
  };

  return { ast: group(criteria, path, new Set()), problems };
}
