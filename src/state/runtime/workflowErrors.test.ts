/**
 * "Workflow error occurred" through the runtime: the window is stored with
 * the sandbox, so separate operations (each reading the database afresh, as
 * after a reload) fire it once per version; and a run the main thread stops
 * at the hard time limit fires it too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshRuntime, storeWorkflow } from '../../../test/fixtures/runtime';
import { WORKFLOW_ERROR_COLLECTION } from '../../domain/runs/workflowError';
import { BUILT_IN_ADAPTERS } from '../../engine/adapters/index';
import { createRegistry } from '../../engine/adapters/registry';
import { slackAdapter } from '../../engine/adapters/slack';
import type { AppAdapter } from '../../engine/types';
import { getDb } from '../../storage/db';
import { configureRuntime, resetRuntimeConfig } from './config';
import { fireTrigger } from './fire';
import { samplePayload } from './payload';
import { setFault } from './sandbox';
import { inProcessExecutor } from './workerClient';

/** A handler that e-mails the team (Shopify's internal e-mail) with the failing workflow's name. */
const handlerSpec = {
  id: 'wf-handler',
  name: 'Error handler',
  trigger: ['shopify', 'workflow-error-occurred'] as [string, string],
  steps: [{ id: 'mail', action: ['shopify', 'send-internal-email'] as [string, string], fields: { to: 'ops@example.com', subject: '{{ trigger.workflow_name }} failed', body: '{{ trigger.error_message }}' } }],
};

const fireOrder = () => fireTrigger({ app: 'shopify', trigger: 'order-created', payload: samplePayload('shopify', 'order-created'), storeIds: ['store-1'] });

beforeEach(async () => {
  await freshRuntime();
});

afterEach(() => {
  resetRuntimeConfig();
});

describe('Workflow error occurred in the runtime', () => {
  it('fires once per version across operations: the window is stored with the sandbox', async () => {
    await storeWorkflow({ id: 'wf-fail', name: 'Post orders', trigger: ['shopify', 'order-created'], steps: [{ id: 's', action: ['slack', 'send-message'], fields: { channel: '#o', text: 'x' } }] });
    await storeWorkflow(handlerSpec);
    await setFault('store-1', 'slack', { mode: 'always' });
    const first = await fireOrder();
    expect(first.map((r) => [r.workflowId, r.status])).toEqual([['wf-fail', 'failed'], ['wf-handler', 'succeeded']]);
    const stored = await getDb().sandbox.where({ storeId: 'store-1', appId: 'shopify', collection: WORKFLOW_ERROR_COLLECTION }).toArray();
    expect(stored.map((r) => r.record)).toEqual([expect.objectContaining({ workflowId: 'wf-fail', failures: 1, runId: first[0]!.id })]);
    const second = await fireOrder();
    expect(second.map((r) => [r.workflowId, r.status])).toEqual([['wf-fail', 'failed']]);
  });

  it('fires for a run stopped at the hard time limit', async () => {
    const stuck: AppAdapter = { ...slackAdapter, actions: { 'send-message': () => new Promise(() => {}) } };
    const registry = createRegistry(BUILT_IN_ADAPTERS.map((a) => (a.appId === 'slack' ? stuck : a)));
    configureRuntime({ executor: inProcessExecutor({ registry }), timeLimitMs: 100 });
    await storeWorkflow({ id: 'wf-stuck', name: 'Slow Slack', trigger: ['shopify', 'order-created'], steps: [{ id: 's', action: ['slack', 'send-message'], fields: { channel: '#o', text: 'x' } }] });
    await storeWorkflow(handlerSpec);
    const runs = await fireOrder();
    expect(runs.map((r) => [r.workflowId, r.status])).toEqual([['wf-stuck', 'failed'], ['wf-handler', 'succeeded']]);
    expect(runs[1]!.event.payload).toMatchObject({ workflow_name: 'Slow Slack', workflow_run_id: runs[0]!.id, error_message: 'Stopped after 0.1 s: the run took too long and the engine was restarted.' });
  });
});
