/**
 * Get data as Flow names and scopes it: a list of objects under
 * getOrderData / getCustomerData..., numbered when repeated, readable by the
 * steps after it (and forgotten after a Wait), its query checked for
 * Shopify's search syntax when it holds no Liquid.
 */
import { describe, expect, it } from 'vitest';
import { workflow } from '../../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import type { Organization } from '../../org/organization';
import { applyOperation } from '../operations';
import { validateWorkflow } from '../validate';
import { getDataStep } from './getData';

const org: Organization = {
  name: 'Org',
  stores: [{ id: 's1', name: 'S1', flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' }],
  installations: ['slack', 'shopify'].map((appId) => ({ storeId: 's1', appId, installedAt: '2026-01-01T00:00:00.000Z', settings: {}, secretsSet: [] })),
};
const problems = (wf: Parameters<typeof validateWorkflow>[0]) => validateWorkflow(wf, { catalog, org });
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const get = (id: string, resource: 'orders' | 'customers', more: Record<string, unknown> = {}) => {
  const { id: _id, position: _p, note: _n, ...body } = getDataStep(resource, { x: 0, y: 0 });
  return { id, body: { ...body, ...more } };
};

describe('Get data', () => {
  it('gives later steps its results as a list: a For each goes through them, Liquid counts them', () => {
    const wf = workflow({
      trigger: ['shopify', 'scheduled-time'],
      steps: [
        get('g', 'orders', { query: 'financial_status:paid AND created_at:>2026-01-01' }),
        slack('a', '{{ getOrderData.size }} paid orders'),
        { id: 'f', body: { kind: 'forEach', list: 'getOrderData' } },
        slack('b', '{{ getOrderDataForeachitem.name }} by {{ getOrderDataForeachitem.customer.email }}'),
      ],
      links: [['t', 'next', 'g'], ['g', 'next', 'a'], ['a', 'next', 'f'], ['f', 'loop_body', 'b']],
    });
    // The unset schedule's warning is the trigger's own; Get data and what reads it have none.
    expect(problems(wf).map((p) => p.code)).toEqual(['schedule-not-set']);
  });

  it('is not readable before it runs, and forgotten after a Wait, with problems that name the step', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [slack('a', '{{ getOrderData.size }}'), get('g', 'orders'), { id: 'w', wait: [1, 'days'] }, slack('b', '{{ getOrderData.size }}')],
    });
    const found = problems(wf).map((p) => [p.stepId, p.variant, p.message]);
    expect(found).toEqual([
      ['a', 'not-before', expect.stringMatching(/comes from the step "Get order data"/)],
      ['b', 'not-before', expect.stringMatching(/a Wait forgets it/)],
    ]);
  });

  it('reports a query that is not Shopify search syntax, and a sort key the resource lacks; Liquid queries are checked once rendered', () => {
    const check = (more: Record<string, unknown>) =>
      problems(workflow({ trigger: ['shopify', 'order-created'], steps: [get('g', 'orders', more)] })).map((p) => [p.code, p.field, p.variant]);
    expect(check({ query: 'tag:"vip' })).toEqual([['getdata-query-invalid', 'query', 'unclosed-quote']]);
    expect(check({ sortKey: 'TITLE' })).toEqual([['getdata-sort-key', 'sortKey', undefined]]);
    expect(check({ query: 'tag:{{ order.tags.first }} AND (' })).toEqual([]);
    expect(check({ query: 'email:{{ order.nope }}' }).map((p) => p[0])).toEqual(['liquid-unknown-variable']);
  });

  it('numbers repeated steps as Flow does, on add and paste, and renames on a change of resource', () => {
    let wf = workflow({ trigger: ['shopify', 'order-created'] });
    for (const id of ['g1', 'g2', 'g3']) wf = applyOperation(wf, { type: 'addStep', step: getDataStep('orders', { x: 0, y: 0 }, id) }).doc;
    const names = () => wf.steps.flatMap((s) => (s.kind === 'getData' ? [s.variable] : []));
    expect(names()).toEqual(['getOrderData', 'getOrderData1', 'getOrderData2']);
    wf = applyOperation(wf, { type: 'updateGetData', id: 'g2', resource: 'customers' }).doc;
    expect(names()).toEqual(['getOrderData', 'getCustomerData', 'getOrderData2']);
    expect(wf.steps.find((s) => s.id === 'g2')).toMatchObject({ sortKey: 'ID' });
    wf = applyOperation(wf, { type: 'updateGetData', id: 'g1', resource: 'customers' }).doc;
    expect(names()).toEqual(['getCustomerData1', 'getCustomerData', 'getOrderData2']);
    expect(() => applyOperation(wf, { type: 'updateGetData', id: 'g1', sortKey: 'TOTAL_PRICE' })).toThrow(/not a sort key of customers/);
    expect(() => applyOperation(wf, { type: 'updateGetData', id: 'g1', first: 101 })).toThrow();
  });

  it('reports a name two steps of an imported file share', () => {
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [get('g1', 'orders'), get('g2', 'orders')] });
    expect(problems(wf).map((p) => [p.stepId, p.code])).toEqual([['g2', 'variable-taken']]);
  });
});
