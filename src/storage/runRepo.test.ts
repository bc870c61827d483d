/**
 * The run, sandbox and fault repositories on IndexedDB: batched writes (one
 * transaction for many runs and their sandbox rows), reads parsed with zod
 * that skip and report corrupt records, newest-first lists with filters, and
 * the waiting-run index the simulated clock relies on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedRunRecord } from '../domain/runs/records';
import { createWorkflow, triggerStep } from '../domain/workflow/factory';
import { FlowbenchDb } from './db';
import { readFaults, writeFault } from './faultRepo';
import { nextWaiting, queryRuns, readDueRuns, readRun, readRunWindow, writeRunBatch } from './runRepo';
import { clearSandbox, readSandboxRows } from './sandboxRepo';

let db: FlowbenchDb;
let n = 0;
function freshDb() {
  db = new FlowbenchDb(`run-repo-test-${++n}`);
  return db;
}
afterEach(async () => {
  await db.delete();
});

const T0 = '2026-03-02T10:00:00.000Z';
const wf = { ...createWorkflow('Test workflow', 'wf-1'), steps: [triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't')] };
const event = (app: string, trigger: string, payload: Record<string, unknown>) => ({ id: 'ev-1', storeId: 'store-1', app, trigger, payload, at: T0, depth: 0 });
function run(id: string, fields: Partial<ParsedRunRecord> = {}): ParsedRunRecord {
  return {
    id,
    workflowId: wf.id,
    workflowName: wf.name,
    workflow: wf,
    storeId: 'store-1',
    event: event('loox', 'new-review', {}),
    status: 'succeeded',
    reasons: [],
    steps: [],
    dryRun: false,
    startedAt: T0,
    finishedAt: T0,
    ...fields,
  };
}

describe('run repository', () => {
  it('writes many runs and their sandbox rows in one transaction with one bulkPut each', async () => {
    freshDb();
    const transaction = vi.spyOn(db, 'transaction');
    const put = vi.spyOn(db.runs, 'put');
    const bulkPut = vi.spyOn(db.runs, 'bulkPut');
    const runs = Array.from({ length: 150 }, (_, i) => run(`run-${i}`));
    await writeRunBatch(db, runs, [{ storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1', text: 'hi' } }]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(put).not.toHaveBeenCalled();
    expect(await db.runs.count()).toBe(150);
    expect(await readSandboxRows(db, 'store-1')).toEqual([expect.objectContaining({ appId: 'slack', id: 'message-1', record: { id: 'message-1', text: 'hi' } })]);
  });

  it('lists newest first by simulated start, ties in write order, with filters', async () => {
    freshDb();
    const later = '2026-03-03T10:00:00.000Z';
    await writeRunBatch(db, [run('a'), run('b', { storeId: 'store-2', status: 'failed' })]);
    await writeRunBatch(db, [run('c', { startedAt: later }), run('d')]);
    expect((await queryRuns(db)).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
    expect((await queryRuns(db, {}, 2)).map((r) => r.id)).toEqual(['c', 'd']);
    expect((await queryRuns(db, {}, 3)).map((r) => r.id)).toEqual(['c', 'd', 'b']);
    expect((await queryRuns(db, { storeId: 'store-2' })).map((r) => r.id)).toEqual(['b']);
    expect((await queryRuns(db, { status: 'succeeded', to: T0 })).map((r) => r.id)).toEqual(['d', 'a']);
    expect((await queryRuns(db, { from: later })).map((r) => r.id)).toEqual(['c']);
    expect((await queryRuns(db, { workflowId: 'other' }))).toEqual([]);
  });

  it('reports and skips a corrupt run record, keeping it stored', async () => {
    freshDb();
    await writeRunBatch(db, [run('good')]);
    await db.runs.put({ id: 'bad', workflowId: wf.id, storeId: 'store-1', status: 'succeeded', startedAt: T0, resumeAt: '', seq: 0, record: { id: 'bad', steps: 'nope' }, schemaVersion: 1 });
    const onCorrupt = vi.fn();
    expect((await queryRuns(db, {}, 10, onCorrupt)).map((r) => r.id)).toEqual(['good']);
    expect(onCorrupt).toHaveBeenCalledWith('run "bad"', expect.stringContaining('$.workflowName'));
    expect(await readRun(db, 'bad', () => {})).toBeUndefined();
    expect(await db.runs.get('bad')).toBeDefined();
  });

  it('finds waiting runs by the time they resume, and forgets them once they resumed', async () => {
    freshDb();
    const at = (h: number) => `2026-03-02T${String(h).padStart(2, '0')}:00:00.000Z`;
    await writeRunBatch(db, [run('w12', { status: 'waiting', resumeAt: at(12) }), run('w11', { status: 'waiting', resumeAt: at(11) }), run('done')]);
    expect(await nextWaiting(db)).toEqual({ id: 'w11', resumeAt: at(11) });
    expect(await nextWaiting(db, '', (r) => r.id === 'w11')).toEqual({ id: 'w12', resumeAt: at(12) });
    expect((await readDueRuns(db, at(11))).map((r) => r.id)).toEqual(['w11']);
    expect((await readDueRuns(db, at(13))).map((r) => r.id)).toEqual(['w11', 'w12']);
    await writeRunBatch(db, [run('w11', { status: 'succeeded' })]);
    expect((await readDueRuns(db, at(13))).map((r) => r.id)).toEqual(['w12']);
  });
});

describe('stored run records (v7 shape)', () => {
  const payload = { customer_id: '7', product_id: '8', rating: 2 };
  const objects = { product: { id: '8', title: 'Backpack' }, customer: { id: '7', email: 'a@example.com' } };
  const reviewRun = (id: string, customer = objects.customer) =>
    run(id, {
      event: event('loox', 'new-review', payload),
      steps: [{ stepId: 't', kind: 'trigger', name: 'Loox · New review', status: 'succeeded', input: payload, output: { ...objects, customer }, attempts: [], startedAt: T0, finishedAt: T0 }],
    });

  it('store each workflow version and object once, over batches, and read every run back whole', async () => {
    freshDb();
    await writeRunBatch(db, [reviewRun('a'), reviewRun('b')]);
    await writeRunBatch(db, [reviewRun('c', { id: '9', email: 'c@example.com' })]);
    expect(await db.runWorkflows.count()).toBe(1);
    // product, two customers and the generation marker
    expect((await db.runObjects.toArray()).map((o) => o.key.split('#')[0]).sort()).toEqual(['', 'customer', 'customer', 'product']);
    expect((await db.runs.get('a'))?.record).not.toHaveProperty('workflow');
    expect(await readRun(db, 'a')).toEqual(reviewRun('a'));
    expect(await queryRuns(db)).toEqual([reviewRun('c', { id: '9', email: 'c@example.com' }), reviewRun('b'), reviewRun('a')]);
    expect((await readRunWindow(db, { storeId: 'store-1' }, 1, 1)).runs).toEqual([reviewRun('b')]);
  });

  it('read records stored whole by older builds, beside split ones', async () => {
    freshDb();
    await writeRunBatch(db, [reviewRun('new')]);
    const old = { ...reviewRun('old'), startedAt: '2026-03-01T10:00:00.000Z' };
    await db.runs.put({ id: 'old', workflowId: wf.id, storeId: 'store-1', status: 'succeeded', startedAt: old.startedAt, resumeAt: '', seq: 0, record: old, schemaVersion: 1 });
    expect(await readRun(db, 'old')).toEqual(old);
    expect((await queryRuns(db)).map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('write the parts again after a reset cleared them (in this tab or another)', async () => {
    freshDb();
    await writeRunBatch(db, [reviewRun('a')]);
    // Another tab's demo reset: the tables are cleared behind this page's back.
    await db.transaction('rw', [db.runs, db.runWorkflows, db.runObjects], () => Promise.all([db.runs.clear(), db.runWorkflows.clear(), db.runObjects.clear()]));
    await writeRunBatch(db, [reviewRun('b')]);
    expect(await readRun(db, 'b')).toEqual(reviewRun('b'));
  });

  it('report a run whose parts are missing as unreadable, keeping it stored', async () => {
    freshDb();
    await writeRunBatch(db, [reviewRun('a')]);
    await db.runWorkflows.clear();
    const onCorrupt = vi.fn();
    expect(await readRun(db, 'a', onCorrupt)).toBeUndefined();
    expect(onCorrupt).toHaveBeenCalledWith('run "a"', expect.stringContaining('workflow version'));
    expect(await db.runs.get('a')).toBeDefined();
  });
});

describe('sandbox and fault repositories', () => {
  it('skip and report corrupt rows; reset clears one store or all', async () => {
    freshDb();
    const row = (storeId: string, id: string) => ({ storeId, appId: 'slack', collection: 'messages', id, record: { id } });
    await writeRunBatch(db, [], [row('store-1', 'message-1'), row('store-2', 'message-1')]);
    await db.sandbox.put({ storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-2', record: 'oops' as never, updatedAt: T0, schemaVersion: 1 });
    const onCorrupt = vi.fn();
    expect((await readSandboxRows(db, 'store-1', onCorrupt)).map((r) => r.id)).toEqual(['message-1']);
    expect(onCorrupt).toHaveBeenCalledTimes(1);
    await clearSandbox(db, 'store-1');
    expect((await readSandboxRows(db)).map((r) => r.storeId)).toEqual(['store-2']);
    await clearSandbox(db);
    expect(await readSandboxRows(db)).toEqual([]);
  });

  it('store a valid fault, remove it with mode none, refuse an invalid one and skip a corrupt one', async () => {
    freshDb();
    await writeFault(db, 'store-1', 'slack', { mode: 'always', status: 503 });
    expect(await readFaults(db, 'store-1')).toEqual([{ storeId: 'store-1', appId: 'slack', config: { mode: 'always', status: 503 } }]);
    await expect(writeFault(db, 'store-1', 'slack', { mode: 'rate', rate: 2 })).rejects.toThrow(/^Fault not saved: \$\.rate/);
    await writeFault(db, 'store-1', 'slack', { mode: 'none' });
    expect(await readFaults(db)).toEqual([]);
    await db.faults.put({ storeId: 'store-1', appId: 'loox', config: { mode: 'explode' }, schemaVersion: 1 });
    const onCorrupt = vi.fn();
    expect(await readFaults(db, undefined, onCorrupt)).toEqual([]);
    expect(onCorrupt).toHaveBeenCalledWith('fault of loox in store-1', expect.any(String));
  });
});
