/**
 * Flow conditions into Flowbench criteria: every operator Flowbench has,
 * Flow's camelCase paths in Flowbench's snake_case, list conditions two
 * deep, and everything Flowbench can't express reported with its place.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGroup } from '../../../domain/workflow/conditionOperators';
import type { ConditionGroup, Operator } from '../../../domain/workflow/document';
import { parseFlowCondition } from './parser';
import { flowConditionToCriteria } from './toCriteria';

const base = ['root', 'steps', 1, 'config_field_values', 0, 'value'];

function convert(text: string) {
  const parsed = parseFlowCondition(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return flowConditionToCriteria(parsed.ast, base);
}

function criteria(text: string): ConditionGroup {
  const result = convert(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.criteria;
}

describe('flowConditionToCriteria: what Flowbench can run', () => {
  const operators: [string, Operator, string, unknown][] = [
    ['==', 'equal', "'paid'", 'paid'],
    ['!=', 'not_equal', "'paid'", 'paid'],
    ['>', 'greater_than', '500', 500],
    ['>=', 'greater_or_equal', '10.5', 10.5],
    ['<', 'less_than', "'20'", '20'],
    ['<=', 'less_or_equal', '-1', -1],
    ['include?', 'includes', "'vip'", 'vip'],
    ['not_include?', 'not_includes', "'vip'", 'vip'],
    ['start_with?', 'starts_with', "'#10'", '#10'],
    ['end_with?', 'ends_with', "'.pl'", '.pl'],
    ['in?', 'any_of', "'paid,partially_refunded,refunded'", ['paid', 'partially_refunded', 'refunded']],
    ['not_in?', 'none_of', "'1,2,3'", ['1', '2', '3']],
  ];
  it.each(operators)('maps %s to %s', (flow, operator, rhs, value) => {
    expect(criteria(`(order.note ${flow} ${rhs})`)).toEqual({ kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'order.note', operator, value }] });
  });

  it('maps empty_or_nil? and not_empty_and_not_nil? to is_empty and is_not_empty', () => {
    expect(criteria('(order.note empty_or_nil?)').items[0]).toEqual({ kind: 'criterion', field: 'order.note', operator: 'is_empty' });
    expect(criteria('(order.note not_empty_and_not_nil?)').items[0]).toEqual({ kind: 'criterion', field: 'order.note', operator: 'is_not_empty' });
  });

  it("spells Flow's camelCase fields in snake_case, keeps variables' names, and Run code outputs as named", () => {
    expect(criteria('((order.totalPrice > 5) && (getOrderData1.lineItemsCount == 2) && (runCode.newLoyaltyPoints >= 1))').items).toEqual([
      { kind: 'criterion', field: 'order.total_price', operator: 'greater_than', value: 5 },
      { kind: 'criterion', field: 'getOrderData1.line_items_count', operator: 'equal', value: 2 },
      { kind: 'criterion', field: 'runCode.newLoyaltyPoints', operator: 'greater_or_equal', value: 1 },
    ]);
  });

  it('converts quantifiers nested two deep inside ||/&& groups, and Flowbench evaluates them as Flow means', () => {
    const text =
      "((order.lineItems any? |lineItems_item| (lineItems_item.product.tags any? |tags_item| (tags_item == 'presale'))) || ((order.totalPrice > 100) && (order.lineItems none? |lineItems_item| (lineItems_item.requiresShipping == true))))";
    const group = criteria(text);
    expect(group).toEqual({
      kind: 'group',
      join: 'or',
      items: [
        {
          kind: 'quantifier',
          quantifier: 'any',
          list: 'order.line_items',
          item: 'lineItems_item',
          criteria: {
            kind: 'group',
            join: 'and',
            items: [{ kind: 'quantifier', quantifier: 'any', list: 'lineItems_item.product.tags', item: 'tags_item', criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'tags_item', operator: 'equal', value: 'presale' }] } }],
          },
        },
        {
          kind: 'group',
          join: 'and',
          items: [
            { kind: 'criterion', field: 'order.total_price', operator: 'greater_than', value: 100 },
            { kind: 'quantifier', quantifier: 'none', list: 'order.line_items', item: 'lineItems_item', criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'lineItems_item.requires_shipping', operator: 'equal', value: true }] } },
          ],
        },
      ],
    });
    const order = (tags: string[], total: number, shipping: boolean) => ({ order: { total_price: total, line_items: [{ requires_shipping: shipping, product: { tags } }] } });
    expect(evaluateGroup(group, order(['PRESALE'], 1, true))).toBe(true);
    expect(evaluateGroup(group, order(['new'], 150, false))).toBe(true);
    expect(evaluateGroup(group, order(['new'], 150, true))).toBe(false);
    expect(evaluateGroup(group, order(['new'], 50, false))).toBe(false);
  });

  it("keeps the names under a list of a Run code output's items", () => {
    expect(criteria('(runCode.items all? |items_item| (items_item.unitPrice > 0))').items[0]).toMatchObject({ criteria: { items: [{ field: 'items_item.unitPrice' }] } });
  });
});

describe('flowConditionToCriteria: what Flowbench can\'t express is reported, with its place', () => {
  const refused: [string, string, (string | number)[], RegExp][] = [
    ["(order.name not_start_with? '#')", 'operator', [], /does not start with/],
    ["(order.name not_end_with? 'x')", 'operator', [], /does not end with/],
    ['(order.note nil?)', 'operator', [], /is nil/],
    ['(order.note not_nil?)', 'operator', [], /is not nil/],
    ['(order.createdAt > customer.lastOrderDate)', 'path-value', [], /fixed value, not with another field \(customer\.lastOrderDate\)/],
    ["(order.createdAt > '2025-06-05T04:00:00.000Z')", 'ordering-text', [], /numbers only.*'2025-06-05T04:00:00\.000Z' is not a number/],
    ['(order.quantity in? 3)', 'in-list', [], /comma-separated/],
    ["(order.customerID == '1')", 'path-spelling', [], /customerID has no Flowbench spelling/],
    ["(shop.name == 'x')", 'path', [], /shop\.name/],
    ["((order.a == 1) || (order.lineItems any? |li| (li.sku == 'x')))", 'item-name', [1], /\(<name>_item\), not li/],
    ["((order.a == 1) && (order.lineItems all? |lineItems_item| ((lineItems_item.x == 1) && (lineItems_item.y nil?))))", 'operator', [1, 'body', 1], /is nil/],
  ];
  it.each(refused)('%s: %s', (text, what, at, reason) => {
    const result = convert(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ bucket: 'condition', code: 'CONDITION_NOT_IN_FLOWBENCH', path: [...base, ...at], params: { what } });
    expect(String(problem!.params!.reason)).toMatch(reason);
    expect(typeof problem!.params!.condition).toBe('string');
  });

  it('reports every part it can\'t express, not only the first', () => {
    const result = convert("((order.a nil?) && (order.b > customer.c) && (order.d == 1) && (order.e not_end_with? 'x'))");
    expect(!result.ok && result.problems.map((p) => [p.path.slice(base.length), p.params?.what, p.params?.condition])).toEqual([
      [[0], 'operator', '(order.a nil?)'],
      [[1], 'path-value', '(order.b > customer.c)'],
      [[3], 'operator', "(order.e not_end_with? 'x')"],
    ]);
  });
});
