import { describe, expect, it } from 'vitest';
import { ConditionGroup, type Criterion } from '../../domain/workflow/document';
import { addCriterion, addGroup, itemAt, pathLabel, problemFieldOf, removeAt, setJoin, updateAt } from './conditionTree';

const c = (field: string, value = 1): Criterion => ({ kind: 'criterion', field, operator: 'equal', value });

/** and( rating, or( total, email ), tags ) */
function tree(): ConditionGroup {
  return {
    kind: 'group',
    join: 'and',
    items: [
      c('trigger.rating'),
      { kind: 'group', join: 'or', items: [c('order.total_price'), c('customer.email')] },
      c('customer.tags'),
    ],
  };
}

describe('condition tree edits', () => {
  it('finds items by path, and nothing past the end or through a criterion', () => {
    const root = tree();
    expect(itemAt(root, [])).toBe(root);
    expect(itemAt(root, [1, 1])).toEqual(c('customer.email'));
    expect(itemAt(root, [5])).toBeUndefined();
    expect(itemAt(root, [0, 0])).toBeUndefined();
  });

  it('updates one nested criterion, sharing every untouched branch', () => {
    const root = tree();
    const next = updateAt(root, [1, 0], () => c('order.total_price', 50));
    expect(itemAt(next, [1, 0])).toEqual(c('order.total_price', 50));
    expect(next.items[0]).toBe(root.items[0]);
    expect(next.items[2]).toBe(root.items[2]);
    expect((next.items[1] as ConditionGroup).items[1]).toBe((root.items[1] as ConditionGroup).items[1]);
    expect(root).toEqual(tree()); // the input is untouched
  });

  it('returns the same root for a path that leads nowhere', () => {
    const root = tree();
    expect(updateAt(root, [9], () => c('x.y'))).toBe(root);
    expect(updateAt(root, [0, 1], () => c('x.y'))).toBe(root);
    expect(removeAt(root, [1, 7])).toBe(root);
    expect(removeAt(root, [])).toBe(root);
  });

  it('removes a criterion or a whole nested group', () => {
    expect(removeAt(tree(), [1, 0]).items[1]).toEqual({ kind: 'group', join: 'or', items: [c('customer.email')] });
    const withoutGroup = removeAt(tree(), [1]);
    expect(withoutGroup.items).toEqual([c('trigger.rating'), c('customer.tags')]);
  });

  it('appends criteria to the root or a nested group', () => {
    expect(addCriterion(tree(), [], c('product.title')).items.at(-1)).toEqual(c('product.title'));
    const nested = addCriterion(tree(), [1], c('product.title'));
    expect((nested.items[1] as ConditionGroup).items).toHaveLength(3);
    expect(addCriterion(tree(), [0], c('product.title'))).toEqual(tree()); // a criterion is not a group
  });

  it('adds a group that joins the other way, with its first criterion', () => {
    const next = addGroup(tree(), [], c('product.title'));
    expect(next.items.at(-1)).toEqual({ kind: 'group', join: 'or', items: [c('product.title')] });
    const inner = addGroup(tree(), [1]);
    expect((inner.items[1] as ConditionGroup).items.at(-1)).toEqual({ kind: 'group', join: 'and', items: [] });
  });

  it('sets the join of the root or a nested group', () => {
    expect(setJoin(tree(), [], 'or').join).toBe('or');
    expect((setJoin(tree(), [1], 'and').items[1] as ConditionGroup).join).toBe('and');
    const root = tree();
    expect(setJoin(root, [], 'and')).toBe(root);
  });

  it('keeps edited trees valid for the document schema', () => {
    let root = tree();
    root = addGroup(root, [1], c('trigger.rating'));
    root = removeAt(root, [0]);
    root = setJoin(root, [0, 2], 'or');
    expect(ConditionGroup.safeParse(root).success).toBe(true);
  });

  it('names places as validation and people do', () => {
    expect(problemFieldOf([1, 0])).toBe('criteria.items.1.items.0');
    expect(problemFieldOf([])).toBe('criteria');
    expect(pathLabel([1, 0])).toBe('2.1');
  });
});
