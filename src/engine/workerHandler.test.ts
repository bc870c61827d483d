import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { T0, event, fakeSlack, orgWith, workflow } from '../../test/fixtures/engine';
import { createRegistry } from './adapters/registry';
import { counterIds } from './clock';
import { shopifyAdapter } from './adapters/shopify';
import type { ActionHandler } from './types';
import { createWorkerHandler } from './workerHandler';
import { WorkerReply, stoppedRun } from './workerProtocol';

const review = { customer_id: '1', product_id: '2', rating: 5, review_text: 'ok', reviewer_email: 'a@b.pl', photo_url: '' };
const org = orgWith({ 'store-1': ['loox', 'slack'] });
const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: '{{ trigger.rating }}' } }] });
const base = { now: T0, org, sandbox: [], faults: [] };

async function send(message: unknown) {
  const handle = createWorkerHandler({ catalog, registry: createRegistry([fakeSlack()]), ids: counterIds() });
  const replies: WorkerReply[] = [];
  // Replies cross a structured-clone boundary: they must parse with the protocol's schema.
  await handle(structuredClone(message), (reply) => replies.push(WorkerReply.parse(structuredClone(reply))));
  return replies;
}

describe('the worker handler', () => {
  it('fires events, reporting each run as it starts and finishes with the sandbox rows it changed', async () => {
    const replies = await send({ type: 'fire', requestId: 'r1', ...base, workflows: [wf], events: [event('loox', 'new-review', review)] });
    expect(replies.map((r) => r.type)).toEqual(['run-started', 'run-finished', 'done']);
    const finished = replies[1] as Extract<WorkerReply, { type: 'run-finished' }>;
    expect(finished.run).toMatchObject({ id: 'run-1', status: 'succeeded' });
    expect(finished.sandboxChanges).toEqual([
      { storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1', channel: '#c', text: '5', at: T0 } },
    ]);
    expect(replies[2]).toMatchObject({ type: 'done', requestId: 'r1', runs: [{ id: 'run-1' }], sandboxChanges: [] });
  });

  it('applies the faults and the sandbox it is sent', async () => {
    const sandbox = [{ storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { text: 'old' } }];
    const faults = [{ storeId: 'store-1', appId: 'slack', config: { mode: 'always', status: 403 } }];
    const replies = await send({ type: 'fire', requestId: 'r2', ...base, sandbox, faults, workflows: [wf], events: [event('loox', 'new-review', review)] });
    const done = replies.at(-1) as Extract<WorkerReply, { type: 'done' }>;
    expect(done.runs[0]!.status).toBe('failed');
    expect(done.runs[0]!.steps[1]!.error).toBe('Slack: Forbidden (403, simulated fault)');
  });

  it('does a dry run without changing the sandbox', async () => {
    const replies = await send({ type: 'dry-run', requestId: 'r3', ...base, workflow: { ...wf, activation: { ...wf.activation, on: false } }, event: event('loox', 'new-review', review) });
    const done = replies.at(-1) as Extract<WorkerReply, { type: 'done' }>;
    expect(done.runs[0]).toMatchObject({ status: 'succeeded', dryRun: true });
    expect(done.sandboxChanges).toEqual([]);
  });

  it('answers a malformed request with the problems, in words', async () => {
    const replies = await send({ type: 'fire', requestId: 'r4', ...base, workflows: [], events: [{ id: 'e' }] });
    expect(replies).toEqual([{ type: 'failed', requestId: 'r4', error: expect.stringMatching(/^The engine got a request it cannot read: \$\.events\[0\]\.storeId/) }]);
  });

  it('gives the main thread a failed record for a run it stopped at the hard time limit', () => {
    const started = { type: 'run-started' as const, requestId: 'r', runId: 'run-9', workflowId: wf.id, workflowName: wf.name, storeId: 'store-1', event: event('loox', 'new-review', review) };
    const run = stoppedRun(started, wf, T0);
    expect(run).toMatchObject({ id: 'run-9', status: 'failed', steps: [{ error: 'Stopped after 10 s: the run took too long and the engine was restarted.' }] });
  });

  it('answers Send HTTP request with the live handler only when the request asks for live HTTP', async () => {
    const live: ActionHandler = ({ fields }) => ({ output: { status_code: 201, response_body: `live ${String(fields.url)}` } });
    const handle = createWorkerHandler({ catalog, registry: createRegistry([shopifyAdapter]), ids: counterIds(), liveHttp: live });
    const hook = workflow({ trigger: ['shopify', 'order-created'], steps: [{ id: 'a1', action: ['shopify', 'send-http-request'], fields: { method: 'POST', url: 'https://example.com/hook', body: 'x' } }] });
    const outputs: unknown[] = [];
    for (const liveHttp of [undefined, false, true]) {
      const replies: WorkerReply[] = [];
      await handle({ type: 'fire', requestId: 'h', ...base, ...(liveHttp === undefined ? {} : { liveHttp }), workflows: [hook], events: [event('shopify', 'order-created', { order_id: '1' })] }, (r) => replies.push(r));
      const done = replies.at(-1) as Extract<WorkerReply, { type: 'done' }>;
      outputs.push(done.runs[0]!.steps[1]!.output?.status_code);
    }
    expect(outputs).toEqual([200, 200, 201]);
  });

  it('tells the main thread which follow-up events each finished run emitted', async () => {
    const emitter = { appId: 'slack', collections: {}, actions: { 'send-message': () => ({ emits: [{ app: 'loox', trigger: 'new-review', payload: review }] }) } };
    const handle = createWorkerHandler({ catalog, registry: createRegistry([emitter]), ids: counterIds() });
    const replies: WorkerReply[] = [];
    await handle({ type: 'fire', requestId: 'c', ...base, workflows: [wf], events: [event('loox', 'new-review', review)] }, (r) => replies.push(WorkerReply.parse(structuredClone(r))));
    const finished = replies.filter((r) => r.type === 'run-finished');
    expect(finished[0]!.emitted).toMatchObject([{ app: 'loox', trigger: 'new-review', depth: 1, causedBy: { runId: 'run-1' } }]);
    expect(finished[1]!.run.status).toBe('skipped');
  });
});
