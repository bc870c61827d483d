import { describe, expect, it } from 'vitest';
import acme from '../../../test/fixtures/custom-apps/acme-loyalty.json';
import { T0, event, orgWith, workflow } from '../../../test/fixtures/engine';
import { builtInCatalog } from '../../domain/catalog/builtIn';
import { checkCustomApp } from '../../domain/catalog/customApps';
import { counterIds } from '../clock';
import { createWorkerHandler } from '../workerHandler';
import { WorkerReply } from '../workerProtocol';
import { builtInRegistry } from './index';

const org = orgWith({ 'store-1': ['acme-loyalty'] });
const wf = workflow({
  trigger: ['acme-loyalty', 'member-joined'],
  steps: [
    { id: 'a1', action: ['acme-loyalty', 'add-points'], fields: { member_email: '{{ trigger.member_email }}', points: '50', reason: 'Welcome' } },
  ],
});
const payload = (() => {
  const r = checkCustomApp(acme, builtInCatalog);
  if (!r.ok) throw new Error('fixture');
  return r.manifest.triggers[0]!.samplePayload;
})();

async function fire(extra: Record<string, unknown> = {}) {
  const handle = createWorkerHandler({ catalog: builtInCatalog, registry: builtInRegistry, ids: counterIds() });
  const replies: WorkerReply[] = [];
  const message = { type: 'fire', requestId: 'r1', now: T0, org, sandbox: [], faults: [], customApps: [acme], workflows: [wf], events: [event('acme-loyalty', 'member-joined', payload)], ...extra };
  await handle(structuredClone(message), (reply) => replies.push(WorkerReply.parse(structuredClone(reply))));
  const rows = replies.flatMap((r) => (r.type === 'run-finished' ? r.sandboxChanges : []));
  return { done: replies.at(-1)!, rows };
}

describe('the generic adapter of custom apps', () => {
  it('records each action call in the sandbox with the rendered inputs, the store and the time, and returns its outputs', async () => {
    const { done, rows } = await fire();
    expect(done.type).toBe('done');
    if (done.type !== 'done') return;
    const run = done.runs[0]!;
    expect(run.status).toBe('succeeded');
    expect(run.steps.find((s) => s.stepId === 'a1')?.output).toEqual({ balance: 1, call_id: expect.any(String) });
    expect(rows).toEqual([
      { storeId: 'store-1', appId: 'acme-loyalty', collection: 'add-points', id: expect.any(String), record: expect.objectContaining({ member_email: 'customer@example.com', points: 50, reason: 'Welcome', storeId: 'store-1', calledAt: T0 }) },
    ]);
  });

  it('is failed by an injected fault like any adapter', async () => {
    const { done } = await fire({ faults: [{ storeId: 'store-1', appId: 'acme-loyalty', config: { mode: 'always', status: 403 } }] });
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.runs[0]!.status).toBe('failed');
    expect(done.runs[0]!.steps.find((s) => s.stepId === 'a1')?.error).toMatch(/Acme Loyalty: .*403/);
  });

  it('refuses a request whose custom manifest does not parse, naming the place', async () => {
    const { done } = await fire({ customApps: [{ ...acme, actions: 'none' }] });
    expect(done).toMatchObject({ type: 'failed', error: expect.stringMatching(/\$\.customApps\[0\]\.actions/) });
  });
});
