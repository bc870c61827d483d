import { describe, expect, it } from 'vitest';
import { T0, context, event, fakeLoyaltyLion, fakeSlack, orgWith, workflow } from '../../test/fixtures/engine';
import { resumeRun, startRun } from './interpreter';
import type { ActionCall, AppAdapter } from './types';

const claim = { customer_id: '7054216842', customer_email: 'k@example.com', points_balance: 520, reward_name: 'Rabat', reward_cost: 500 };
const review = { customer_id: '7054216839', product_id: '8123456789', rating: 5, review_text: 'Great bag', reviewer_email: 'a@b.pl', photo_url: '' };
const slackStep = (text: string, id = 'a1') => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#reviews', text } });

describe('gating', () => {
  it('skips with every reason: Flow missing, workflow off, each app not installed in the store', async () => {
    const ctx = context(orgWith({ 'store-1': ['loyaltylion', 'slack'] }, ['store-3']), [fakeSlack()]);
    const wf = workflow({ name: 'Reward ping', trigger: ['loyaltylion', 'customer-can-claim-reward'], steps: [slackStep('hi')], on: false });
    const { run, emitted } = await startRun({ ...ctx, workflow: wf, event: event('loyaltylion', 'customer-can-claim-reward', claim, 'store-3') });
    expect(run.status).toBe('skipped');
    expect(run.reasons).toEqual([
      'The Flow app is not installed in Store 3.',
      'The workflow “Reward ping” is turned off.',
      'LoyaltyLion – Rewards & Referrals is not installed in Store 3.',
      'Slack is not installed in Store 3.',
    ]);
    expect([run.steps, emitted, run.finishedAt]).toEqual([[], [], T0]);
  });

  it('runs where everything is in place, and says so when the store is out of the workflow’s scope', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'], 'store-2': ['loox'] }), []);
    const wf = { ...workflow({ trigger: ['loox', 'new-review'] }), activation: { on: true, scope: { kind: 'stores' as const, storeIds: ['store-1'] }, offInStores: [] } };
    expect((await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) })).run.status).toBe('succeeded');
    const other = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review, 'store-2') });
    expect(other.run.reasons).toEqual(['The workflow “Test workflow” is not turned on for Store 2.']);
  });

  it('answers the rules once per organization and workflow version: a new version or organization is not served a stale answer', async () => {
    const org = orgWith({ 'store-1': ['slack'] });
    const ctx = context(org, [fakeSlack()]);
    const wf = workflow({ name: 'Ping', trigger: ['shopify', 'order-paid'], steps: [slackStep('hi')] });
    const ev = event('shopify', 'order-paid', {});
    expect((await startRun({ ...ctx, workflow: wf, event: ev })).run.status).toBe('succeeded');
    // The same objects again: the same answer.
    expect((await startRun({ ...ctx, workflow: wf, event: ev })).run.status).toBe('succeeded');
    // A new version of the workflow, turned off.
    const off = { ...wf, activation: { ...wf.activation, on: false } };
    expect((await startRun({ ...ctx, workflow: off, event: ev })).run.reasons).toEqual(['The workflow “Ping” is turned off.']);
    // …which a dry run still runs, while the version that is on still runs for real.
    expect((await startRun({ ...ctx, workflow: off, event: ev, dryRun: true })).run.status).toBe('succeeded');
    expect((await startRun({ ...ctx, workflow: wf, event: ev })).run.status).toBe('succeeded');
    // A new organization without Slack in the store: the same workflow object is skipped there.
    const without = { ...org, installations: org.installations.filter((i) => i.appId !== 'slack') };
    expect((await startRun({ ...ctx, org: without, workflow: wf, event: ev })).run.reasons).toEqual(['Slack is not installed in Store 1.']);
    // Another store of the first organization gets its own answer.
    expect((await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-paid', {}, 'store-9') })).run.reasons).toEqual([
      'This store no longer exists in the organization.',
    ]);
  });

  it('refuses an event of another trigger', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'] }), []);
    const { run } = await startRun({ ...ctx, workflow: workflow({ trigger: ['loox', 'new-review'] }), event: event('shopify', 'order-paid', {}) });
    expect(run.reasons).toEqual(['The workflow starts with “Loox – Photo Reviews · New review”, not “Shopify · Order paid”.']);
  });
});

describe('actions', () => {
  it('renders fields with the run data, calls the adapter and records the step', async () => {
    const log: ActionCall[] = [];
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack(log)]);
    ctx.sandbox.forApp('store-1', 'shopify').upsert('customers', '7054216839', { first_name: 'Zofia' });
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('{{ customer.first_name }} ({{ customer.email }}) gave {{ trigger.rating }}')] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
    expect(run.status).toBe('succeeded');
    const step = run.steps[1]!;
    expect(step).toMatchObject({
      stepId: 'a1',
      kind: 'action',
      name: 'Slack · Send Slack message',
      status: 'succeeded',
      input: { channel: '#reviews', text: '{{ customer.first_name }} ({{ customer.email }}) gave {{ trigger.rating }}' },
      // The stored customer wins; what it lacks comes from the sample customer.
      rendered: { channel: '#reviews', text: 'Zofia (anna.kowalska@example.pl) gave 5' },
      output: { message_id: 'message-1' },
      attempts: [{ at: T0, durationMs: 0, outcome: 'ok' }],
      startedAt: T0,
      finishedAt: T0,
    });
    expect(log[0]).toMatchObject({ storeId: 'store-1', appId: 'slack', actionId: 'send-message', now: T0 });
    expect(ctx.sandbox.forApp('store-1', 'slack').list('messages')).toHaveLength(1);
    // The trigger step keeps the payload and the Shopify objects the run read.
    expect(run.steps[0]).toMatchObject({ kind: 'trigger', input: review, output: { customer: { id: '7054216839', first_name: 'Zofia' }, product: { id: '8123456789' } } });
  });

  it('a field problem fails the step without calling the adapter, and the run is failed, not completed', async () => {
    const log: ActionCall[] = [];
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack(log)]);
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('Rating {{ trigger.nope }}'), slackStep('never', 'a2')] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
    expect(run.status).toBe('failed');
    expect(run.steps.map((s) => [s.stepId, s.status])).toEqual([['t', 'succeeded'], ['a1', 'failed']]);
    expect(run.steps[1]!.error).toBe('Unknown variable trigger.nope in Message.');
    expect(run.steps[1]!.attempts).toEqual([]);
    expect(log).toEqual([]);
    expect(run.finishedAt).toBe(T0);
  });

  it('a new version of the workflow runs its own fields and action, not what the last version’s runs looked up', async () => {
    const log: ActionCall[] = [];
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack(log)]);
    const v1 = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('first {{ trigger.rating }}')] });
    const v2 = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('second {{ trigger.rating }}')] });
    for (const wf of [v1, v1, v2]) await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
    expect(log.map((c) => c.fields.text)).toEqual(['first 5', 'first 5', 'second 5']);
    const [step] = v2.steps.filter((s) => s.kind === 'action');
    const v3 = { ...v2, steps: v2.steps.map((s) => (s === step ? { ...step, action: 'post-nothing' } : s)) };
    const { run } = await startRun({ ...ctx, workflow: v3, event: event('loox', 'new-review', review) });
    expect(run.steps[1]!.error).toBe('Slack has no action “post-nothing”.');
  });

  it('fails the step when the app has no adapter', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), []);
    const { run } = await startRun({ ...ctx, workflow: workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('hi')] }), event: event('loox', 'new-review', review) });
    expect([run.status, run.steps[1]!.error]).toEqual(['failed', 'No adapter for Slack.']);
  });

  it('an adapter that throws fails its step permanently, after one attempt', async () => {
    const broken: AppAdapter = { appId: 'slack', collections: {}, actions: { 'send-message': () => { throw new TypeError('boom'); } } };
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [broken]);
    const { run } = await startRun({ ...ctx, workflow: workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('hi')] }), event: event('loox', 'new-review', review) });
    expect(run.status).toBe('failed');
    expect(run.steps[1]).toMatchObject({ error: 'Slack: the adapter failed unexpectedly: boom', attempts: [{ outcome: 'permanent' }] });
  });

  it('emits follow-up events in the same store, one level deeper, naming their cause', async () => {
    const ctx = context(orgWith({ 'store-1': ['loyaltylion'] }), [fakeLoyaltyLion()]);
    const wf = workflow({
      trigger: ['loyaltylion', 'customer-can-claim-reward'],
      steps: [{ id: 'add', action: ['loyaltylion', 'add-points'], fields: { customer_id: '{{ customer.id }}', points: '600' } }],
    });
    const { run, emitted } = await startRun({ ...ctx, workflow: wf, event: event('loyaltylion', 'customer-can-claim-reward', claim) });
    expect(run.status).toBe('succeeded');
    expect(emitted).toEqual([
      expect.objectContaining({
        id: 'event-1',
        storeId: 'store-1',
        app: 'loyaltylion',
        trigger: 'customer-can-claim-reward',
        at: T0,
        depth: 1,
        causedBy: { runId: run.id, stepId: 'add' },
        chain: ['wf-1'],
      }),
    ]);
  });
});

describe('waits', () => {
  const waiting = () => workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'w', wait: [1, 'hours'] }, slackStep('Rating {{ trigger.rating }}')] });

  it('suspends the run until the clock passes, then continues with the version it started with', async () => {
    const log: ActionCall[] = [];
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack(log)]);
    const started = await startRun({ ...ctx, workflow: waiting(), event: event('loox', 'new-review', review) });
    const run = started.run;
    expect(run).toMatchObject({ status: 'waiting', resumeAt: '2026-03-02T11:00:00.000Z', resumeStepId: 'a1' });
    expect(run.steps.map((s) => [s.stepId, s.status])).toEqual([['t', 'succeeded'], ['w', 'waiting']]);
    expect(log).toEqual([]);

    await expect(resumeRun(run, ctx)).rejects.toThrow(/waits until 2026-03-02T11:00:00.000Z/);
    ctx.clock.advance(90 * 60_000);
    const resumed = await resumeRun(run, ctx);
    expect(resumed.run.status).toBe('succeeded');
    expect(resumed.run.steps.map((s) => [s.stepId, s.status])).toEqual([['t', 'succeeded'], ['w', 'succeeded'], ['a1', 'succeeded']]);
    expect(resumed.run.steps[2]).toMatchObject({ rendered: { text: 'Rating 5' }, startedAt: '2026-03-02T11:30:00.000Z' });
    expect(resumed.run.resumeAt).toBeUndefined();
    expect(run.status).toBe('waiting'); // the given record is not changed
    await expect(resumeRun(resumed.run, ctx)).rejects.toThrow(/not waiting/);
  });

  it('keeps the workflow version it started with when the workflow is edited meanwhile', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack()]);
    const wf = waiting();
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
    const step = wf.steps.find((s) => s.id === 'a1');
    if (step?.kind === 'action') step.fields.text = 'Edited {{ trigger.nope }}';
    wf.name = 'Renamed';
    ctx.clock.advance(3_600_000);
    const resumed = await resumeRun(run, ctx);
    expect(resumed.run.status).toBe('succeeded');
    expect(resumed.run.workflowName).toBe('Test workflow');
    expect(resumed.run.steps[2]!.rendered).toEqual({ channel: '#reviews', text: 'Rating 5' });
  });
});

describe('dry runs', () => {
  it('record the steps the same way but leave the sandbox untouched, and do not wait', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [fakeSlack()]);
    ctx.sandbox.forApp('store-1', 'slack').insert('messages', { text: 'existing' });
    const before = ctx.sandbox.rows();
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('Rating {{ trigger.rating }}'), { id: 'w', wait: [1, 'days'] }, slackStep('after', 'a2')], on: false });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review), dryRun: true });
    expect(run).toMatchObject({ status: 'succeeded', dryRun: true });
    expect(run.steps.map((s) => [s.stepId, s.status])).toEqual([['t', 'succeeded'], ['a1', 'succeeded'], ['w', 'succeeded'], ['a2', 'succeeded']]);
    expect(run.steps[1]!.output).toEqual({ message_id: 'message-2' });
    expect(run.steps[2]!.output).toEqual({ wouldResumeAt: '2026-03-03T10:00:00.000Z', note: 'A test run does not wait.' });
    expect(ctx.sandbox.rows()).toEqual(before);
  });

  it('are still held back by a missing app', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'] }), [fakeSlack()]);
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [slackStep('hi')] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review), dryRun: true });
    expect(run.reasons).toEqual(['Slack is not installed in Store 1.']);
  });
});
