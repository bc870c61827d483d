/**
 * The worker entry as the browser loads it: the real catalog and every
 * adapter module of ./adapters, answering on the worker's global scope.
 */
import { describe, expect, it } from 'vitest';
import { T0, event, orgWith, workflow } from '../../test/fixtures/engine';
import { WorkerReply } from './workerProtocol';

describe('the worker entry', () => {
  it('answers a fire request on its global scope, with the real adapters', async () => {
    const replies: WorkerReply[] = [];
    const scope = globalThis as unknown as { postMessage: (m: unknown) => void; onmessage: ((e: { data: unknown }) => void) | null };
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    scope.postMessage = (m) => {
      const reply = WorkerReply.parse(m);
      replies.push(reply);
      if (reply.type === 'done' || reply.type === 'failed') done();
    };
    await import('./worker');
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#reviews', text: 'New {{ trigger.rating }}-star review' } }] });
    const review = { customer_id: '1', product_id: '2', rating: 5, review_text: 'ok', reviewer_email: 'a@b.pl', photo_url: '' };
    scope.onmessage!({ data: { type: 'fire', requestId: 'r1', now: T0, org: orgWith({ 'store-1': ['loox', 'slack'] }), sandbox: [], faults: [], workflows: [wf], events: [event('loox', 'new-review', review)] } });
    await finished;
    const last = replies.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type === 'done') {
      expect(last.runs.map((r) => r.status)).toEqual(['succeeded']);
      expect(last.runs[0]!.steps[1]!.rendered).toEqual({ channel: '#reviews', text: 'New 5-star review' });
    }
  });
});
