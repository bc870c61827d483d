/**
 * The condition kind's one operation, `updateCondition`, carries list
 * conditions like any criterion: nested "at least one of" / "all of" /
 * "none of" are applied and undone through the reducer, and a malformed
 * one (an app's data, an item not named as Flow names items) is refused
 * before it reaches the document.
 */
import { describe, expect, it } from 'vitest';
import { workflow } from '../../../../test/fixtures/workflowSpec';
import type { ConditionGroup } from '../document';
import { applyOperation, applyPatchesTo, OperationError } from '../operations';

const base = workflow({ trigger: ['shopify', 'order-created'], steps: [{ id: 'c', condition: { kind: 'group', join: 'and', items: [] } }] });

const presale: ConditionGroup = {
  kind: 'group',
  join: 'and',
  items: [
    {
      kind: 'quantifier',
      quantifier: 'any',
      list: 'order.line_items',
      item: 'lineItems_item',
      criteria: {
        kind: 'group',
        join: 'or',
        items: [
          {
            kind: 'quantifier',
            quantifier: 'any',
            list: 'lineItems_item.product.tags',
            item: 'tags_item',
            criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'tags_item', operator: 'equal', value: 'presale' }] },
          },
        ],
      },
    },
  ],
};

const criteriaOf = (doc: typeof base) => (doc.steps.find((s) => s.id === 'c') as { criteria: ConditionGroup }).criteria;

describe('updateCondition with list conditions', () => {
  it('applies nested list conditions, and its inverse patches undo them', () => {
    const result = applyOperation(base, { type: 'updateCondition', id: 'c', criteria: presale });
    expect(criteriaOf(result.doc)).toEqual(presale);
    expect(criteriaOf(applyPatchesTo(result.doc, result.inversePatches))).toEqual({ kind: 'group', join: 'and', items: [] });
  });

  it("refuses a list condition over an app's data: connectors can't be used in conditions", () => {
    const slack: ConditionGroup = { kind: 'group', join: 'and', items: [{ ...(presale.items[0] as object), list: 'slack.messages' } as ConditionGroup['items'][number]] };
    expect(() => applyOperation(base, { type: 'updateCondition', id: 'c', criteria: slack })).toThrow(/connectors can't be used in conditions/);
  });

  it('refuses an item not named as Flow names list items', () => {
    const badItem: ConditionGroup = { kind: 'group', join: 'and', items: [{ ...(presale.items[0] as object), item: 'line' } as ConditionGroup['items'][number]] };
    expect(() => applyOperation(base, { type: 'updateCondition', id: 'c', criteria: badItem })).toThrow(OperationError);
  });
});
