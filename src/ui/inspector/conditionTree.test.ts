import { describe, expect, it } from 'vitest';
import { ConditionGroup, type Criterion } from '../../domain/workflow/document';
import { orgWith, workflow } from '../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import type { ListCondition } from '../../domain/workflow/document';
import { validateWorkflow } from '../../domain/workflow/validate';
import {
  addCriterion,
  addGroup,
  criteriaFieldOf,
  itemAt,
  pathLabel,
  problemFieldOf,
  removeAt,
  setJoin,
  updateAt,
  updateListAt,
} from './conditionTree';

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

  it('names places as people do', () => {
    expect(pathLabel([1, 0])).toBe('2.1');
  });
});

const over = (list: string, item: string, ...items: ConditionGroup['items']): ListCondition => ({
  kind: 'quantifier',
  quantifier: 'any',
  list,
  item,
  criteria: { kind: 'group', join: 'and', items },
});

/** and( total, any line item ( any tag ( tag = presale ) , title = Boots ) ) */
function listTree(): ConditionGroup {
  return {
    kind: 'group',
    join: 'and',
    items: [
      c('order.total_price'),
      over('order.line_items', 'lineItems_item', over('lineItems_item.product.tags', 'tags_item', c('tags_item')), c('lineItems_item.title')),
    ],
  };
}

describe('condition tree edits inside list conditions', () => {
  it("steps through a list condition into its criteria", () => {
    const root = listTree();
    expect(itemAt(root, [1])).toMatchObject({ kind: 'quantifier', item: 'lineItems_item' });
    expect(itemAt(root, [1, 1])).toEqual(c('lineItems_item.title'));
    expect(itemAt(root, [1, 0, 0])).toEqual(c('tags_item'));
    expect(itemAt(root, [0, 0])).toBeUndefined();
  });

  it('edits, adds and removes criteria of a nested list condition, leaving the rest shared', () => {
    const root = listTree();
    const edited = updateAt(root, [1, 0, 0], () => ({ ...c('tags_item'), value: 'presale' }));
    expect(itemAt(edited, [1, 0, 0])).toMatchObject({ value: 'presale' });
    expect(edited.items[0]).toBe(root.items[0]);
    expect((edited.items[1] as ListCondition).criteria.items[1]).toBe((root.items[1] as ListCondition).criteria.items[1]);
    const added = addCriterion(root, [1], c('lineItems_item.quantity'));
    expect((added.items[1] as ListCondition).criteria.items).toHaveLength(3);
    const removed = removeAt(root, [1, 0]);
    expect((removed.items[1] as ListCondition).criteria.items).toEqual([c('lineItems_item.title')]);
    expect(removeAt(root, [1]).items).toEqual([c('order.total_price')]);
    expect(root).toEqual(listTree());
  });

  it("sets the join of a list condition's criteria and changes its quantifier", () => {
    const joined = setJoin(listTree(), [1], 'or');
    expect((joined.items[1] as ListCondition).criteria.join).toBe('or');
    const none = updateListAt(listTree(), [1, 0], (l) => ({ ...l, quantifier: 'none' }));
    expect(itemAt(none, [1, 0])).toMatchObject({ kind: 'quantifier', quantifier: 'none', list: 'lineItems_item.product.tags' });
    const root = listTree();
    expect(updateListAt(root, [0], (l) => ({ ...l, quantifier: 'all' }))).toBe(root);
    expect(ConditionGroup.safeParse(joined).success).toBe(true);
  });

  it('names the places of problems as validation does, inside list conditions too', () => {
    const blank = (item: ConditionGroup['items'][number]): ConditionGroup['items'][number] =>
      item.kind === 'criterion' ? { ...item, value: '' } : item.kind === 'group' ? item : { ...item, criteria: { ...item.criteria, items: item.criteria.items.map(blank) } };
    const criteria = { ...listTree(), items: listTree().items.map(blank) };
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [{ id: 'c', condition: criteria }] });
    const problems = validateWorkflow(wf, { catalog, org: orgWith({ 'store-1': ['shopify'] }) }).filter((p) => p.stepId === 'c');
    // Every criterion here lacks its value: each is reported at its own place.
    const tag = problemFieldOf(criteriaFieldOf(problemFieldOf(criteriaFieldOf(problemFieldOf('criteria', 1)), 0)), 0);
    const title = problemFieldOf(criteriaFieldOf(problemFieldOf('criteria', 1)), 1);
    expect(tag).toBe('criteria.items.1.criteria.items.0.criteria.items.0');
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining([problemFieldOf('criteria', 0), tag, title]));
  });
});
