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
import { nextWaiting, queryRuns, readDueRuns, readRun, writeRunBatch } from './runRepo';
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
    await db.runs.put({ id: 'bad', workflowId: wf.id, storeId: 'store-1', status: 'succeeded', startedAt: T0, resumeAt: '', record: { id: 'bad', steps: 'nope' }, schemaVersion: 1 });
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
