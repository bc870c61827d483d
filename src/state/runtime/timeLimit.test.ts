/**
 * The hard time limit (engine/worker.ts): a run that gives no news for the
 * limit gets its engine terminated and is recorded as failed; a fresh
 * engine then runs the rest of the batch, so other runs are not lost.
 * Runs on the in-process executor with an adapter that never answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshRuntime, storeWorkflow } from '../../../test/fixtures/runtime';
import { BUILT_IN_ADAPTERS } from '../../engine/adapters/index';
import { createRegistry } from '../../engine/adapters/registry';
import { slackAdapter } from '../../engine/adapters/slack';
import type { AppAdapter } from '../../engine/types';
import { configureRuntime, getEngineClient, resetRuntimeConfig } from './config';
import { advanceClock } from './clock';
import { fireTrigger } from './fire';
import { samplePayload } from './payload';
import { readRuns } from './runs';
import { inProcessExecutor } from './workerClient';

/** Slack that never answers in store-1 (an adapter stuck on a promise), and works elsewhere. */
const stuckInStore1: AppAdapter = {
  ...slackAdapter,
  actions: {
    'send-message': (call) => (call.storeId === 'store-1' ? new Promise(() => {}) : slackAdapter.actions['send-message']!(call)),
  },
};

beforeEach(async () => {
  await freshRuntime();
  const registry = createRegistry(BUILT_IN_ADAPTERS.map((a) => (a.appId === 'slack' ? stuckInStore1 : a)));
  configureRuntime({ executor: inProcessExecutor({ registry }), timeLimitMs: 100 });
});

afterEach(() => {
  resetRuntimeConfig();
});

describe('the hard time limit', () => {
  it('records the stuck run as failed, restarts the engine and runs the rest of the batch', async () => {
    const slack = await storeWorkflow({ id: 'wf-a-slack', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: 'hi' } }] });
    const tags = await storeWorkflow({ id: 'wf-b-tags', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['shopify', 'add-customer-tags'], fields: { tags: 'x' } }] });
    const runs = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: samplePayload('loox', 'new-review'), storeIds: ['store-1', 'store-2'] });
    expect(runs.map((r) => [r.workflowId, r.storeId, r.status])).toEqual([
      [slack.id, 'store-1', 'failed'],
      [tags.id, 'store-1', 'succeeded'],
      [slack.id, 'store-2', 'succeeded'],
      [tags.id, 'store-2', 'succeeded'],
    ]);
    expect(runs[0]!.steps.at(-1)!.error).toBe('Stopped after 0.1 s: the run took too long and the engine was restarted.');
    expect(getEngineClient().restarts).toBe(1);
    expect((await readRuns({})).length).toBe(4);
  });

  it('fails a resumed run that gets stuck, keeping the steps it did before its Wait', async () => {
    await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'w', wait: [1, 'hours'] }, { id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: 'hi' } }] });
    const runs = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: samplePayload('loox', 'new-review'), storeIds: ['store-1', 'store-2'] });
    expect(runs.map((r) => r.status)).toEqual(['waiting', 'waiting']);
    // Waiting runs due at the same time resume in id order (random ids): sort by store to compare.
    const resumed = (await advanceClock(2 * 3_600_000)).sort((x, y) => x.storeId.localeCompare(y.storeId));
    expect(resumed.map((r) => [r.storeId, r.status])).toEqual([
      ['store-1', 'failed'],
      ['store-2', 'succeeded'],
    ]);
    expect(resumed[0]!.steps.map((s) => [s.kind, s.status])).toEqual([
      ['trigger', 'succeeded'],
      ['wait', 'succeeded'],
      ['action', 'failed'],
    ]);
    expect(await readRuns({ status: 'waiting' })).toEqual([]);
  });
});
