import { describe, expect, it } from 'vitest';
import { operatorsFor } from '../../domain/workflow/conditionOperators';
import type { DataField } from '../../domain/workflow/dataFields';
import { orgWith, workflow } from '../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { type ConditionGroup, Criterion, type Step } from '../../domain/workflow/document';
import { stepFacts, validateWorkflow, workflowFacts } from '../../domain/workflow/validate';
import {
  formatList,
  itemScope,
  newListCondition,
  withList,
  formatSingle,
  newCriterion,
  parseList,
  parseSingle,
  withField,
  withOperator,
} from './criterionEdits';

const field = (path: string, type: DataField['type']): DataField => {
  const [root, key] = path.split('.') as [DataField['root'], string];
  return { path, root, key, type, label: { en: key, pl: key } };
};
const rating = field('trigger.rating', 'number_integer');
const email = field('customer.email', 'email');
const verified = field('trigger.verified', 'boolean');
const tags = field('customer.tags', 'list.single_line_text_field');

describe('new criteria', () => {
  it('start with the type’s first operator and a value of the shape it takes', () => {
    expect(newCriterion(rating)).toEqual({ kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: '' });
    expect(newCriterion(verified)).toEqual({ kind: 'criterion', field: 'trigger.verified', operator: 'equal', value: true });
    expect(newCriterion(tags)).toEqual({ kind: 'criterion', field: 'customer.tags', operator: 'includes', value: '' });
  });
});

describe('withField', () => {
  it('keeps operator and value on a field of the same type', () => {
    const c: Criterion = { kind: 'criterion', field: 'customer.email', operator: 'ends_with', value: '@shop.com' };
    const other = field('order.email', 'email');
    expect(withField(c, other, 'email')).toEqual({ ...c, field: 'order.email' });
  });

  it('falls back to an operator the new type allows, and starts the value over', () => {
    const c: Criterion = { kind: 'criterion', field: 'customer.email', operator: 'ends_with', value: '@shop.com' };
    const next = withField(c, rating, 'email');
    expect(operatorsFor('number_integer')).toContain(next.operator);
    expect(next).toEqual({ kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: '' });
  });

  it('starts the value over when the type changes even if the operator stays', () => {
    const c: Criterion = { kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: 4 };
    expect(withField(c, verified, 'number_integer').value).toBe(true);
    expect(withField(c, email, 'number_integer').value).toBe('');
  });
});

describe('withOperator', () => {
  const c: Criterion = { kind: 'criterion', field: 'customer.email', operator: 'equal', value: 'a@b.co' };

  it('drops the value for is empty / is not empty', () => {
    const next = withOperator(c, 'is_empty', 'email');
    expect(next).toEqual({ kind: 'criterion', field: 'customer.email', operator: 'is_empty' });
    expect('value' in next).toBe(false);
  });

  it('turns one value into a list of one for is any of, and back', () => {
    const list = withOperator(c, 'any_of', 'email');
    expect(list.value).toEqual(['a@b.co']);
    expect(withOperator({ ...c, value: '' }, 'none_of', 'email').value).toEqual([]);
    expect(withOperator({ ...list, value: ['4', '5'] }, 'equal', 'number_integer').value).toBe(4);
    expect(withOperator({ ...list, value: [] }, 'equal', 'email').value).toBe('');
  });

  it('gives an operand back after is empty', () => {
    const empty: Criterion = { kind: 'criterion', field: 'trigger.verified', operator: 'is_empty' };
    expect(withOperator(empty, 'equal', 'boolean').value).toBe(true);
    expect(withOperator(empty, 'any_of', 'boolean').value).toEqual([]);
  });

  it('always yields criteria the document schema accepts', () => {
    for (const op of operatorsFor('email')) {
      expect(Criterion.safeParse(withOperator(c, op, 'email')).success).toBe(true);
    }
  });
});

describe('values typed into the builder', () => {
  it('reads comma-separated lists, dropping blanks', () => {
    expect(parseList(' vip, wholesale ,, ')).toEqual(['vip', 'wholesale']);
    expect(parseList('')).toEqual([]);
    expect(formatList(parseList('a,b'))).toBe('a, b');
  });

  it('stores numbers of number fields as numbers, other text as typed', () => {
    expect(parseSingle('4', 'number_integer')).toBe(4);
    expect(parseSingle('2.5', 'number_decimal')).toBe(2.5);
    expect(parseSingle('four', 'number_integer')).toBe('four');
    expect(parseSingle('', 'number_integer')).toBe('');
    expect(parseSingle('42', 'single_line_text_field')).toBe('42');
    expect(parseSingle('TRUE', 'boolean')).toBe(true);
    expect(parseSingle('nope', 'boolean')).toBe('nope');
  });

  it('shows stored values as text', () => {
    expect(formatSingle(4)).toBe('4');
    expect(formatSingle(false)).toBe('false');
    expect(formatSingle(undefined)).toBe('');
    expect(formatSingle(['a', 'b'])).toBe('a, b');
  });
});

describe('list conditions', () => {
  const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [{ id: 'c', condition: { kind: 'group', join: 'and', items: [] } }] });
  const scope = stepFacts(wf.steps[1]!, workflowFacts(wf, catalog)).scope!;
  const check = (items: ConditionGroup['items']) =>
    validateWorkflow({ ...wf, steps: [wf.steps[0]!, { ...wf.steps[1]!, criteria: { kind: 'group', join: 'and', items } } as Step] }, { catalog, org: orgWith({ 'store-1': ['shopify'] }) }).filter(
      (p) => p.stepId === 'c',
    );

  it("start as Flow names the item, with a criterion on the item's first field", () => {
    const lines = newListCondition(scope, 'order.line_items');
    expect(lines).toMatchObject({ kind: 'quantifier', quantifier: 'any', list: 'order.line_items', item: 'lineItems_item' });
    expect(lines.criteria.items).toEqual([{ kind: 'criterion', field: 'lineItems_item.id', operator: 'equal', value: '' }]);
    // A list of text: the item is the text itself.
    expect(newListCondition(scope, 'order.tags', 'none').criteria.items).toEqual([{ kind: 'criterion', field: 'tags_item', operator: 'equal', value: '' }]);
  });

  it('nest: a list inside an item gets a name of its own, and validation accepts the whole once values are filled in', () => {
    const outer = newListCondition(scope, 'order.line_items');
    const inner = newListCondition(itemScope(scope, outer.list, outer.item)!, 'lineItems_item.product.tags');
    expect(inner.item).toBe('tags_item');
    const filled = { ...inner, criteria: { ...inner.criteria, items: [{ kind: 'criterion' as const, field: 'tags_item', operator: 'equal' as const, value: 'presale' }] } };
    expect(check([{ ...outer, criteria: { kind: 'group', join: 'and', items: [filled] } }])).toEqual([]);
  });

  it('start over on the new item when the list changes, and stay the same object when it does not', () => {
    const lines = newListCondition(scope, 'order.line_items', 'all');
    expect(withList(lines, scope, 'order.line_items')).toBe(lines);
    const orders = withList(lines, scope, 'customer.orders');
    expect(orders).toMatchObject({ quantifier: 'all', list: 'customer.orders', item: 'orders_item' });
    expect(orders.criteria.items).toEqual([{ kind: 'criterion', field: 'orders_item.id', operator: 'equal', value: '' }]);
  });

  it('have no item scope for something that is not a list', () => {
    expect(itemScope(scope, 'order.name', 'name_item')).toBeUndefined();
    expect(itemScope(scope, 'order.nothing', 'x_item')).toBeUndefined();
  });
});
