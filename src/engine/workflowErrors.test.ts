/**
 * The "Workflow error occurred" trigger as the engine fires it: a failed run
 * fires it in its store, once per failing workflow version and window of 30
 * days (remembered in the sandbox, so it survives a reload), never for dry
 * runs, and an error handler's own failure does not set it off in a loop.
 */
import { describe, expect, it } from 'vitest';
import { T0, context, event, orgWith, workflow } from '../../test/fixtures/engine';
import { WORKFLOW_ERROR_COLLECTION, WorkflowErrorNotice, noticeId, workflowVersionOf } from '../domain/runs/workflowError';
import type { Workflow } from '../domain/workflow/document';
import { Engine } from './engine';
import { MemorySandbox } from './sandbox';
import type { AppAdapter, RunRecord } from './types';

const order = { order_id: '5312894021', order_name: '#1052', total_price: 10, currency: 'PLN', created_at: T0 };

/** A Slack that fails on the channel "#broken" (or always, when told) and keeps every other message. */
function slack(alwaysFail = false): AppAdapter {
  return {
    appId: 'slack',
    collections: { messages: 'Messages' },
    actions: {
      'send-message': ({ fields, sandbox }) => {
        if (alwaysFail || fields.channel === '#broken') throw new Error('channel_not_found');
        sandbox.insert('messages', { channel: fields.channel, text: fields.text });
        return {};
      },
    },
  };
}

const failing = (tags = '#broken', name = 'Tag big orders'): Workflow =>
  workflow({ id: 'wf-fail', name, trigger: ['shopify', 'order-created'], steps: [{ id: 'a', action: ['slack', 'send-message'], fields: { channel: tags, text: 'x' } }] });

const handler = workflow({
  id: 'wf-handler',
  name: 'Error handler',
  trigger: ['shopify', 'workflow-error-occurred'],
  steps: [{ id: 's', action: ['slack', 'send-message'], fields: { channel: '#errors', text: '{{ trigger.workflow_name }} failed: {{ trigger.error_message }}' } }],
});

function setup(opts: { alwaysFail?: boolean; sandbox?: MemorySandbox } = {}) {
  const ctx = context(orgWith({ 'store-1': ['slack'], 'store-2': ['slack'] }), [slack(opts.alwaysFail)]);
  if (opts.sandbox) ctx.sandbox = opts.sandbox;
  return { ctx, engine: new Engine(ctx) };
}

const handlerRuns = (runs: RunRecord[]) => runs.filter((r) => r.workflowId === 'wf-handler');
const messages = (sandbox: MemorySandbox, store = 'store-1') => sandbox.forApp(store, 'slack').list('messages').map((m) => m.text);

describe('the Workflow error occurred trigger', () => {
  it('fires when a run fails: the handler runs in the same store with the failing workflow’s data', async () => {
    const { ctx, engine } = setup();
    const batch = await engine.fire(event('shopify', 'order-created', order), [failing(), handler], ctx.org);
    expect(batch.runs.map((r) => [r.workflowId, r.status])).toEqual([['wf-fail', 'failed'], ['wf-handler', 'succeeded']]);
    const [failed, handled] = batch.runs;
    expect(handled!.storeId).toBe('store-1');
    expect(handled!.event).toMatchObject({
      app: 'shopify',
      trigger: 'workflow-error-occurred',
      depth: 1,
      causedBy: { runId: failed!.id, stepId: 'a' },
      chain: ['wf-fail'],
      payload: {
        workflow_id: 'wf-fail',
        workflow_run_id: failed!.id,
        workflow_name: 'Tag big orders',
        workflow_version: workflowVersionOf(failing()),
        shop_domain: 'store-1.myshopify.com',
        failed_step_name: 'Slack · Send Slack message',
      },
    });
    expect(String(handled!.event.payload.error_message)).toContain('channel_not_found');
    expect(messages(ctx.sandbox)).toEqual([`Tag big orders failed: ${String(handled!.event.payload.error_message)}`]);
  });

  it('fires once per workflow version within 30 days, however often it fails, and remembers the failures', async () => {
    const { ctx, engine } = setup();
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(60 * 60 * 1000);
      await engine.fire(event('shopify', 'order-created', order, 'store-1', `ev-${i}`), [failing(), handler], ctx.org);
    }
    expect(messages(ctx.sandbox)).toHaveLength(1);
    const notice = WorkflowErrorNotice.parse(ctx.sandbox.forApp('store-1', 'shopify').get(WORKFLOW_ERROR_COLLECTION, noticeId('wf-fail', workflowVersionOf(failing()))));
    expect(notice).toMatchObject({ workflowName: 'Tag big orders', failures: 3 });
  });

  it('fires again once the window has passed, and at once for an edited version', async () => {
    const { ctx, engine } = setup();
    const fire = async (wf: Workflow, id: string) => handlerRuns((await engine.fire(event('shopify', 'order-created', order, 'store-1', id), [wf, handler], ctx.org)).runs);
    expect(await fire(failing(), 'e1')).toHaveLength(1);
    ctx.clock.advance(29 * 24 * 60 * 60 * 1000);
    expect(await fire(failing(), 'e2')).toHaveLength(0);
    expect(await fire(failing('#broken', 'Renamed'), 'e3')).toHaveLength(0); // renaming is no new version
    const edited = failing();
    edited.steps[1] = { ...edited.steps[1]!, note: 'only a note' } as Workflow['steps'][number];
    expect(await fire(edited, 'e4')).toHaveLength(0); // nor is a note
    // An edit of what runs (the message) is a new version: it fires within the old window.
    const newVersion = workflow({ id: 'wf-fail', name: 'Tag big orders', trigger: ['shopify', 'order-created'], steps: [{ id: 'a', action: ['slack', 'send-message'], fields: { channel: '#broken', text: 'y' } }] });
    expect(await fire(newVersion, 'e5')).toHaveLength(1);
    ctx.clock.advance(24 * 60 * 60 * 1000); // 30 days after the first
    expect(await fire(failing(), 'e6')).toHaveLength(1);
  });

  it('keeps its window per store', async () => {
    const { ctx, engine } = setup();
    await engine.fire(event('shopify', 'order-created', order, 'store-1', 'e1'), [failing(), handler], ctx.org);
    const other = await engine.fire(event('shopify', 'order-created', order, 'store-2', 'e2'), [failing(), handler], ctx.org);
    expect(handlerRuns(other.runs).map((r) => [r.storeId, r.status])).toEqual([['store-2', 'succeeded']]);
  });

  it('remembers the window in the sandbox rows, so an engine started from the stored rows (a reload) does not fire again', async () => {
    const first = setup();
    await first.engine.fire(event('shopify', 'order-created', order, 'store-1', 'e1'), [failing(), handler], first.ctx.org);
    const reloaded = setup({ sandbox: MemorySandbox.fromRows(first.ctx.sandbox.rows()) });
    const again = await reloaded.engine.fire(event('shopify', 'order-created', order, 'store-1', 'e2'), [failing(), handler], reloaded.ctx.org);
    expect(handlerRuns(again.runs)).toEqual([]);
  });

  it('does not fire for an error handler’s own failure in a loop: the loop guard stops it', async () => {
    const { ctx, engine } = setup({ alwaysFail: true });
    const batch = await engine.fire(event('shopify', 'order-created', order), [failing(), handler], ctx.org);
    expect(batch.runs.map((r) => [r.workflowId, r.status])).toEqual([
      ['wf-fail', 'failed'],
      ['wf-handler', 'failed'],
      ['wf-handler', 'skipped'],
    ]);
    expect(batch.runs[2]!.reasons[0]).toMatch(/^Stopped a loop: “Error handler” would run again/);
  });

  it('consumes no window while no workflow listens, so a handler turned on later hears the next failure', async () => {
    const { ctx, engine } = setup();
    const alone = await engine.fire(event('shopify', 'order-created', order, 'store-1', 'e1'), [failing(), { ...handler, activation: { ...handler.activation, on: false } }], ctx.org);
    expect(alone.events).toEqual([]);
    expect(ctx.sandbox.forApp('store-1', 'shopify').count(WORKFLOW_ERROR_COLLECTION)).toBe(0);
    const later = await engine.fire(event('shopify', 'order-created', order, 'store-1', 'e2'), [failing(), handler], ctx.org);
    expect(handlerRuns(later.runs)).toHaveLength(1);
  });

  it('is not fired by a dry run or by a run that succeeds or is skipped', async () => {
    const { ctx, engine } = setup();
    const dry = await engine.dryRun(failing(), event('shopify', 'order-created', order), ctx.org);
    expect(dry.run.status).toBe('failed');
    expect(dry.emitted).toEqual([]);
    const ok = await engine.fire(event('shopify', 'order-created', order, 'store-1', 'e1'), [failing('#fine'), handler], ctx.org);
    const skipped = await engine.fire(event('shopify', 'order-created', order, 'store-3', 'e2'), [failing(), handler], ctx.org);
    expect([...ok.runs, ...skipped.runs].map((r) => r.status)).toEqual(['succeeded', 'skipped']);
    expect(ctx.sandbox.forApp('store-1', 'shopify').count(WORKFLOW_ERROR_COLLECTION)).toBe(0);
  });

  it('fires for a run that fails after a Wait, when it resumes', async () => {
    const { ctx, engine } = setup();
    const waits = workflow({ id: 'wf-fail', name: 'Later', trigger: ['shopify', 'order-created'], steps: [{ id: 'w', wait: [1, 'hours'] }, { id: 'a', action: ['slack', 'send-message'], fields: { channel: '#broken', text: 'x' } }] });
    const started = await engine.fire(event('shopify', 'order-created', order), [waits, handler], ctx.org);
    expect(started.runs.map((r) => r.status)).toEqual(['waiting']);
    ctx.clock.advance(2 * 60 * 60 * 1000);
    const resumed = await engine.resumeDue(started.runs, [waits, handler], ctx.org);
    expect(resumed.runs.map((r) => [r.workflowId, r.status])).toEqual([['wf-fail', 'failed'], ['wf-handler', 'succeeded']]);
    expect(messages(ctx.sandbox)).toEqual([expect.stringMatching(/^Later failed: /)]);
  });
});
