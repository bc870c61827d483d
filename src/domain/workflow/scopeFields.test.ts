/**
 * What the variable picker and the condition builder offer at a step: the
 * step's own scope, grouped innermost first, nothing below a list, and
 * every offered path one validation accepts.
 */
import { describe, expect, it } from 'vitest';
import { workflow } from '../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import type { Workflow } from './document';
import { withVariables } from './scope';
import { listItemName, scopeFieldGroups, scopeFieldsByPath } from './scopeFields';
import { stepFacts, workflowFacts } from './validate';
import { checkLiquid } from './liquid';

const scopeAt = (wf: Workflow, id: string) => stepFacts(wf.steps.find((s) => s.id === id)!, workflowFacts(wf, catalog)).scope!;
const slack = (id: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text: 'x' } });

const loopWorkflow = workflow({
  trigger: ['shopify', 'order-created'],
  steps: [
    { id: 'g', body: { kind: 'getData', resource: 'orders', query: 'status:open', sortKey: 'created_at', reverse: false, first: 10, variable: 'getOrderData' } },
    { id: 'f', body: { kind: 'forEach', list: 'order.line_items' } },
    slack('in'),
    slack('after'),
  ],
  links: [['t', 'next', 'g'], ['g', 'next', 'f'], ['f', 'loop_body', 'in'], ['f', 'after', 'after']],
});

describe('the fields a step offers', () => {
  it('offers the loop item first inside a For each, then outputs, then the trigger data', () => {
    const groups = scopeFieldGroups(scopeAt(loopWorkflow, 'in'));
    expect(groups.map((g) => g.variable.name)).toEqual(['lineItemsForeachitem', 'getOrderData', 'trigger', 'customer', 'order']);
  });

  it("offers the loop item's fields and its product's, but nothing below a list", () => {
    const fields = scopeFieldsByPath(scopeAt(loopWorkflow, 'in'));
    expect(fields.get('lineItemsForeachitem.title')).toMatchObject({ comparable: true, iterable: false, type: 'single_line_text_field' });
    expect(fields.get('lineItemsForeachitem.product.tags')).toMatchObject({ comparable: true, iterable: true });
    expect(fields.get('lineItemsForeachitem.product.variants')).toMatchObject({ comparable: false, iterable: true });
    expect(fields.get('order.line_items')).toMatchObject({ comparable: false, iterable: true });
    expect(fields.get('getOrderData')).toMatchObject({ iterable: true });
    expect([...fields.keys()].some((p) => p.startsWith('order.line_items.'))).toBe(false);
    // The trigger's order stays one level deep: its customer is a root of its own.
    expect(fields.has('order.customer.email')).toBe(false);
    expect(fields.has('customer.email')).toBe(true);
  });

  it('does not offer the loop item after the loop', () => {
    const fields = scopeFieldsByPath(scopeAt(loopWorkflow, 'after'));
    expect([...fields.keys()].some((p) => p.startsWith('lineItemsForeachitem'))).toBe(false);
    expect(fields.has('getOrderData')).toBe(true);
  });

  it('offers only paths Liquid at that step accepts', () => {
    const scope = scopeAt(loopWorkflow, 'in');
    const offered = [...scopeFieldsByPath(scope).values()].filter((f) => f.comparable);
    expect(offered.length).toBeGreaterThan(40);
    for (const field of offered) expect(checkLiquid(`{{ ${field.path} }}`, scope), field.path).toEqual([]);
  });

  it('puts a list condition item before the loop item, and an inner one before an outer one', () => {
    const scope = scopeAt(loopWorkflow, 'in');
    const inner = withVariables(scope, [
      { name: 'lineItems_item', label: { en: 'Line items', pl: 'Pozycje' }, shape: { kind: 'object', object: 'line_item' }, origin: 'condition-item' },
      { name: 'tags_item', label: { en: 'Tags', pl: 'Tagi' }, shape: { kind: 'value', type: 'single_line_text_field' }, origin: 'condition-item' },
    ]);
    const groups = scopeFieldGroups(inner);
    expect(groups.slice(0, 3).map((g) => g.variable.name)).toEqual(['tags_item', 'lineItems_item', 'lineItemsForeachitem']);
    // An item that is a single value is offered as itself.
    expect(groups[0]!.fields.map((f) => f.path)).toEqual(['tags_item']);
  });
});

describe('the name of a list condition item', () => {
  it('is named as Flow names it, numbered when the name is taken', () => {
    const scope = scopeAt(loopWorkflow, 'in');
    expect(listItemName(scope, 'order.line_items')).toBe('lineItems_item');
    expect(listItemName(scope, 'getOrderData')).toBe('getOrderData_item');
    const taken = withVariables(scope, [
      { name: 'tags_item', label: { en: 'Tags', pl: 'Tagi' }, shape: { kind: 'value', type: 'single_line_text_field' }, origin: 'condition-item' },
    ]);
    expect(listItemName(taken, 'lineItemsForeachitem.product.tags')).toBe('tags2_item');
  });
});
