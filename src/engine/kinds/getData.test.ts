import { describe, expect, it } from 'vitest';
import { context, event, fakeSlack, orgWith, workflow } from '../../../test/fixtures/engine';
import { getDataStep } from '../../domain/workflow/kinds/getData';
import { startRun } from '../interpreter';
import type { ActionCall } from '../types';

const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const get = (id: string, more: Record<string, unknown>) => {
  const { id: _id, position: _p, note: _n, ...body } = getDataStep('orders', { x: 0, y: 0 });
  return { id, body: { ...body, ...more } };
};

function setup() {
  const calls: ActionCall[] = [];
  const ctx = context(orgWith({ 'store-1': ['slack'] }), [fakeSlack(calls)]);
  const shopify = ctx.sandbox.forApp('store-1', 'shopify');
  shopify.upsert('orders', '1', { id: 1, name: '#1', tags: ['vip'], total_price: 50, created_at: '2026-03-01T00:00:00Z' });
  shopify.upsert('orders', '2', { id: 2, name: '#2', tags: ['vip', 'gift'], total_price: 250, created_at: '2026-03-02T00:00:00Z' });
  shopify.upsert('orders', '3', { id: 3, name: '#3', tags: [], total_price: 900, created_at: '2026-03-03T00:00:00Z' });
  return { ctx, calls };
}

describe('running Get data', () => {
  it('searches the store with the rendered query, sorted and limited, and hands the list to later steps', async () => {
    const { ctx, calls } = setup();
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [
        get('g', { query: 'tag:{{ trigger.tag }} AND total_price:>10', sortKey: 'TOTAL_PRICE', reverse: true, first: 1 }),
        slack('a', '{{ getOrderData.size }}: {{ getOrderData.first.name }}'),
      ],
    });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1, tag: 'vip' }) });
    expect(run.status).toBe('succeeded');
    expect(run.steps.find((s) => s.stepId === 'g')).toMatchObject({
      rendered: { query: 'tag:vip AND total_price:>10' },
      output: { variable: 'getOrderData', count: 1, matched: 2, ids: ['2'] },
    });
    expect(calls.map((c) => c.fields.text)).toEqual(['1: #2']);
  });

  it('goes through the results with For each', async () => {
    const { ctx, calls } = setup();
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [get('g', { query: '', sortKey: 'CREATED_AT' }), { id: 'f', body: { kind: 'forEach', list: 'getOrderData' } }, slack('a', '{{ getOrderDataForeachitem.name }}')],
      links: [['t', 'next', 'g'], ['g', 'next', 'f'], ['f', 'loop_body', 'a']],
    });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1 }) });
    expect(run.status).toBe('succeeded');
    expect(calls.map((c) => c.fields.text)).toEqual(['#1', '#2', '#3']);
  });

  it('fails the step with the search\'s words when the rendered query does not parse', async () => {
    const { ctx } = setup();
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [get('g', { query: 'tag:"{{ trigger.tag }}' })] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1, tag: 'vip' }) });
    expect(run.status).toBe('failed');
    expect(run.steps.find((s) => s.stepId === 'g')?.error).toMatch(/^The query "tag:"vip" can't be searched: The quote at character 5 is never closed/);
  });
});
