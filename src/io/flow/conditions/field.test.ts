/**
 * A condition field's value, by content: DSL text or a tree's JSON, each
 * refusal a `condition` problem at the value's path (with the offset for
 * the DSL, the tree's keys for a tree), written back in its own form.
 */
import { describe, expect, it } from 'vitest';
import { readConditionValue, writeConditionValue } from './field';

const at = ['root', 'steps', 0, 'config_field_values', 0, 'value'];

describe('readConditionValue / writeConditionValue', () => {
  it('reads DSL text and writes it back canonically', () => {
    const read = readConditionValue("( order.totalPrice >  500.00 )", at);
    expect(read).toMatchObject({ ok: true, form: 'dsl' });
    if (read.ok) expect(writeConditionValue(read.ast, read.form)).toBe('(order.totalPrice > 500)');
  });

  it("reads a tree's JSON and writes it back as the same compact JSON", () => {
    const read = readConditionValue("(order.tags include? 'vip')", at);
    if (!read.ok) throw new Error('not read');
    const tree = writeConditionValue(read.ast, 'tree');
    expect(tree.startsWith('{"uuid":"00000000-0000-4000-8000-000000000001","lhs":{')).toBe(true);
    const again = readConditionValue(tree, at);
    expect(again).toEqual({ ok: true, ast: read.ast, form: 'tree' });
    if (again.ok) expect(writeConditionValue(again.ast, again.form)).toBe(tree);
  });

  it('refuses DSL with the offset, Liquid with its own code, broken JSON and a bad tree with their paths', () => {
    expect(readConditionValue('(order.totalPrice >)', at)).toEqual({
      ok: false,
      problems: [{ bucket: 'condition', path: at, code: 'CONDITION_SYNTAX', params: { offset: 19, reason: expect.stringMatching(/^at offset 19: expected a value after '>'/) as unknown } }],
    });
    expect(readConditionValue('{{ order.total }}', at)).toMatchObject({ ok: false, problems: [{ code: 'CONDITION_LIQUID', params: { offset: 0 } }] });
    expect(readConditionValue('{"uuid": ', at)).toMatchObject({ ok: false, problems: [{ code: 'VALUE_ENCODING', path: at, params: { reason: expect.stringMatching(/not valid JSON/) as unknown } }] });
    const liquidTree = JSON.stringify({
      lhs: { lhs: { value: 'order.note', comparison_value_type: 'EnvironmentValue' }, rhs: { value: '{{ shop.name }}', comparison_value_type: 'LiteralValue' }, operator: '==', operation_type: 'Comparison' },
      operator: 'AND',
      operation_type: 'LogicalExpression',
    });
    expect(readConditionValue(liquidTree, at)).toMatchObject({ ok: false, problems: [{ code: 'CONDITION_LIQUID', path: [...at, 'lhs', 'rhs', 'value'] }] });
  });
});
