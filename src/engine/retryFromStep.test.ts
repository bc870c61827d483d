/**
 * The path a run took (domain runs/runPath.ts) and "retry from the failed
 * step" through real runs: the plan reuses the records before the failed
 * step, the engine goes on from it with the variables those steps bound,
 * and their effects are not done again.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { context, event, orgWith, workflow } from '../../test/fixtures/engine';
import { RunRecordSchema } from '../domain/runs/records';
import { retryFromStepPlan, retryFromStepRun, runPath } from '../domain/runs/runPath';
import { getDataStep } from '../domain/workflow/kinds/getData';
import { resumeRun, startRun } from './interpreter';
import { AdapterError, type AppAdapter } from './types';

const LATER = '2026-03-05T12:00:00.000Z';

/** A Slack whose messages to #fail fail while `broken.now` is true. */
function flakySlack(broken: { now: boolean }): AppAdapter {
  return {
    appId: 'slack',
    collections: { messages: 'Messages' },
    actions: {
      'send-message': ({ fields, sandbox }) => {
        if (fields.channel === '#fail' && broken.now) throw new AdapterError('permanent', 'Channel not found');
        return { output: { message_id: sandbox.insert('messages', { channel: fields.channel, text: fields.text }) } };
      },
    },
  };
}

const slack = (id: string, channel: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel, text } });
const { id: _id, position: _p, note: _n, ...getBody } = getDataStep('orders', { x: 0, y: 0 });

function setup() {
  const broken = { now: true };
  const ctx = context(orgWith({ 'store-1': ['slack'] }), [flakySlack(broken)]);
  const shopify = ctx.sandbox.forApp('store-1', 'shopify');
  shopify.upsert('orders', '1', { id: 1, name: '#1', tags: [], total_price: 50, created_at: '2026-03-01T00:00:00Z' });
  shopify.upsert('orders', '2', { id: 2, name: '#2', tags: [], total_price: 250, created_at: '2026-03-02T00:00:00Z' });
  const wf = workflow({
    trigger: ['shopify', 'order-created'],
    steps: [
      { id: 'c', condition: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'trigger.order_id', operator: 'less_than', value: 10 }] } },
      { id: 'g', body: { ...getBody, query: '' } },
      slack('a1', '#ok', 'first'),
      slack('a2', '#fail', '{{ getOrderData.size }} orders'),
      slack('a3', '#ok', 'other way'),
    ],
    links: [['t', 'next', 'c'], ['c', 'then', 'g'], ['g', 'next', 'a1'], ['a1', 'next', 'a2'], ['c', 'otherwise', 'a3']],
  });
  return { ctx, broken, wf, messages: () => ctx.sandbox.forApp('store-1', 'slack').list('messages').map((m) => m.text) };
}

describe('the path of a run', () => {
  it('tells failed, succeeded and not reached steps apart, and which links were taken', async () => {
    const { ctx, wf } = setup();
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1 }) });
    expect(run.status).toBe('failed');
    const path = runPath(run);
    expect(Object.fromEntries([...path.steps].map(([id, s]) => [id, s.status]))).toEqual({
      t: 'succeeded',
      c: 'succeeded',
      g: 'succeeded',
      a1: 'succeeded',
      a2: 'failed',
      a3: 'notReached',
    });
    expect([...path.taken].sort()).toEqual(['a1:next', 'c:then', 'g:next', 't:next']);
  });

  it('draws a For each’s loop port as taken when an item ran, and a step skipped by its record as skipped', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [{ id: 'f', body: { kind: 'forEach', list: 'order.line_items' } }, slack('a', '#ok', 'x'), slack('b', '#ok', 'y')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']],
    });
    const rec = (stepId: string, status: 'succeeded' | 'skipped', loop?: { stepId: string; index: number; count: number }[]) => ({
      stepId, kind: 'action' as const, name: stepId, status, attempts: [], startedAt: LATER, ...(loop ? { loop } : {}),
    });
    const path = runPath({ workflow: wf, steps: [rec('t', 'succeeded'), rec('f', 'succeeded'), rec('a', 'succeeded', [{ stepId: 'f', index: 0, count: 2 }]), rec('a', 'succeeded', [{ stepId: 'f', index: 1, count: 2 }]), rec('b', 'skipped')] });
    expect(path.steps.get('a')).toEqual({ status: 'succeeded', reused: false, records: 2 });
    expect(path.steps.get('b')!.status).toBe('skipped');
    expect([...path.taken].sort()).toEqual(['f:after', 'f:loop_body', 't:next']);
  });
});

describe('retry from the failed step', () => {
  it('reuses the steps before the failed one, binds their variables again and does not repeat their effects', async () => {
    const { ctx, broken, wf, messages } = setup();
    const { run: failed } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1 }) });
    expect(messages()).toEqual(['first']);
    const plan = retryFromStepPlan(failed);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.stepId).toBe('a2');
    expect(plan.reused.map((r) => [r.stepId, r.reused])).toEqual([['t', true], ['c', true], ['g', true], ['a1', true]]);

    broken.now = false;
    const clock = new ManualClock(LATER);
    const draft = retryFromStepRun(RunRecordSchema.parse(failed), plan, { runId: 'run-2', eventId: 'ev-2', now: LATER });
    const { run } = await resumeRun(draft, { ...ctx, clock });
    expect(run).toMatchObject({ id: 'run-2', status: 'succeeded', retryOf: failed.id, retryFrom: { runId: failed.id, stepId: 'a2' }, finishedAt: LATER });
    expect(run.steps.map((s) => [s.stepId, s.status, s.reused ?? false])).toEqual([
      ['t', 'succeeded', true],
      ['c', 'succeeded', true],
      ['g', 'succeeded', true],
      ['a1', 'succeeded', true],
      ['a2', 'succeeded', false],
    ]);
    // a1's message was not sent again; a2 read Get data's results, bound again from its record.
    expect(messages()).toEqual(['first', '2 orders']);
    expect(runPath(run).steps.get('a1')).toMatchObject({ reused: true });
    expect(RunRecordSchema.safeParse(run).success).toBe(true);
  });

  it('a step that failed inside a For each is retried from the outermost loop', async () => {
    const broken = { now: true };
    const ctx = context(orgWith({ 'store-1': ['slack'] }), [flakySlack(broken)]);
    ctx.sandbox.forApp('store-1', 'shopify').upsert('orders', '7', { id: 7, name: '#7', line_items: [{ id: 1, title: 'A' }, { id: 2, title: 'B' }] });
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [slack('s', '#ok', 'start'), { id: 'f', body: { kind: 'forEach', list: 'order.line_items' } }, slack('a', '#fail', '{{ lineItemsForeachitem.title }}')],
      links: [['t', 'next', 's'], ['s', 'next', 'f'], ['f', 'loop_body', 'a']],
    });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 7 }) });
    const plan = retryFromStepPlan(run);
    expect(plan.ok && [plan.stepId, plan.reused.map((r) => r.stepId)]).toEqual(['f', ['t', 's']]);
  });

  it('is refused for a run that did not fail, a test run, and a failure of no step', async () => {
    const { ctx, wf } = setup();
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1 }) });
    expect(retryFromStepPlan({ ...run, status: 'succeeded' })).toEqual({ ok: false, reason: 'not-failed' });
    expect(retryFromStepPlan({ ...run, dryRun: true })).toEqual({ ok: false, reason: 'test-run' });
    const engineFailure = { stepId: '', kind: 'action' as const, name: 'Run', status: 'failed' as const, attempts: [], startedAt: LATER };
    expect(retryFromStepPlan({ ...run, steps: [run.steps[0]!, engineFailure] })).toEqual({ ok: false, reason: 'no-step' });
  });

  it('records the condition’s criteria, and records stored before these fields still parse', async () => {
    const { ctx, wf } = setup();
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 1 }) });
    expect(run.steps[1]!.criteria).toEqual([{ kind: 'criterion', depth: 0, field: 'trigger.order_id', operator: 'less_than', expected: 10, actual: 1, held: true }]);
    const old = { ...run, steps: run.steps.map(({ criteria: _c, ...s }) => s) };
    expect(RunRecordSchema.parse(old).steps[1]!.criteria).toBeUndefined();
  });
});
