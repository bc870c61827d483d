/**
 * The DSL parser as Flow's documentation writes conditions (FORMAT.md §8):
 * every operator, quantifiers nested two deep, &&/|| groups, quoting and
 * escapes, numbers, dates, paths on the right; and each refusal names the
 * offset where the text went wrong.
 */
import { describe, expect, it } from 'vitest';
import { FLOW_BINARY_OPERATORS, FLOW_UNARY_OPERATORS, type FlowCondition } from './ast';
import { parseFlowCondition } from './parser';
import { printFlowCondition } from './printer';

function ast(text: string): FlowCondition {
  const result = parseFlowCondition(text);
  if (!result.ok) throw new Error(result.message);
  return result.ast;
}

function refusal(text: string) {
  const result = parseFlowCondition(text);
  if (result.ok) throw new Error(`accepted ${text}`);
  return result;
}

describe('parseFlowCondition: what Flow writes', () => {
  it.each(FLOW_BINARY_OPERATORS.map((op) => [op]))('reads the binary operator %s', (op) => {
    expect(ast(`(order.name ${op} 'x')`)).toEqual({ kind: 'comparison', lhs: 'order.name', operator: op, rhs: { kind: 'string', value: 'x' } });
  });

  it.each(FLOW_UNARY_OPERATORS.map((op) => [op]))('reads the unary operator %s', (op) => {
    expect(ast(`(order.note ${op})`)).toEqual({ kind: 'test', lhs: 'order.note', operator: op });
  });

  it("reads the documentation's example of quantifiers nested two deep", () => {
    const text = "(order.lineItems any? |lineItems_item| (lineItems_item.product.tags any? |tags_item| (tags_item == 'presale')))";
    expect(ast(text)).toEqual({
      kind: 'quantifier',
      quantifier: 'any',
      list: 'order.lineItems',
      item: 'lineItems_item',
      body: {
        kind: 'quantifier',
        quantifier: 'any',
        list: 'lineItems_item.product.tags',
        item: 'tags_item',
        body: { kind: 'comparison', lhs: 'tags_item', operator: '==', rhs: { kind: 'string', value: 'presale' } },
      },
    });
    expect(printFlowCondition(ast(text))).toBe(text);
  });

  it('reads all? and none? with a group of criteria on each item', () => {
    const parsed = ast("(order.lineItems all? |li| ((li.quantity > 1) && (li.sku none? |s| (s == 'X'))))");
    expect(parsed).toMatchObject({ kind: 'quantifier', quantifier: 'all', item: 'li', body: { kind: 'logical', join: 'and' } });
    const body = (parsed as Extract<FlowCondition, { kind: 'quantifier' }>).body as Extract<FlowCondition, { kind: 'logical' }>;
    expect(body.items[1]).toMatchObject({ kind: 'quantifier', quantifier: 'none', list: 'li.sku', item: 's' });
  });

  it('reads && and || groups, nested, each side parenthesised', () => {
    expect(ast("((order.totalPrice > 500) && (order.tags include? 'vip') && (order.note nil?))")).toMatchObject({
      kind: 'logical',
      join: 'and',
      items: [{ operator: '>' }, { operator: 'include?' }, { operator: 'nil?' }],
    });
    expect(ast("((order.a == 1) || ((order.b == 2) && (order.c == 3)))")).toEqual({
      kind: 'logical',
      join: 'or',
      items: [
        { kind: 'comparison', lhs: 'order.a', operator: '==', rhs: { kind: 'number', value: 1 } },
        {
          kind: 'logical',
          join: 'and',
          items: [
            { kind: 'comparison', lhs: 'order.b', operator: '==', rhs: { kind: 'number', value: 2 } },
            { kind: 'comparison', lhs: 'order.c', operator: '==', rhs: { kind: 'number', value: 3 } },
          ],
        },
      ],
    });
  });

  it('reads a group of one as an AND group', () => {
    expect(ast('((order.a == 1))')).toEqual({ kind: 'logical', join: 'and', items: [{ kind: 'comparison', lhs: 'order.a', operator: '==', rhs: { kind: 'number', value: 1 } }] });
  });

  it('reads quoted text with escaped quotes and backslashes, and keeps other characters as they are', () => {
    expect(ast("(order.note == 'it\\'s a \\\\ path, {x} | y')")).toMatchObject({ rhs: { kind: 'string', value: "it's a \\ path, {x} | y" } });
    expect(ast("(order.note == '')")).toMatchObject({ rhs: { kind: 'string', value: '' } });
    expect(ast("(order.note == 'zażółć\ngęślą')")).toMatchObject({ rhs: { kind: 'string', value: 'zażółć\ngęślą' } });
  });

  it('reads integers, decimals, negative numbers and exponents as numbers; 10.00 is 10', () => {
    expect(ast('(order.totalPrice >= 10.00)')).toMatchObject({ rhs: { kind: 'number', value: 10 } });
    expect(ast('(order.totalPrice < -2.5)')).toMatchObject({ rhs: { kind: 'number', value: -2.5 } });
    expect(ast('(order.totalPrice < 1e3)')).toMatchObject({ rhs: { kind: 'number', value: 1000 } });
    expect(printFlowCondition(ast('(order.totalPrice >= 10.00)'))).toBe('(order.totalPrice >= 10)');
  });

  it('reads dates as Flow writes them: ISO 8601 text in quotes', () => {
    expect(ast("(order.createdAt > '2025-06-05T04:00:00.000Z')")).toMatchObject({ rhs: { kind: 'string', value: '2025-06-05T04:00:00.000Z' } });
  });

  it('reads true and false as booleans, and a path on the right-hand side as a path', () => {
    expect(ast('(order.test == true)')).toMatchObject({ rhs: { kind: 'boolean', value: true } });
    expect(ast('(order.test != false)')).toMatchObject({ rhs: { kind: 'boolean', value: false } });
    expect(ast('(order.createdAt > customer.lastOrderDate)')).toMatchObject({ rhs: { kind: 'path', path: 'customer.lastOrderDate' } });
  });

  it('reads in? with a comma-separated literal, numbers too', () => {
    expect(ast("(order.financialStatus in? 'paid,partially_refunded,refunded')")).toMatchObject({ operator: 'in?', rhs: { value: 'paid,partially_refunded,refunded' } });
    expect(ast("(order.quantity not_in? '1,2,3')")).toMatchObject({ operator: 'not_in?', rhs: { value: '1,2,3' } });
  });

  it('allows any whitespace between tokens and prints the canonical spacing', () => {
    const loose = "(\n  ( order.a   ==1 )&&( order.lineItems any?|li|(li.x empty_or_nil?) )\n)";
    expect(printFlowCondition(ast(loose))).toBe('((order.a == 1) && (order.lineItems any? |li| (li.x empty_or_nil?)))');
  });
});

describe('parseFlowCondition: refusals name the offset', () => {
  const cases: [string, number, RegExp][] = [
    ['(order.totalPrice ==)', 20, /expected a value after '=='/],
    ['(order.totalPrice == ', 21, /expected a value after '=='.*end of the text/],
    ['order.totalPrice == 5', 0, /expected '\(' to start/],
    ['(order.totalPrice == 5', 22, /expected '\)' to close the '\(' at offset 0/],
    ['(order.totalPrice == 5))', 23, /expected the end of the condition/],
    ['((order.a == 1) && (order.b == 2) || (order.c == 3))', 34, /can't be mixed/],
    ['((order.a == 1) && order.b == 2)', 19, /parenthesised condition after '&&'/],
    ['(order.a = 1)', 9, /unexpected character '='/],
    ['(order.a like 1)', 9, /expected an operator after order\.a/],
    ['(order.a == "x")', 12, /single quotes/],
    ["(order.a == 'x)", 12, /no closing quote/],
    ["(order.a == 'a\\nb')", 14, /backslash/],
    ['(order..a == 1)', 1, /not a field path/],
    ['(order.a. == 1)', 1, /not a field path/],
    ['(order.lineItems any? li (li == 1))', 22, /expected '\|' after 'any\?'/],
    ['(order.lineItems any? |li| li == 1)', 27, /parenthesised condition on each item li/],
    ['(order.lineItems any? |true| (x == 1))', 23, /item's name/],
    ['(true == 1)', 1, /field path/],
    ['(order.a == 1.)', 13, /unexpected character '\.'/],
    ['(order.a == 12abc)', 12, /expected a number/],
    ['(order.a == 1e999)', 12, /too large/],
    ['', 0, /expected '\('/],
    ['()', 1, /expected a field path/],
  ];
  it.each(cases)('%j is refused at offset %i', (text, offset, reason) => {
    const result = refusal(text);
    expect(result.code).toBe('CONDITION_SYNTAX');
    expect(result.offset).toBe(offset);
    expect(result.message).toMatch(reason);
    expect(result.message.startsWith(`at offset ${offset}: `)).toBe(true);
  });

  it("refuses Liquid anywhere in the text with Flow's rule, at the Liquid's offset", () => {
    for (const [text, offset] of [
      ['(order.totalPrice > {{ shop.minimum }})', 20],
      ["(order.note == '{% if x %}')", 16],
      ["(order.note == 'ok') {{", 21],
    ] as const) {
      const result = refusal(text);
      expect(result).toMatchObject({ code: 'CONDITION_LIQUID', offset });
      expect(result.message).toMatch(/Liquid .* not allowed inside a condition/);
    }
  });

  it('refuses nesting deeper than its limit instead of overflowing the stack', () => {
    const deep = '('.repeat(5000) + '(order.a == 1)' + ')'.repeat(5000);
    expect(refusal(deep).message).toMatch(/nest more than 64 levels/);
    const ok = '('.repeat(20) + '(order.a == 1)' + ')'.repeat(20);
    expect(parseFlowCondition(ok).ok).toBe(true);
  });
});
