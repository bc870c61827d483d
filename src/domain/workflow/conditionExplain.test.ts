/** A condition explained line by line: what each criterion read, whether it held, and which list item settled a list condition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConditionGroup, ListCondition } from './document';
import { evaluateGroup, explainGroup } from './conditionOperators';
import { loopItemLabel } from './kinds/forEach';

const data = {
  trigger: { rating: 2, review_text: 'Broken strap' },
  order: { line_items: [{ title: 'Blue bag', quantity: 1 }, { title: 'Red hat', quantity: 5 }, { title: 'Green sock', quantity: 1 }] },
};
const list = (quantifier: ListCondition['quantifier'], criteria: ConditionGroup['items']): ListCondition => ({
  kind: 'quantifier',
  quantifier,
  list: 'order.line_items',
  item: 'lineItems_item',
  criteria: { kind: 'group', join: 'and', items: criteria },
});
const qty = (operator: 'greater_than' | 'less_than', value: number) => ({ kind: 'criterion' as const, field: 'lineItems_item.quantity', operator, value });

describe('explainGroup', () => {
  it('gives each criterion its field, operator, expected and actual value and whether it held', () => {
    const group: ConditionGroup = {
      kind: 'group',
      join: 'and',
      items: [
        { kind: 'criterion', field: 'trigger.rating', operator: 'less_than', value: 3 },
        { kind: 'criterion', field: 'trigger.review_text', operator: 'includes', value: 'late' },
        { kind: 'criterion', field: 'trigger.missing', operator: 'is_empty' },
      ],
    };
    expect(explainGroup(group, data)).toEqual({
      held: false,
      lines: [
        { kind: 'criterion', depth: 0, field: 'trigger.rating', operator: 'less_than', expected: 3, actual: 2, held: true },
        { kind: 'criterion', depth: 0, field: 'trigger.review_text', operator: 'includes', expected: 'late', actual: 'Broken strap', held: false },
        // A missing value reads as null (nothing), without an expected value for is_empty.
        { kind: 'criterion', depth: 0, field: 'trigger.missing', operator: 'is_empty', actual: null, held: true },
      ],
    });
  });

  it('puts a nested group on its own line, its criteria one level deeper', () => {
    const group: ConditionGroup = {
      kind: 'group',
      join: 'and',
      items: [{ kind: 'group', join: 'or', items: [{ kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: 5 }] }],
    };
    expect(explainGroup(group, data).lines).toEqual([
      { kind: 'group', depth: 0, join: 'or', held: false },
      { kind: 'criterion', depth: 1, field: 'trigger.rating', operator: 'equal', expected: 5, actual: 2, held: false },
    ]);
  });

  it('at least one of: the first item that passes settles it, and its criteria are shown for that item', () => {
    const { held, lines } = explainGroup({ kind: 'group', join: 'and', items: [list('any', [qty('greater_than', 2)])] }, data, loopItemLabel);
    expect(held).toBe(true);
    expect(lines).toEqual([
      { kind: 'quantifier', depth: 0, list: 'order.line_items', quantifier: 'any', count: 3, passed: 1, held: true, deciding: { index: 1, item: 'Red hat' } },
      { kind: 'criterion', depth: 1, field: 'lineItems_item.quantity', operator: 'greater_than', expected: 2, actual: 5, held: true },
    ]);
  });

  it('all of: the first item that fails settles it; none of: the first that passes', () => {
    const all = explainGroup({ kind: 'group', join: 'and', items: [list('all', [qty('less_than', 2)])] }, data, loopItemLabel);
    expect(all.held).toBe(false);
    expect(all.lines[0]).toMatchObject({ passed: 2, deciding: { index: 1, item: 'Red hat' } });
    expect(all.lines[1]).toMatchObject({ actual: 5, held: false });
    const none = explainGroup({ kind: 'group', join: 'and', items: [list('none', [qty('less_than', 2)])] }, data, loopItemLabel);
    expect(none.held).toBe(false);
    expect(none.lines[0]).toMatchObject({ passed: 2, deciding: { index: 0, item: 'Blue bag' } });
  });

  it('names no deciding item when every item had to be looked at, or there were none', () => {
    const held = explainGroup({ kind: 'group', join: 'and', items: [list('all', [qty('greater_than', 0)])] }, data);
    expect(held.lines).toEqual([{ kind: 'quantifier', depth: 0, list: 'order.line_items', quantifier: 'all', count: 3, passed: 3, held: true }]);
    const empty = explainGroup({ kind: 'group', join: 'and', items: [list('any', [qty('greater_than', 0)])] }, { order: {} });
    expect(empty.lines).toEqual([{ kind: 'quantifier', depth: 0, list: 'order.line_items', quantifier: 'any', count: 0, passed: 0, held: false }]);
  });

  it('holds exactly when evaluateGroup does', () => {
    const criterion = fc.record({
      kind: fc.constant('criterion' as const),
      field: fc.constantFrom('trigger.rating', 'trigger.review_text', 'trigger.nope'),
      operator: fc.constantFrom('equal' as const, 'less_than' as const, 'is_empty' as const, 'includes' as const),
      value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('strap', 'x')),
    });
    const group = fc.record({ kind: fc.constant('group' as const), join: fc.constantFrom('and' as const, 'or' as const), items: fc.array(criterion, { maxLength: 4 }) });
    fc.assert(fc.property(group, (g) => explainGroup(g, data).held === evaluateGroup(g, data)));
  });

  it('holds exactly when evaluateGroup does, with nested groups and list conditions, and each line of an item as that item alone', () => {
    const criterion = fc.record({
      kind: fc.constant('criterion' as const),
      field: fc.constantFrom('trigger.rating', 'trigger.review_text', 'trigger.nope', 'lineItems_item.quantity'),
      operator: fc.constantFrom('equal' as const, 'less_than' as const, 'greater_than' as const, 'is_empty' as const),
      value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('strap', 'x')),
    });
    const { group } = fc.letrec<{ group: ConditionGroup; item: ConditionGroup['items'][number] }>((tie) => ({
      group: fc.record({ kind: fc.constant('group' as const), join: fc.constantFrom('and' as const, 'or' as const), items: fc.array(tie('item'), { maxLength: 3 }) }),
      item: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        criterion,
        tie('group'),
        fc.record({
          kind: fc.constant('quantifier' as const),
          quantifier: fc.constantFrom('any' as const, 'all' as const, 'none' as const),
          list: fc.constantFrom('order.line_items', 'order.nope'),
          item: fc.constant('lineItems_item'),
          criteria: tie('group'),
        }),
      ),
    }));
    fc.assert(
      fc.property(group, (g) => {
        expect(explainGroup(g, data).held).toBe(evaluateGroup(g, data));
        for (const item of g.items) {
          const alone: ConditionGroup = { kind: 'group', join: 'and', items: [item] };
          const first = explainGroup(alone, data).lines[0]!;
          expect(first.held).toBe(evaluateGroup(alone, data));
        }
      }),
      { numRuns: 500 },
    );
  });
});
