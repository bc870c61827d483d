/**
 * Running Send Admin API request: the request as sent and Shopify's response
 * in the record, the store data changed, the payload readable by later
 * steps; failures that say why (userErrors, an unsupported mutation with
 * the supported ones, variables that are not JSON once rendered).
 */
import { describe, expect, it } from 'vitest';
import { context, event, fakeSlack, orgWith, workflow } from '../../../test/fixtures/engine';
import { adminApiStep } from '../../domain/workflow/kinds/adminApi';
import { startRun } from '../interpreter';
import type { ActionCall } from '../types';

const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const admin = (id: string, mutation: string, variables: string) => {
  const { id: _id, position: _p, note: _n, ...body } = adminApiStep({ x: 0, y: 0 }, mutation, variables);
  return { id, body };
};

function setup() {
  const calls: ActionCall[] = [];
  const ctx = context(orgWith({ 'store-1': ['slack'] }), [fakeSlack(calls)]);
  const shopify = ctx.sandbox.forApp('store-1', 'shopify');
  shopify.upsert('orders', '41', { id: 41, name: '#1041', tags: ['gift'], note: '', created_at: '2026-03-01T00:00:00Z' });
  return { ctx, calls, shopify };
}

async function runOn(ctx: ReturnType<typeof setup>['ctx'], steps: Parameters<typeof workflow>[0]['steps']) {
  const wf = workflow({ trigger: ['shopify', 'order-created'], steps });
  return (await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 41 }) })).run;
}

describe('running Send Admin API request', () => {
  it("tags the trigger's order in the store, records request and response, and hands the payload to later steps", async () => {
    const { ctx, calls, shopify } = setup();
    const run = await runOn(ctx, [
      admin('a', ' tagsAdd ', '{"id": "{{ order.admin_graphql_api_id }}", "tags": ["vip", "{{ order.name }}"]}'),
      slack('b', 'Tagged {{ sendAdminApiRequest.node.id }}'),
    ]);
    expect(run.status).toBe('succeeded');
    expect(run.steps.find((s) => s.stepId === 'a')).toMatchObject({
      status: 'succeeded',
      rendered: { mutation: 'tagsAdd', variables: { id: 'gid://shopify/Order/41', tags: ['vip', '#1041'] } },
      output: { tagsAdd: { node: { id: 'gid://shopify/Order/41' }, userErrors: [] } },
    });
    expect(shopify.get('orders', '41')?.tags).toEqual(['gift', 'vip', '#1041']);
    expect(calls.map((c) => c.fields.text)).toEqual(['Tagged gid://shopify/Order/41']);
  });

  it('fails with the userErrors and changes nothing', async () => {
    const { ctx, calls, shopify } = setup();
    const run = await runOn(ctx, [admin('a', 'tagsAdd', '{"id": "gid://shopify/Order/999", "tags": ["vip"]}'), slack('b', 'after')]);
    expect(run.status).toBe('failed');
    const step = run.steps.find((s) => s.stepId === 'a');
    expect(step?.error).toBe('tagsAdd answered with user errors, so nothing was changed: id: Order does not exist');
    expect(step?.output).toEqual({ tagsAdd: { node: null, userErrors: [{ field: ['id'], message: 'Order does not exist' }] } });
    expect(shopify.get('orders', '41')?.tags).toEqual(['gift']);
    expect(calls).toEqual([]);
  });

  it('fails an unsupported mutation listing the supported ones', async () => {
    const { ctx } = setup();
    const run = await runOn(ctx, [admin('a', 'orderCancel', '{"orderId": "{{ order.admin_graphql_api_id }}"}')]);
    expect(run.steps.find((s) => s.stepId === 'a')?.error).toBe(
      '"orderCancel" is not a mutation the sandbox supports. Supported: tagsAdd, tagsRemove, orderUpdate, customerUpdate, productUpdate, metafieldsSet.',
    );
  });

  it('fails when the rendered variables are not JSON, keeping the text as sent', async () => {
    const { ctx, shopify } = setup();
    shopify.upsert('orders', '41', { note: 'say "hi"' });
    const run = await runOn(ctx, [admin('a', 'orderUpdate', '{"input": {"id": "{{ order.admin_graphql_api_id }}", "note": "{{ order.note }}"}}')]);
    const step = run.steps.find((s) => s.stepId === 'a');
    expect(step?.rendered).toEqual({ mutation: 'orderUpdate', variables: '{"input": {"id": "gid://shopify/Order/41", "note": "say "hi""}}' });
    expect(step?.error).toMatch(/^The variables are not valid JSON/);
  });

  it('writes nothing to the store in a dry run', async () => {
    const { ctx, shopify } = setup();
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [admin('a', 'tagsAdd', '{"id": "gid://shopify/Order/41", "tags": "vip"}')] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 41 }), dryRun: true });
    expect(run.status).toBe('succeeded');
    expect(shopify.get('orders', '41')?.tags).toEqual(['gift']);
  });
});
