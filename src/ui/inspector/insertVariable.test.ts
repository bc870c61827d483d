import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { availableData } from '../../domain/workflow/dataFields';
import { workflow } from '../../../test/fixtures/workflowSpec';
import { checkLiquid } from '../../domain/workflow/liquid';
import { scopeFieldsByPath } from '../../domain/workflow/scopeFields';
import { stepFacts, workflowFacts } from '../../domain/workflow/validate';
import { groupByRoot, insertVariable, snippetFor } from './insertVariable';

describe('insertVariable', () => {
  it('inserts at the cursor and puts the cursor after the variable', () => {
    const result = insertVariable('Hello !', { start: 6, end: 6 }, 'customer.first_name');
    expect(result.text).toBe('Hello {{ customer.first_name }}!');
    expect(result.cursor).toBe('Hello {{ customer.first_name }}'.length);
  });

  it('replaces the selected text', () => {
    expect(insertVariable('Rated NAME stars', { start: 6, end: 10 }, 'trigger.rating').text).toBe(
      'Rated {{ trigger.rating }} stars',
    );
    // A selection made backwards reads the same.
    expect(insertVariable('Rated NAME stars', { start: 10, end: 6 }, 'trigger.rating').text).toBe(
      'Rated {{ trigger.rating }} stars',
    );
  });

  it('appends, after a space, when the field was never focused', () => {
    expect(insertVariable('', undefined, 'order.name')).toEqual({ text: '{{ order.name }}', cursor: 16 });
    expect(insertVariable('Order', undefined, 'order.name').text).toBe('Order {{ order.name }}');
    expect(insertVariable('Order\n', undefined, 'order.name').text).toBe('Order\n{{ order.name }}');
  });

  it('clamps a cursor outside the text', () => {
    expect(insertVariable('ab', { start: 10, end: 12 }, 'x.y').text).toBe('ab{{ x.y }}');
    expect(insertVariable('ab', { start: -3, end: -1 }, 'x.y').text).toBe('{{ x.y }}ab');
  });
});

describe('groupByRoot', () => {
  it('groups the data of a trigger as Trigger, then Customer / Order / Product, leaving out empty groups', () => {
    const data = availableData(catalog, { app: 'loox', trigger: 'new-review' });
    const groups = groupByRoot(data);
    expect(groups[0]?.label).toBe('Trigger');
    expect(groups.flatMap((g) => g.fields)).toHaveLength(data.length);
    for (const g of groups) {
      expect(g.fields.length).toBeGreaterThan(0);
      expect(g.fields.every((f) => f.root === g.root)).toBe(true);
    }
    const order = ['Trigger', 'Customer', 'Order', 'Product'];
    const labels = groups.map((g) => g.label);
    expect(labels).toEqual(order.filter((l) => labels.includes(l)));
  });

  it('is empty without data', () => {
    expect(groupByRoot([])).toEqual([]);
  });
});

describe('snippetFor', () => {
  const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [{ id: 'a', action: ['slack', 'send-message'], fields: { channel: '#ops', text: 'x' } }] });
  const scope = stepFacts(wf.steps[1]!, workflowFacts(wf, catalog)).scope!;
  const fields = scopeFieldsByPath(scope);

  it('prints a value, and a list of text as it is', () => {
    expect(snippetFor(fields.get('order.name')!)).toBe('{{ order.name }}');
    expect(snippetFor(fields.get('order.tags')!)).toBe('{{ order.tags }}');
  });

  it('loops over a list of objects as Flow does, and the loop passes the Liquid check of that step', () => {
    const loop = snippetFor(fields.get('order.line_items')!);
    expect(loop).toBe('{% for lineItems_item in order.line_items %}{{ lineItems_item.id }}{% endfor %}');
    expect(checkLiquid(loop, scope)).toEqual([]);
  });
});
