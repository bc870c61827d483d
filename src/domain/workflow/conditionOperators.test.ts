import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../catalog/fieldTypes';
import { TEXT_LIST } from '../catalog/shopifyObjects';
import { type ConditionGroup, type Criterion, type ListCondition, OPERATORS, type Operator } from './document';
import {
  OPERATOR_LABELS,
  evaluateCriterion,
  evaluateGroup,
  isEmptyValue,
  operandKind,
  operatorsFor,
  resolvePath,
  withBinding,
} from './conditionOperators';

const c = (operator: Operator, value?: Criterion['value']) => ({ operator, value });
const holds = (operator: Operator, value: Criterion['value'] | undefined, actual: unknown) =>
  evaluateCriterion(c(operator, value), actual);

describe('operatorsFor', () => {
  it('offers ordering comparisons only on numbers and text matching only on text', () => {
    expect(operatorsFor('number_integer')).toContain('less_than');
    expect(operatorsFor('number_decimal')).toContain('greater_or_equal');
    expect(operatorsFor('single_line_text_field')).not.toContain('less_than');
    expect(operatorsFor('email')).toContain('ends_with');
    expect(operatorsFor('number_integer')).not.toContain('starts_with');
  });

  it('restricts booleans to equality, lists to includes/empty and references to equality/empty', () => {
    expect(operatorsFor('boolean')).toEqual(['equal', 'not_equal']);
    expect(operatorsFor(TEXT_LIST)).toEqual(['includes', 'not_includes', 'is_empty', 'is_not_empty']);
    expect(operatorsFor('order_reference')).toEqual(['equal', 'not_equal', 'is_empty', 'is_not_empty']);
  });

  it('has at least one operator for every field type and labels for every operator in both languages', () => {
    for (const type of FIELD_TYPES) expect(operatorsFor(type).length).toBeGreaterThan(0);
    for (const op of OPERATORS) {
      expect(OPERATOR_LABELS[op].en).not.toBe('');
      expect(OPERATOR_LABELS[op].pl).not.toBe('');
    }
  });

  it('tells the builder which operators take no value, one value or a list', () => {
    expect(operandKind('is_empty')).toBe('none');
    expect(operandKind('none_of')).toBe('list');
    expect(operandKind('less_than')).toBe('single');
  });
});

describe('evaluateCriterion on text', () => {
  it('compares case-insensitively', () => {
    expect(holds('equal', 'vip', 'VIP')).toBe(true);
    expect(holds('starts_with', 'ANNA', 'anna.kowalska@example.pl')).toBe(true);
    expect(holds('ends_with', '@Example.PL', 'anna.kowalska@example.pl')).toBe(true);
    expect(holds('includes', 'Strap', 'The strap broke after a week.')).toBe(true);
    expect(holds('not_includes', 'strap', 'Lovely backpack')).toBe(true);
    expect(holds('equal', 'vip ', 'vip')).toBe(false);
  });

  it('matches any_of / none_of against a list of options, a single option counting as a list of one', () => {
    expect(holds('any_of', ['PLN', 'EUR'], 'eur')).toBe(true);
    expect(holds('any_of', ['PLN', 'EUR'], 'USD')).toBe(false);
    expect(holds('none_of', ['PLN', 'EUR'], 'USD')).toBe(true);
    expect(holds('any_of', 'PLN', 'pln')).toBe(true);
    expect(holds('any_of', [], 'pln')).toBe(false);
  });
});

describe('evaluateCriterion on numbers', () => {
  it('compares numerically, coercing numeric text on either side', () => {
    expect(holds('less_than', 3, 2)).toBe(true);
    expect(holds('less_than', '3', 2)).toBe(true);
    expect(holds('greater_than', 100, '249.99')).toBe(true);
    expect(holds('less_or_equal', 3, 3)).toBe(true);
    expect(holds('greater_or_equal', 10, 9)).toBe(false);
    expect(holds('equal', '2.0', 2)).toBe(true);
    expect(holds('greater_than', '9', '10')).toBe(true); // numerically, not as text
  });

  it('never matches text that is not a number', () => {
    expect(holds('greater_than', 1, 'many')).toBe(false);
    expect(holds('less_than', 'three', 2)).toBe(false);
    expect(holds('equal', 2, '')).toBe(false);
  });

  it('matches any_of numerically', () => {
    expect(holds('any_of', ['1', '2'], 2)).toBe(true);
    expect(holds('none_of', ['4', '5'], 2)).toBe(true);
  });
});

describe('evaluateCriterion on booleans, lists and references', () => {
  it('compares booleans with "true"/"false" text', () => {
    expect(holds('equal', true, true)).toBe(true);
    expect(holds('equal', 'true', true)).toBe(true);
    expect(holds('equal', false, 'FALSE')).toBe(true);
    expect(holds('not_equal', true, false)).toBe(true);
    expect(holds('equal', true, 'yes')).toBe(false);
  });

  it('treats includes on a list as element membership, case-insensitively', () => {
    expect(holds('includes', 'VIP', ['vip', 'newsletter'])).toBe(true);
    expect(holds('includes', 'vi', ['vip', 'newsletter'])).toBe(false);
    expect(holds('not_includes', 'wholesale', ['vip'])).toBe(true);
    expect(holds('not_includes', 'wholesale', undefined)).toBe(true);
  });

  it('compares reference ids given as numbers or text', () => {
    expect(holds('equal', '7054216839', 7054216839)).toBe(true);
    expect(holds('not_equal', '7054216839', '7054216840')).toBe(true);
  });
});

describe('emptiness and missing data', () => {
  it('counts undefined, null, empty text and empty lists as empty, and nothing else', () => {
    for (const v of [undefined, null, '', []]) expect(isEmptyValue(v)).toBe(true);
    for (const v of [0, false, ' ', ['']]) expect(isEmptyValue(v)).toBe(false);
    expect(holds('is_empty', undefined, [])).toBe(true);
    expect(holds('is_not_empty', undefined, 0)).toBe(true);
  });

  it('makes positive operators false and negative ones true on missing data', () => {
    for (const op of ['equal', 'includes', 'starts_with', 'less_than', 'any_of'] as const) {
      expect(holds(op, op === 'any_of' ? ['x'] : 'x', undefined)).toBe(false);
    }
    expect(holds('not_equal', 'x', undefined)).toBe(true);
    expect(holds('none_of', ['x'], null)).toBe(true);
  });

  it('matches nothing when a single-value operator has no value or a list', () => {
    expect(holds('equal', undefined, 'x')).toBe(false);
    expect(holds('equal', ['x'], 'x')).toBe(false);
    expect(holds('includes', undefined, ['x'])).toBe(false);
  });

  const anyData = fc.oneof(
    fc.constantFrom(undefined, null, '', [], {}, NaN, Infinity),
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
    fc.object(),
  );
  const anyValue = fc.option(
    fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.boolean(), fc.array(fc.string())),
    { nil: undefined },
  );

  it('never throws and negative operators are exact negations of their twins', () => {
    const twins: [Operator, Operator][] = [
      ['equal', 'not_equal'],
      ['includes', 'not_includes'],
      ['any_of', 'none_of'],
      ['is_empty', 'is_not_empty'],
    ];
    fc.assert(
      fc.property(anyData, anyValue, fc.constantFrom(...twins), (actual, value, [pos, neg]) => {
        expect(holds(neg, value as Criterion['value'], actual)).toBe(!holds(pos, value as Criterion['value'], actual));
      }),
    );
    fc.assert(
      fc.property(anyData, anyValue, fc.constantFrom(...OPERATORS), (actual, value, op) => {
        expect(typeof holds(op, value as Criterion['value'], actual)).toBe('boolean');
      }),
    );
  });
});

describe('resolvePath', () => {
  const data = { trigger: { rating: 2 }, customer: { tags: ['vip'] } };
  it('reads nested own properties and gives undefined for anything missing', () => {
    expect(resolvePath(data, 'trigger.rating')).toBe(2);
    expect(resolvePath(data, 'customer.tags')).toEqual(['vip']);
    expect(resolvePath(data, 'order.name')).toBeUndefined();
    expect(resolvePath(data, 'trigger.rating.value')).toBeUndefined();
    expect(resolvePath(data, 'trigger.constructor')).toBeUndefined();
    expect(resolvePath(null, 'trigger.rating')).toBeUndefined();
  });
});

describe('evaluateGroup', () => {
  const crit = (field: string, operator: Operator, value?: Criterion['value']): Criterion => ({
    kind: 'criterion',
    field,
    operator,
    ...(value === undefined ? {} : { value }),
  });
  const review = {
    trigger: { rating: 2, review_text: 'The strap broke' },
    customer: { tags: ['VIP'], accepts_marketing: true },
  };

  it('joins criteria with AND and OR, nested', () => {
    const lowRating = crit('trigger.rating', 'less_than', 3);
    const vipOrMarketing: ConditionGroup = {
      kind: 'group',
      join: 'or',
      items: [crit('customer.tags', 'includes', 'vip'), crit('customer.accepts_marketing', 'equal', false)],
    };
    expect(evaluateGroup({ kind: 'group', join: 'and', items: [lowRating, vipOrMarketing] }, review)).toBe(true);
    const highRating = crit('trigger.rating', 'greater_or_equal', 4);
    expect(evaluateGroup({ kind: 'group', join: 'and', items: [highRating, vipOrMarketing] }, review)).toBe(false);
    expect(evaluateGroup({ kind: 'group', join: 'or', items: [highRating, vipOrMarketing] }, review)).toBe(true);
  });

  it('evaluates criteria on data the run lacks without throwing', () => {
    const group: ConditionGroup = { kind: 'group', join: 'and', items: [crit('order.tags', 'is_empty')] };
    expect(evaluateGroup(group, review)).toBe(true);
    expect(evaluateGroup(group, {})).toBe(true);
  });

  it('holds for an empty AND group and fails for an empty OR group', () => {
    expect(evaluateGroup({ kind: 'group', join: 'and', items: [] }, review)).toBe(true);
    expect(evaluateGroup({ kind: 'group', join: 'or', items: [] }, review)).toBe(false);
  });
});

describe('evaluateGroup over lists (at least one of, all of, none of)', () => {
  const crit = (field: string, operator: Operator, value?: Criterion['value']): Criterion => ({
    kind: 'criterion',
    field,
    operator,
    ...(value === undefined ? {} : { value }),
  });
  const over = (quantifier: ListCondition['quantifier'], list: string, item: string, ...items: ConditionGroup['items']): ListCondition => ({
    kind: 'quantifier',
    quantifier,
    list,
    item,
    criteria: { kind: 'group', join: 'and', items },
  });
  const root = (...items: ConditionGroup['items']): ConditionGroup => ({ kind: 'group', join: 'and', items });
  const order = {
    order: {
      line_items: [
        { title: 'Boots', quantity: 2, product: { tags: ['Presale', 'winter'] } },
        { title: 'Socks', quantity: 1, product: { tags: ['basics'] } },
      ],
      tags: [],
    },
  };

  it('holds "at least one of" when some item passes, "all of" when every item does, "none of" when none does', () => {
    const many = crit('lineItems_item.quantity', 'greater_than', 1);
    expect(evaluateGroup(root(over('any', 'order.line_items', 'lineItems_item', many)), order)).toBe(true);
    expect(evaluateGroup(root(over('all', 'order.line_items', 'lineItems_item', many)), order)).toBe(false);
    expect(evaluateGroup(root(over('none', 'order.line_items', 'lineItems_item', many)), order)).toBe(false);
    const huge = crit('lineItems_item.quantity', 'greater_than', 10);
    expect(evaluateGroup(root(over('none', 'order.line_items', 'lineItems_item', huge)), order)).toBe(true);
    expect(evaluateGroup(root(over('all', 'order.line_items', 'lineItems_item', crit('lineItems_item.quantity', 'greater_than', 0))), order)).toBe(true);
  });

  it('nests: a line item whose product\'s tags include "presale", case-insensitively', () => {
    const presale = over('any', 'order.line_items', 'lineItems_item', over('any', 'lineItems_item.product.tags', 'tags_item', crit('tags_item', 'equal', 'presale')));
    expect(evaluateGroup(root(presale), order)).toBe(true);
    const allPresale = over('all', 'order.line_items', 'lineItems_item', over('any', 'lineItems_item.product.tags', 'tags_item', crit('tags_item', 'equal', 'presale')));
    expect(evaluateGroup(root(allPresale), order)).toBe(false);
  });

  it('decides an empty or missing list by the quantifier: any → false, all and none → true', () => {
    const anything = crit('tags_item', 'is_not_empty');
    for (const data of [order, {}, { order: { tags: null } }, { order: { tags: 'not a list' } }]) {
      expect(evaluateGroup(root(over('any', 'order.tags', 'tags_item', anything)), data)).toBe(false);
      expect(evaluateGroup(root(over('all', 'order.tags', 'tags_item', anything)), data)).toBe(true);
      expect(evaluateGroup(root(over('none', 'order.tags', 'tags_item', anything)), data)).toBe(true);
    }
  });

  it('binds the item beside the run\'s data without changing it, and an inner name hides nothing it should not', () => {
    const before = JSON.stringify(order);
    const sameRoot = over('any', 'order.line_items', 'lineItems_item', crit('order.tags', 'is_empty'), crit('lineItems_item.title', 'equal', 'socks'));
    expect(evaluateGroup(root(sameRoot), order)).toBe(true);
    expect(JSON.stringify(order)).toBe(before);
    expect(resolvePath(withBinding(order, 'x_item', 1), 'x_item')).toBe(1);
    expect(Object.getPrototypeOf(withBinding(order, 'x_item', 1))).toBeNull();
  });
});
