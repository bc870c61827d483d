/**
 * Runs cross from the engine's worker split: each shared part (the workflow
 * version, the store objects a trigger read) once per request with its key,
 * runs referencing them; the main thread joins them back to the engine's
 * records, sharing the parts, whose keys the run writer then knows without
 * hashing.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { partKey, splitRun } from '../domain/runs/storedRun';
import { T0, event, fakeSlack, orgWith, workflow } from '../../test/fixtures/engine';
import { createRegistry } from './adapters/registry';
import { counterIds } from './clock';
import type { RunRecord } from './types';
import { createWorkerHandler } from './workerHandler';
import { RunJoiner, RunPacker, WorkerReply } from './workerProtocol';

const org = orgWith({ 'store-1': ['loox', 'slack'] });
const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: '{{ trigger.rating }}' } }] });
const review = (i: number) => ({ customer_id: String(7_000_000 + (i % 2)), product_id: '8000000', rating: 1 + i, review_text: 'ok', reviewer_email: 'a@b.pl' });

/** Fires `count` reviews through the worker handler; the replies as the main thread parses them. */
async function fire(count: number) {
  const handle = createWorkerHandler({ catalog, registry: createRegistry([fakeSlack()]), ids: counterIds() });
  const replies: WorkerReply[] = [];
  const events = Array.from({ length: count }, (_, i) => event('loox', 'new-review', review(i), 'store-1', `ev-${i}`));
  const request = { type: 'fire', requestId: 'r1', now: T0, org, sandbox: [], faults: [], workflows: [wf], events };
  await handle(structuredClone(request), (reply) => replies.push(WorkerReply.parse(structuredClone(reply))));
  return replies;
}

const finishedOf = (replies: WorkerReply[]) => replies.flatMap((r) => (r.type === 'run-finished' ? [r] : []));

describe('runs crossing from the worker', () => {
  it('send each shared part once per request and runs that reference it', async () => {
    const finished = finishedOf(await fire(3));
    expect(finished).toHaveLength(3);
    expect(finished.map((r) => r.parts?.workflows.length)).toEqual([1, 0, 0]);
    // Two customers, one product: the third run's objects were all sent before.
    expect(finished.map((r) => r.parts?.objects.map((o) => o.key.split('#')[0]).sort())).toEqual([['customer', 'product'], ['customer'], []]);
    for (const { run } of finished) {
      expect(run).not.toHaveProperty('workflow');
      expect(run.workflowRef).toBe(finished[0]!.parts!.workflows[0]!.key);
      expect(run.steps[0]).toMatchObject({ inputFromEvent: true, outputRefs: [expect.any(Array), expect.any(Array)] });
    }
  });

  it('join back to the engine’s records, the parts shared between runs and their keys known to the writer', async () => {
    const replies = await fire(3);
    const joiner = new RunJoiner();
    const runs: RunRecord[] = [];
    for (const r of finishedOf(replies)) {
      const joined = joiner.join([r.run], r.parts);
      if ('problem' in joined) throw new Error(joined.problem);
      runs.push(...joined.runs);
    }
    expect(runs[0]!.workflow).toMatchObject({ id: wf.id, name: wf.name });
    expect(runs[1]!.workflow).toBe(runs[0]!.workflow);
    expect(runs[2]!.steps[0]!.output!.customer).toBe(runs[0]!.steps[0]!.output!.customer);
    expect(runs[0]!.steps[0]!.input).toBe(runs[0]!.event.payload);
    expect(Object.isFrozen(runs[0]!.workflow)).toBe(true);
    // The writer's split takes the keys the worker computed, without serialising the parts again.
    const split = splitRun(runs[1]!);
    expect(split.workflow!.key).toBe(replies.find((r) => r.type === 'run-finished')!.parts!.workflows[0]!.key);
    expect(split.workflow!.key).toBe(partKey(wf.id, structuredClone(runs[1]!.workflow)));
    // The `done` reply's runs join with the same parts.
    const done = replies.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    expect(done.parts).toEqual({ workflows: [], objects: [] });
    const all = joiner.join(done.runs, done.parts);
    expect(all).toEqual({ runs });
  });

  it('pack runs the same way outside the worker, and say which part a run misses', () => {
    const packer = new RunPacker();
    const run = { id: 'run-1', workflowId: wf.id, workflowName: wf.name, workflow: wf, storeId: 'store-1', event: event('loox', 'new-review', review(0)), status: 'succeeded', reasons: [], steps: [], dryRun: false, startedAt: T0 } satisfies RunRecord;
    const first = packer.pack([run]);
    expect(first.parts.workflows).toHaveLength(1);
    expect(packer.pack([{ ...run, id: 'run-2' }]).parts.workflows).toEqual([]);
    const parsed = WorkerReply.parse({ type: 'done', requestId: 'r', runs: first.runs, events: [], notes: [], sandboxChanges: [] });
    if (parsed.type !== 'done') throw new Error(parsed.type);
    expect(new RunJoiner().join(parsed.runs, undefined)).toEqual({ problem: expect.stringMatching(/^run "run-1": its workflow version ".+" is not known$/) });
  });

  it('still read a run sent whole', () => {
    const run = { id: 'run-1', workflowId: wf.id, workflowName: wf.name, workflow: wf, storeId: 'store-1', event: event('loox', 'new-review', review(0)), status: 'succeeded', reasons: [], steps: [], dryRun: false, startedAt: T0 };
    const parsed = WorkerReply.parse({ type: 'done', requestId: 'r', runs: [run], events: [], notes: [], sandboxChanges: [] });
    if (parsed.type !== 'done') throw new Error(parsed.type);
    expect(new RunJoiner().join(parsed.runs, undefined)).toEqual({ runs: [run] });
  });
});
