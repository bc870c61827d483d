/**
 * Flowbench criteria into Flow conditions, for export: every Flowbench
 * operator has a Flow spelling; what Flow can't say the way Flowbench means
 * it is reported with the criterion's JSON path; and criteria Flow can
 * express come back unchanged through the DSL text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowbenchCriteria } from '../../../../test/fixtures/flow/conditionArbitraries';
import { type ConditionGroup, type Criterion, OPERATORS } from '../../../domain/workflow/document';
import { criteriaToFlowCondition } from './fromCriteria';
import { parseFlowCondition } from './parser';
import { printFlowCondition } from './printer';
import { flowConditionToCriteria } from './toCriteria';

const at = ['steps', 2, 'criteria'];
const all = (...items: ConditionGroup['items']): ConditionGroup => ({ kind: 'group', join: 'and', items });
const c = (field: string, operator: Criterion['operator'], value?: Criterion['value']): Criterion => ({ kind: 'criterion', field, operator, ...(value === undefined ? {} : { value }) });

function text(criteria: ConditionGroup): string {
  const result = criteriaToFlowCondition(criteria, at);
  expect(result.problems).toEqual([]);
  return printFlowCondition(result.ast);
}

describe('criteriaToFlowCondition', () => {
  const spelled: Record<(typeof OPERATORS)[number], [Criterion['value'] | undefined, string]> = {
    equal: ['paid', "(order.financial_status == 'paid')"],
    not_equal: [true, '(order.financial_status != true)'],
    greater_than: [500, '(order.financial_status > 500)'],
    greater_or_equal: [10.5, '(order.financial_status >= 10.5)'],
    less_than: [-3, '(order.financial_status < -3)'],
    less_or_equal: [0, '(order.financial_status <= 0)'],
    includes: ['vip', "(order.financial_status include? 'vip')"],
    not_includes: ["it's", "(order.financial_status not_include? 'it\\'s')"],
    starts_with: ['#1', "(order.financial_status start_with? '#1')"],
    ends_with: ['.pl', "(order.financial_status end_with? '.pl')"],
    any_of: [['paid', 'refunded'], "(order.financial_status in? 'paid,refunded')"],
    none_of: [['1', '2'], "(order.financial_status not_in? '1,2')"],
    is_empty: [undefined, '(order.financial_status empty_or_nil?)'],
    is_not_empty: [undefined, '(order.financial_status not_empty_and_not_nil?)'],
  };
  it.each(OPERATORS.map((op) => [op, ...spelled[op]] as const))('writes %s in Flow', (operator, value, expected) => {
    expect(text(all(c('order.financial_status', operator, value)))).toBe(expected.replace('financial_status', 'financialStatus'));
  });

  it('writes groups, and list conditions nested two deep, in camelCase', () => {
    const criteria: ConditionGroup = {
      kind: 'group',
      join: 'or',
      items: [
        c('order.total_price', 'greater_than', 100),
        {
          kind: 'quantifier',
          quantifier: 'all',
          list: 'order.line_items',
          item: 'lineItems_item',
          criteria: all(c('lineItems_item.requires_shipping', 'equal', true), { kind: 'quantifier', quantifier: 'none', list: 'lineItems_item.product.tags', item: 'tags_item', criteria: all(c('tags_item', 'equal', 'presale')) }),
        },
      ],
    };
    expect(text(criteria)).toBe(
      "((order.totalPrice > 100) || (order.lineItems all? |lineItems_item| ((lineItems_item.requiresShipping == true) && (lineItems_item.product.tags none? |tags_item| (tags_item == 'presale')))))",
    );
  });

  const reported: [string, ConditionGroup, (string | number)[], string, RegExp][] = [
    ['a group with no criteria', all(), [], 'empty-group', /always holds/],
    ['an empty nested group', all(c('order.a', 'equal', 1), { kind: 'group', join: 'or', items: [] }), ['items', 1], 'empty-group', /always holds/],
    ['"is any of" with no options', all(c('order.a', 'any_of', [])), ['items', 0], 'empty-list', /no options/],
    ['an option with a comma', all(c('order.a', 'equal', 1), c('order.b', 'none_of', ['a,b', 'c'])), ['items', 1], 'list-item-comma', /"a,b"/],
    ['a criterion without its value', all(c('order.a', 'equal')), ['items', 0], 'missing-value', /no value/],
    ['a list where one value is expected', all(c('order.a', 'equal', ['x'])), ['items', 0], 'list-value', /has a list/],
    ['a value "is empty" ignores', all(c('order.a', 'is_empty', 'x')), ['items', 0], 'value-ignored', /takes no value/],
    ['ordering text', all(c('order.created_at', 'greater_than', '2025-01-01')), ['items', 0], 'ordering-text', /numbers only/],
    ['Liquid in a value', all(c('order.note', 'equal', '{{ shop.name }}')), ['items', 0], 'liquid', /refuses Liquid/],
    ["an app trigger's data", all(c('trigger.rating', 'equal', 5)), ['items', 0], 'path-spelling', /app trigger's data has no name in Flow/],
    ['a name that does not round-trip to camelCase', all(c('order.line_2', 'equal', 5)), ['items', 0], 'path-spelling', /camelCase and back/],
  ];
  it.each(reported)('reports %s with its JSON path, and still writes a condition', (_what, criteria, path, what, reason) => {
    const result = criteriaToFlowCondition(criteria, at);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ bucket: 'condition', code: 'CONDITION_NOT_IN_FLOW', path: [...at, ...path], params: { what } });
    expect(String(result.problems[0]!.params!.reason)).toMatch(reason);
    expect(result.ast).toBeDefined();
  });

  it('Flowbench → Flow DSL → Flowbench keeps every criterion Flow can express', () => {
    fc.assert(
      fc.property(flowbenchCriteria(), (criteria) => {
        const out = criteriaToFlowCondition(criteria, at);
        expect(out.problems).toEqual([]);
        const parsed = parseFlowCondition(printFlowCondition(out.ast));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(flowConditionToCriteria(parsed.ast, ['x'])).toEqual({ ok: true, criteria });
      }),
      { numRuns: 300 },
    );
  });
});
