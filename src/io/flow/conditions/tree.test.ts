/**
 * The export's condition tree (FORMAT.md §9): read as the exports seen
 * write it, written back deterministically, and each refused node named by
 * its JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeCondition } from '../../../../test/fixtures/flow/conditionArbitraries';
import { parseFlowCondition } from './parser';
import { printFlowCondition } from './printer';
import { readConditionTree } from './treeRead';
import { writeConditionTree } from './treeWrite';

const base = ['root', 'steps', 2, 'config_field_values', 0, 'value'];

/** A tree as a `.flow` export writes it: ULIDs, a root wrapping one lhs, an ANY over line items. */
const exported = {
  uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R4',
  lhs: {
    uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R5',
    parent_uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R4',
    array_path: { uuid: 'a1', parent_uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R5', value: 'order.lineItems', comparison_value_type: 'EnvironmentValue' },
    array_item_key: { uuid: 'a2', parent_uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R5', value: 'lineItems_item', comparison_value_type: 'LiteralValue' },
    operation: {
      uuid: 'a3',
      parent_uuid: '01HZX4A7T1Q9W0Y2C5M8B3N6R5',
      lhs: {
        uuid: 'a4',
        parent_uuid: 'a3',
        lhs: { uuid: 'a5', parent_uuid: 'a4', value: 'lineItems_item.product.status', comparison_value_type: 'EnvironmentValue', full_environment_path: 'lineItems_item.product.status' },
        rhs: { uuid: 'a6', parent_uuid: 'a4', value: 'ACTIVE', comparison_value_type: 'LiteralValue' },
        value_type: 'EnvironmentEnumDefinition:ProductStatus',
        operator: '==',
        operation_type: 'Comparison',
      },
      rhs: {
        uuid: 'a7',
        parent_uuid: 'a3',
        lhs: { uuid: 'a8', parent_uuid: 'a7', value: 'lineItems_item.sku', comparison_value_type: 'EnvironmentValue', full_environment_path: 'lineItems_item.sku' },
        rhs: { uuid: 'a9', parent_uuid: 'a7', value: '', comparison_value_type: 'LiteralValue' },
        value_type: 'EnvironmentScalarDefinition:String',
        operator: 'not_empty_and_not_nil?',
        operation_type: 'Comparison',
      },
      operator: 'AND',
      operation_type: 'LogicalExpression',
    },
    operator: 'ANY',
    operation_type: 'ArrayExpression',
  },
  operator: 'AND',
  operation_type: 'LogicalExpression',
};

describe('readConditionTree', () => {
  it('reads an export: the root wrapper, an ANY over a list, AND of a comparison on an enum and a unary test', () => {
    const result = readConditionTree(exported, base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(printFlowCondition(result.ast)).toBe("(order.lineItems any? |lineItems_item| ((lineItems_item.product.status == 'ACTIVE') && (lineItems_item.sku not_empty_and_not_nil?)))");
    // The enum's type is kept (the DSL can't say it); the String type is what text implies, so it is not.
    expect(JSON.stringify(result.ast)).toContain('EnvironmentEnumDefinition:ProductStatus');
    expect(JSON.stringify(result.ast)).not.toContain('EnvironmentScalarDefinition:String');
  });

  it('reads numbers and booleans from text by the value_type, and an rhs chain of one operator as one group', () => {
    const cmp = (value: string, type: string, operator = '>') => ({
      lhs: { value: 'order.totalPrice', comparison_value_type: 'EnvironmentValue' },
      rhs: { value, comparison_value_type: 'LiteralValue' },
      value_type: type,
      operator,
      operation_type: 'Comparison',
    });
    const tree = {
      lhs: cmp('500', 'EnvironmentScalarDefinition:Int'),
      rhs: { lhs: cmp('10.50', 'EnvironmentScalarDefinition:Money'), rhs: cmp('true', 'EnvironmentScalarDefinition:Boolean', '=='), operator: 'OR', operation_type: 'LogicalExpression' },
      operator: 'OR',
      operation_type: 'LogicalExpression',
    };
    const result = readConditionTree(tree, base);
    expect(result.ok && printFlowCondition(result.ast)).toBe('((order.totalPrice > 500) || (order.totalPrice > 10.5) || (order.totalPrice == true))');
  });

  const refusals: [string, (t: typeof exported) => unknown, (string | number)[], RegExp][] = [
    ['a node that is not an object', () => 'nope', [], /JSON object/],
    ['an unknown operation type', (t) => ({ ...t, operation_type: 'Mystery' }), ['operation_type'], /LogicalExpression/],
    ['an unknown quantifier', (t) => ({ ...t, lhs: { ...t.lhs, operator: 'SOME' } }), ['lhs', 'operator'], /ANY/],
    ['an unknown comparison operator', (t) => ({ ...t, lhs: { ...t.lhs, operation: { ...t.lhs.operation, lhs: { ...t.lhs.operation.lhs, operator: '=~' } } } }), ['lhs', 'operation', 'lhs', 'operator'], /operators/],
    ['a left-hand side that is not a field path', (t) => ({ ...t, lhs: { ...t.lhs, array_path: { ...t.lhs.array_path, value: 'order..x' } } }), ['lhs', 'array_path', 'value'], /field path/],
    ['a literal on the left', (t) => ({ ...t, lhs: { ...t.lhs, array_path: { ...t.lhs.array_path, comparison_value_type: 'LiteralValue' } } }), ['lhs', 'array_path', 'comparison_value_type'], /EnvironmentValue/],
    ['a unary test with a value', (t) => ({ ...t, lhs: { ...t.lhs, operation: { ...t.lhs.operation, rhs: { ...t.lhs.operation.rhs, rhs: { value: 'x', comparison_value_type: 'LiteralValue' } } } } }), ['lhs', 'operation', 'rhs', 'rhs', 'value'], /no right-hand side/],
    ['an item name that is not a name', (t) => ({ ...t, lhs: { ...t.lhs, array_item_key: { value: 'line items' } } }), ['lhs', 'array_item_key', 'value'], /name/],
    ['a logical operator other than AND/OR', (t) => ({ ...t, operator: 'XOR' }), ['operator'], /"AND" or "OR"/],
  ];
  it.each(refusals)('refuses %s, naming its JSON path', (_what, make, at, reason) => {
    const result = readConditionTree(make(structuredClone(exported)), base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ bucket: 'condition', code: 'VALUE_ENCODING', path: [...base, ...at] });
    expect(String(result.problems[0]!.params?.reason)).toMatch(reason);
  });

  it('refuses a tree nested deeper than its limit without overflowing the stack', () => {
    let tree: unknown = { lhs: { value: 'order.a', comparison_value_type: 'EnvironmentValue' }, rhs: { value: '1', comparison_value_type: 'LiteralValue' }, operator: '==', operation_type: 'Comparison' };
    for (let i = 0; i < 5000; i++) tree = { lhs: tree, operator: 'AND', operation_type: 'LogicalExpression' };
    const result = readConditionTree(tree, base);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.params?.reason).toMatch(/nests more than/);
  });
});

describe('writeConditionTree', () => {
  it('writes the root as a LogicalExpression wrapping one lhs, with numbered uuids and parents, deterministically', () => {
    const parsed = parseFlowCondition("(order.tags include? 'vip')");
    if (!parsed.ok) throw new Error(parsed.message);
    const tree = writeConditionTree(parsed.ast);
    expect(tree).toEqual({
      uuid: '00000000-0000-4000-8000-000000000001',
      lhs: {
        uuid: '00000000-0000-4000-8000-000000000002',
        parent_uuid: '00000000-0000-4000-8000-000000000001',
        lhs: { uuid: '00000000-0000-4000-8000-000000000003', parent_uuid: '00000000-0000-4000-8000-000000000002', value: 'order.tags', comparison_value_type: 'EnvironmentValue', full_environment_path: 'order.tags' },
        rhs: { uuid: '00000000-0000-4000-8000-000000000004', parent_uuid: '00000000-0000-4000-8000-000000000002', value: 'vip', comparison_value_type: 'LiteralValue' },
        value_type: 'EnvironmentScalarDefinition:String',
        operator: 'include?',
        operation_type: 'Comparison',
      },
      operator: 'AND',
      operation_type: 'LogicalExpression',
    });
    expect(writeConditionTree(parsed.ast)).toEqual(tree);
  });

  it('read(write(ast)) is ast for any condition a tree can hold, and write(read(tree)) is the tree', () => {
    fc.assert(
      fc.property(treeCondition, (ast) => {
        const tree = writeConditionTree(ast);
        const back = readConditionTree(JSON.parse(JSON.stringify(tree)), base);
        expect(back).toEqual({ ok: true, ast });
        if (back.ok) expect(writeConditionTree(back.ast)).toEqual(tree);
      }),
      { numRuns: 300 },
    );
  });
});
