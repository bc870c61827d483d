import { describe, expect, it } from 'vitest';
import { context, event, fakeSlack, orgWith, workflow } from '../../../test/fixtures/engine';
import { startRun } from '../interpreter';
import type { ActionCall } from '../types';
import { MAX_LOOP_ITEMS } from '../../domain/workflow/kinds/forEach';

const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const loop = (id: string, list: string) => ({ id, body: { kind: 'forEach', list } });

async function runOrder(lineItems: unknown[], steps: Parameters<typeof workflow>[0]['steps'], links: Parameters<typeof workflow>[0]['links']) {
  const calls: ActionCall[] = [];
  const ctx = context(orgWith({ 'store-1': ['slack'] }), [fakeSlack(calls)]);
  ctx.sandbox.forApp('store-1', 'shopify').upsert('orders', '1001', { id: 1001, name: '#1001', line_items: lineItems });
  const wf = workflow({ trigger: ['shopify', 'order-created'], steps, links });
  const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1001 }) });
  return { run, calls };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, title: `Item ${i + 1}`, quantity: 1 }));

describe('running a For each', () => {
  it('runs the loop body once per item with the item bound, then goes on after the loop', async () => {
    const { run, calls } = await runOrder(
      items(3),
      [loop('f', 'order.line_items'), slack('a', '{{ lineItemsForeachitem.title }}'), slack('b', 'done with {{ order.name }}')],
      [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']],
    );
    expect(run.status).toBe('succeeded');
    expect(calls.map((c) => c.fields.text)).toEqual(['Item 1', 'Item 2', 'Item 3', 'done with #1001']);
    const body = run.steps.filter((s) => s.stepId === 'a');
    expect(body.map((s) => s.loop)).toEqual([0, 1, 2].map((index) => [{ stepId: 'f', index, count: 3, item: `Item ${index + 1}` }]));
    expect(run.steps.find((s) => s.stepId === 'f')).toMatchObject({ status: 'succeeded', output: { items: 3, item: 'lineItemsForeachitem' } });
    expect(run.steps.find((s) => s.stepId === 'b')?.loop).toBeUndefined();
  });

  it(`goes through exactly ${MAX_LOOP_ITEMS} items, and fails the run on more, before any item and with nothing after the loop`, async () => {
    const ok = await runOrder(items(MAX_LOOP_ITEMS), [loop('f', 'order.line_items'), slack('a', '{{ lineItemsForeachitem.id }}')], [['t', 'next', 'f'], ['f', 'loop_body', 'a']]);
    expect(ok.run.status).toBe('succeeded');
    expect(ok.calls).toHaveLength(MAX_LOOP_ITEMS);
    const over = await runOrder(
      items(MAX_LOOP_ITEMS + 1),
      [loop('f', 'order.line_items'), slack('a', 'x'), slack('b', 'after')],
      [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']],
    );
    expect(over.run.status).toBe('failed');
    expect(over.calls).toEqual([]);
    expect(over.run.steps.find((s) => s.stepId === 'f')).toMatchObject({ status: 'failed', error: expect.stringMatching(/has 101 items; a For each goes through at most 100/) });
    expect(over.run.steps.map((s) => s.stepId)).toEqual(['t', 'f']);
  });

  it('runs nothing in the loop for an empty list, and goes on', async () => {
    const { run, calls } = await runOrder([], [loop('f', 'order.line_items'), slack('a', 'x'), slack('b', 'after')], [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']]);
    expect(run.status).toBe('succeeded');
    expect(calls.map((c) => c.fields.text)).toEqual(['after']);
  });

  it('stops at the first item whose steps fail: the run fails and the remaining items are not gone through', async () => {
    const { run, calls } = await runOrder(
      [{ id: 1, title: 'ok' }, { id: 2 }, { id: 3, title: 'never' }],
      [loop('f', 'order.line_items'), slack('a', '{{ lineItemsForeachitem.title }}'), slack('b', 'after')],
      [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']],
    );
    expect(run.status).toBe('failed');
    expect(calls.map((c) => c.fields.text)).toEqual(['ok']);
    expect(run.steps.find((s) => s.stepId === 'f')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Item 2 of 3/) });
  });

  it('runs a condition in the body per item, each item taking its own branch', async () => {
    const { run, calls } = await runOrder(
      [{ id: 1, title: 'A', quantity: 5 }, { id: 2, title: 'B', quantity: 1 }],
      [
        loop('f', 'order.line_items'),
        { id: 'c', condition: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'lineItemsForeachitem.quantity', operator: 'greater_than', value: 2 }] } },
        slack('a', 'many {{ lineItemsForeachitem.title }}'),
        slack('b', 'few {{ lineItemsForeachitem.title }}'),
      ],
      [['t', 'next', 'f'], ['f', 'loop_body', 'c'], ['c', 'then', 'a'], ['c', 'otherwise', 'b']],
    );
    expect(run.status).toBe('succeeded');
    expect(calls.map((c) => c.fields.text)).toEqual(['many A', 'few B']);
  });
});
