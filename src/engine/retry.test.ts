/**
 * Retries and injected faults through real runs: attempt times on the run's
 * simulated timeline, transient failures cured by a retry, permanent ones
 * failing at once, and the shared clock never moved by a run.
 */
import { describe, expect, it } from 'vitest';
import { T0, context, event, fakeSlack, orgWith, workflow } from '../../test/fixtures/engine';
import type { FaultConfig } from './faults';
import { startRun } from './interpreter';
import { backoffMs, DEFAULT_RETRY } from './retry';
import { AdapterError, type AppAdapter } from './types';

const review = { customer_id: '1', product_id: '2', rating: 5, review_text: 'ok', reviewer_email: 'a@b.pl', photo_url: '' };
const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: 'hi' } }] });
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

async function runWith(fault: FaultConfig | undefined, adapter: AppAdapter = fakeSlack(), retry?: { maxAttempts: number }) {
  const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [adapter], fault ? { 'store-1/slack': fault } : {});
  const outcome = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review), retry });
  return { ...outcome, step: outcome.run.steps[1]!, ctx };
}

describe('backoff', () => {
  it('doubles from 1 s and is capped', () => {
    expect([1, 2, 3].map((n) => backoffMs(DEFAULT_RETRY, n))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(DEFAULT_RETRY, 20)).toBe(60_000);
  });
});

describe('retries on the simulated clock', () => {
  it('retries transient failures at 0 s, 1 s, 3 s, 7 s and succeeds when the app recovers', async () => {
    const { run, step, ctx } = await runWith({ mode: 'transient', failures: 3 });
    expect(step.attempts.map((a) => [a.at, a.outcome])).toEqual([
      [at(0), 'transient'],
      [at(1), 'transient'],
      [at(3), 'transient'],
      [at(7), 'ok'],
    ]);
    expect(step.attempts[0]!.error).toBe('Service unavailable (503, simulated fault)');
    expect([run.status, step.status, step.finishedAt, run.finishedAt]).toEqual(['succeeded', 'succeeded', at(7), at(7)]);
    expect(ctx.clock.now()).toBe(T0); // the run keeps its own time; the shared clock did not move
  });

  it('one transient failure, then success', async () => {
    const { run, step } = await runWith({ mode: 'transient' });
    expect(step.attempts.map((a) => a.outcome)).toEqual(['transient', 'ok']);
    expect(run.status).toBe('succeeded');
  });

  it('an always-failing app fails the step after the last attempt, with the error', async () => {
    const { run, step } = await runWith({ mode: 'always' });
    expect(step.attempts.map((a) => [a.at, a.outcome])).toEqual([
      [at(0), 'transient'],
      [at(1), 'transient'],
      [at(3), 'transient'],
      [at(7), 'transient'],
    ]);
    expect(step.error).toBe('Slack failed after 4 attempts: Internal server error (500, simulated fault)');
    expect(run.status).toBe('failed');
  });

  it('a permanent failure fails at once, whether injected or thrown by the adapter', async () => {
    const injected = await runWith({ mode: 'always', status: 400 });
    expect(injected.step.attempts).toHaveLength(1);
    expect(injected.step.error).toBe('Slack: Bad request (400, simulated fault)');
    const refusing: AppAdapter = {
      appId: 'slack',
      collections: {},
      actions: { 'send-message': () => { throw new AdapterError('permanent', 'channel #c does not exist', 404); } },
    };
    const thrown = await runWith(undefined, refusing);
    expect(thrown.step).toMatchObject({ status: 'failed', error: 'Slack: channel #c does not exist', attempts: [{ outcome: 'permanent' }] });
    expect(thrown.run.status).toBe('failed');
  });

  it('timeouts take the call timeout each, then back off', async () => {
    const { step } = await runWith({ mode: 'timeout', failures: 2 });
    expect(step.attempts.map((a) => [a.at, a.durationMs, a.outcome])).toEqual([
      [at(0), 10_000, 'timeout'],
      [at(11), 10_000, 'timeout'],
      [at(23), 0, 'ok'],
    ]);
  });

  it('a slow app just takes longer', async () => {
    const { step } = await runWith({ mode: 'slow', latencyMs: 2500 });
    expect(step.attempts).toEqual([{ at: at(0), durationMs: 2500, outcome: 'ok' }]);
    expect(step.finishedAt).toBe(at(2.5));
  });

  it('follows a custom policy', async () => {
    const { step } = await runWith({ mode: 'always' }, fakeSlack(), { maxAttempts: 2 });
    expect(step.error).toMatch(/^Slack failed after 2 attempts/);
  });

  it('a failed attempt leaves nothing in the sandbox: only the successful attempt’s write remains', async () => {
    let calls = 0;
    const flaky: AppAdapter = {
      appId: 'slack',
      collections: { messages: 'Messages' },
      actions: {
        'send-message': ({ sandbox }) => {
          const id = sandbox.insert('messages', { text: `try ${++calls}` });
          if (calls === 1) throw new AdapterError('transient', 'connection reset', 503);
          return { output: { message_id: id } };
        },
      },
    };
    const { run, step, ctx } = await runWith(undefined, flaky);
    expect(run.status).toBe('succeeded');
    expect(step.output).toEqual({ message_id: 'message-1' });
    expect(ctx.sandbox.forApp('store-1', 'slack').list('messages')).toEqual([{ id: 'message-1', text: 'try 2' }]);
  });

  it('a fault applies to its app in its store only', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'], 'store-2': ['loox', 'slack'] }), [fakeSlack()], { 'store-1/slack': { mode: 'always', status: 401 } });
    const one = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review, 'store-1') });
    const two = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review, 'store-2') });
    expect([one.run.status, two.run.status]).toEqual(['failed', 'succeeded']);
  });
});
