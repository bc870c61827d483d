import { describe, expect, it } from 'vitest';
import { T0, context, event, fakeLoyaltyLion, fakeSlack, orgWith, workflow } from '../../test/fixtures/engine';
import type { Workflow } from '../domain/workflow/document';
import { Engine, type EngineProgress, dueRuns } from './engine';
import type { AppAdapter, RunRecord } from './types';
import { shopifyAdapter } from './adapters/shopify';

const review = { customer_id: '1', product_id: '2', rating: 5, review_text: 'ok', reviewer_email: 'a@b.pl', photo_url: '' };
const claim = { customer_id: '42', customer_email: 'k@example.com', points_balance: 0, reward_name: 'Rabat', reward_cost: 500 };

function engineFor(installs: Record<string, string[]>, adapters: AppAdapter[], extra: { maxRunsPerBatch?: number; onProgress?: (p: EngineProgress) => void } = {}) {
  const ctx = context(orgWith(installs), adapters);
  return { ctx, engine: new Engine({ ...ctx, ...extra }) };
}

/** A Slack adapter that emits the trigger named by the channel ("app/trigger"), to build cascades. */
function relay(): AppAdapter {
  return {
    appId: 'slack',
    collections: {},
    actions: {
      'send-message': ({ fields }) => {
        const [app, trigger] = String(fields.channel).split('/');
        return { emits: app && trigger ? [{ app, trigger, payload: {} }] : [] };
      },
    },
  };
}

describe('Engine.fire', () => {
  it('runs the workflows that are on and start with the event’s trigger, skipping with reasons where they must not run', async () => {
    const { ctx, engine } = engineFor({ 'store-1': ['loox', 'slack'], 'store-3': ['loox'] }, [fakeSlack()]);
    const send = { id: 'a1', action: ['slack', 'send-message'] as [string, string], fields: { channel: '#c', text: 'hi' } };
    const workflows = [
      workflow({ id: 'review-slack', name: 'Review to Slack', trigger: ['loox', 'new-review'], steps: [send] }),
      workflow({ id: 'review-off', trigger: ['loox', 'new-review'], on: false }),
      workflow({ id: 'order', trigger: ['shopify', 'order-paid'] }),
    ];
    const one = await engine.fire(event('loox', 'new-review', review), workflows, ctx.org);
    expect(one.runs.map((r) => [r.workflowId, r.status])).toEqual([['review-slack', 'succeeded']]);
    const three = await engine.fire(event('loox', 'new-review', review, 'store-3'), workflows, ctx.org);
    expect(three.runs.map((r) => [r.workflowId, r.status, r.reasons])).toEqual([['review-slack', 'skipped', ['Slack is not installed in Store 3.']]]);
    const aimed = await engine.fire({ ...event('loox', 'new-review', review), workflowId: 'other' }, workflows, ctx.org);
    expect(aimed.runs).toEqual([]);
  });

  it('gives the runs of one event one deep-frozen copy of it: the caller’s event stays theirs, and changing it later changes no run', async () => {
    const { ctx, engine } = engineFor({ 'store-1': ['loox', 'slack'] }, [fakeSlack()]);
    const send = { id: 'a1', action: ['slack', 'send-message'] as [string, string], fields: { channel: '#c', text: '{{ trigger.review_text }}' } };
    const workflows = ['one', 'two'].map((id) => workflow({ id, trigger: ['loox', 'new-review'], steps: [send] }));
    const fired = event('loox', 'new-review', { ...review });
    const { runs } = await engine.fire(fired, workflows, ctx.org);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(runs[0]!.event).toBe(runs[1]!.event);
    expect(runs[0]!.event).not.toBe(fired);
    expect(runs[0]!.event).toEqual(fired);
    expect(Object.isFrozen(runs[0]!.event) && Object.isFrozen(runs[0]!.event.payload)).toBe(true);
    expect(Object.isFrozen(fired) || Object.isFrozen(fired.payload)).toBe(false);
    fired.payload.review_text = 'changed';
    expect(runs[0]!.event.payload.review_text).toBe('ok');
    const again = await engine.fire(fired, workflows, ctx.org);
    expect(again.runs[0]!.steps.at(-1)!.rendered).toEqual({ channel: '#c', text: 'changed' });
  });

  it('answers which workflows listen per trigger and aimed workflow, for the same list in any order of events', () => {
    const { engine } = engineFor({ 'store-1': ['loox', 'slack'] }, [fakeSlack()]);
    const workflows = [
      workflow({ id: 'a', trigger: ['loox', 'new-review'] }),
      workflow({ id: 'b', trigger: ['loox', 'new-review'] }),
      workflow({ id: 'c', trigger: ['shopify', 'order-paid'] }),
    ];
    const ids = (e: Parameters<typeof engine.matching>[1]) => engine.matching(workflows, e).map((w) => w.id);
    const reviewEvent = event('loox', 'new-review', review);
    for (let round = 0; round < 2; round++) {
      expect(ids(reviewEvent)).toEqual(['a', 'b']);
      expect(ids({ ...reviewEvent, workflowId: 'b' })).toEqual(['b']);
      expect(ids({ ...reviewEvent, workflowId: 'c' })).toEqual([]);
      expect(ids(event('shopify', 'order-paid', {}))).toEqual(['c']);
      expect(ids(event('loox', 'order-paid', {}))).toEqual([]);
      expect(ids(event('shopify', 'new-review', {}))).toEqual([]);
    }
    // Another list (a new version of one workflow): answered afresh.
    const changed = [workflows[0]!, workflow({ id: 'b', trigger: ['shopify', 'order-paid'] }), workflows[2]!];
    expect(engine.matching(changed, reviewEvent).map((w) => w.id)).toEqual(['a']);
    expect(engine.matching(changed, event('shopify', 'order-paid', {})).map((w) => w.id)).toEqual(['b', 'c']);
  });

  it('a failing adapter does not affect another workflow’s run of the same event', async () => {
    const broken: AppAdapter = { appId: 'slack', collections: {}, actions: { 'send-message': () => { throw new RangeError('kaboom'); } } };
    const { ctx, engine } = engineFor({ 'store-1': ['loyaltylion', 'slack'] }, [broken, fakeLoyaltyLion()]);
    const workflows = [
      workflow({ id: 'ping', trigger: ['loyaltylion', 'customer-can-claim-reward'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: 'hi' } }] }),
      workflow({ id: 'points', trigger: ['loyaltylion', 'customer-can-claim-reward'], steps: [{ id: 'a1', action: ['loyaltylion', 'add-points'], fields: { customer_id: '{{ customer.id }}', points: '10' } }] }),
    ];
    const { runs } = await engine.fire(event('loyaltylion', 'customer-can-claim-reward', claim), workflows, ctx.org);
    expect(runs.map((r) => [r.workflowId, r.status])).toEqual([['ping', 'failed'], ['points', 'succeeded']]);
    expect(runs[0]!.steps[1]!.error).toBe('Slack: the adapter failed unexpectedly: kaboom');
    expect(ctx.sandbox.forApp('store-1', 'loyaltylion').get('accounts', '42')).toEqual({ id: '42', points: 10 });
  });

  it('follows emitted events breadth first and stops a cascade deeper than 5', async () => {
    const triggers: [string, string][] = [
      ['shopify', 'customer-created'], ['shopify', 'order-created'], ['shopify', 'order-paid'], ['shopify', 'product-created'],
      ['shopify', 'inventory-quantity-changed'], ['loox', 'new-review'], ['loyaltylion', 'customer-moved-up-tier'], ['loyaltylion', 'customer-moved-down-tier'],
    ];
    const workflows = triggers.map((t, i) =>
      workflow({ id: `w${i}`, name: `Hop ${i}`, trigger: t, steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: triggers[i + 1]?.join('/') ?? '#end', text: 'hop' } }] }),
    );
    const { ctx, engine } = engineFor({ 'store-1': ['slack', 'loox', 'loyaltylion'] }, [relay()]);
    const batch = await engine.fire(event('shopify', 'customer-created', { customer_id: '1' }), workflows, ctx.org);
    expect(batch.runs.map((r) => [r.workflowId, r.event.depth, r.status])).toEqual([
      ['w0', 0, 'succeeded'], ['w1', 1, 'succeeded'], ['w2', 2, 'succeeded'], ['w3', 3, 'succeeded'], ['w4', 4, 'succeeded'], ['w5', 5, 'succeeded'], ['w6', 6, 'skipped'],
    ]);
    expect(batch.runs[6]!.reasons).toEqual(['Stopped a cascade: this event is follow-up number 6 of a chain, and at most 5 follow-ups are run.']);
    expect(batch.runs[6]!.event.chain).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    expect(batch.events).toHaveLength(6);
  });

  it('stops a loop: a workflow does not run again for a chain of events it started', async () => {
    const { ctx, engine } = engineFor({ 'store-1': ['loyaltylion'] }, [fakeLoyaltyLion()]);
    const wf = workflow({
      id: 'bonus',
      name: 'Bonus points',
      trigger: ['loyaltylion', 'customer-can-claim-reward'],
      steps: [{ id: 'a1', action: ['loyaltylion', 'add-points'], fields: { customer_id: '{{ customer.id }}', points: '500' } }],
    });
    const batch = await engine.fire(event('loyaltylion', 'customer-can-claim-reward', claim), [wf], ctx.org);
    expect(batch.runs.map((r) => r.status)).toEqual(['succeeded', 'skipped']);
    expect(batch.runs[1]!.reasons).toEqual(['Stopped a loop: “Bonus points” would run again for a chain of events it started (“Bonus points” → “Bonus points”).']);
    expect(ctx.sandbox.forApp('store-1', 'loyaltylion').get('accounts', '42')).toEqual({ id: '42', points: 500 });
  });

  it('stops a batch at the run limit with a note, and reports progress as runs start and finish', async () => {
    const progress: string[] = [];
    const onProgress = (p: EngineProgress) => progress.push(p.kind === 'run-started' ? `start ${p.workflowId}` : `end ${p.run.workflowId} ${p.run.status}`);
    const { ctx, engine } = engineFor({ 'store-1': ['loox'] }, [], { maxRunsPerBatch: 2, onProgress });
    const workflows = ['a', 'b', 'c'].map((id) => workflow({ id, trigger: ['loox', 'new-review'] }));
    const batch = await engine.fire(event('loox', 'new-review', review), workflows, ctx.org);
    expect(batch.runs).toHaveLength(2);
    expect(batch.notes).toEqual(['Stopped after 2 runs in one go; 1 event(s) were not processed.']);
    expect(progress).toEqual(['start a', 'end a succeeded', 'start b', 'end b succeeded']);
  });
});

describe('waiting runs', () => {
  const waitThenSlack = (text: string): Workflow =>
    workflow({ id: 'later', trigger: ['loox', 'new-review'], steps: [{ id: 'w', wait: [2, 'hours'] }, { id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text } }] });

  it('dueRuns lists waiting runs whose time has come, earliest first', () => {
    const run = (id: string, status: RunRecord['status'], resumeAt?: string) => ({ id, status, resumeAt }) as RunRecord;
    const runs = [run('b', 'waiting', '2026-03-02T12:00:00.000Z'), run('a', 'waiting', '2026-03-02T11:00:00.000Z'), run('c', 'waiting', '2026-03-02T13:00:00.000Z'), run('d', 'succeeded')];
    expect(dueRuns(runs, '2026-03-02T12:00:00.000Z').map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('resumes due runs with the version they started with, even after the workflow was edited', async () => {
    const { ctx, engine } = engineFor({ 'store-1': ['loox', 'slack'] }, [fakeSlack()]);
    const first = await engine.fire(event('loox', 'new-review', review), [waitThenSlack('original')], ctx.org);
    expect(first.runs[0]!.status).toBe('waiting');
    const edited = [waitThenSlack('edited')];
    expect((await engine.resumeDue(first.runs, edited, ctx.org)).runs).toEqual([]); // not due yet
    ctx.clock.advance(2 * 3_600_000);
    const later = await engine.resumeDue(first.runs, edited, ctx.org);
    expect(later.runs.map((r) => [r.id, r.status])).toEqual([[first.runs[0]!.id, 'succeeded']]);
    expect(later.runs[0]!.steps[2]!.rendered).toEqual({ channel: '#c', text: 'original' });
  });

  it('a dry run through the engine leaves the sandbox as it was', async () => {
    const { ctx, engine } = engineFor({ 'store-1': ['loox', 'slack'] }, [fakeSlack()]);
    const { run } = await engine.dryRun(waitThenSlack('x'), event('loox', 'new-review', review), ctx.org);
    expect([run.status, run.dryRun, run.startedAt]).toEqual(['succeeded', true, T0]);
    expect(ctx.sandbox.rows()).toEqual([]);
  });
});

describe('Engine.fire: run isolation with shared data', () => {
  it('a later run reads the store as an earlier run of the same event left it, and changes nothing in the earlier run’s record', async () => {
    const { ctx, engine } = engineFor({ 'store-1': [] }, [shopifyAdapter]);
    const tag = (id: string, tags: string) => workflow({ id, trigger: ['shopify', 'order-paid'], steps: [{ id: 'a1', action: ['shopify', 'add-order-tags'], fields: { tags } }] });
    const { runs } = await engine.fire(event('shopify', 'order-paid', { order_id: '11', customer_id: '22' }), [tag('first', 'one'), tag('second', 'two')], ctx.org);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    const orderOf = (run: RunRecord) => run.steps[0]!.output!.order as Record<string, unknown>;
    // The sample order the store lacked has the tag "gift".
    expect(orderOf(runs[0]!).tags).toEqual(['gift']);
    expect(orderOf(runs[1]!).tags).toEqual(['gift', 'one']);
    expect(ctx.sandbox.forApp('store-1', 'shopify').get('orders', '11')!.tags).toEqual(['gift', 'one', 'two']);
    // What a run read is frozen: neither a later run nor anyone else can change it.
    expect(Object.isFrozen(orderOf(runs[0]!))).toBe(true);
    expect(() => (orderOf(runs[0]!).tags as string[]).push('x')).toThrow(TypeError);
    const again = await engine.fire(event('shopify', 'order-paid', { order_id: '11', customer_id: '22' }), [tag('first', 'three')], ctx.org);
    expect(orderOf(again.runs[0]!).tags).toEqual(['gift', 'one', 'two']);
    expect(orderOf(runs[0]!).tags).toEqual(['gift']);
    expect(orderOf(runs[1]!).tags).toEqual(['gift', 'one']);
  });
});

