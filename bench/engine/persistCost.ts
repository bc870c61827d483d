/**
 * What persisting engine-vs-nodered's runs costs by row layout, in Node on fake-indexeddb (a
 * measuring tool for docs/benchmarks.md, not a benchmark row; driver: bench/persistCost.mjs).
 * The review flow's `count` events are run once by the engine (as reviews.ts: each finished
 * run and the sandbox rows it changed); then each layout writes them in batches of 100, one
 * transaction per batch, into a new database, and the driver times the writes' CPU.
 *
 * - `app`: runRepo.writeRunBatch, runs and Slack rows (what engine-vs-nodered times).
 * - `app, runs only`: the same without the Slack rows.
 * - `batch rows, objects` / `batch rows, text`: the row per batch of docs/benchmarks.md
 *   ("Persisting, fourth pass", database v11 as specified there): per batch one `runBatches`
 *   row holding the split records (an array of objects, or its JSON text) and one
 *   `runBatchKeys` row holding the list keys `[startedAt, seq, id, workflowId, storeId,
 *   status]` per run as JSON text and the ids under a multi-entry index, and one
 *   `runBatchSummaries` row (time range, count, counts per workflow, store and status: kept
 *   apart from the keys, as bench/runScaleCost.mjs found a Runs page window needs); the parts
 *   (workflow versions, store objects) written once as writeRunBatch writes them. Runs only,
 *   and once with the Slack rows as writeRunBatch writes them (sandbox table of database v10).
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import type { ParsedRunRecord, ParsedSandboxRow } from '../../src/domain/runs/records';
import { splitRun } from '../../src/domain/runs/storedRun';
import { MemorySandbox } from '../../src/engine/sandbox';
import { FlowbenchDb } from '../../src/storage/db';
import { writeRunBatch } from '../../src/storage/runRepo';
import { reviewEngine } from './reviewEngine';
import { organization, reviewEvents, reviewWorkflow } from './reviewsFlow';

const BATCH = 100;

interface Batch {
  runs: ParsedRunRecord[];
  rows: ParsedSandboxRow[];
}

/** The runs of `count` review events, made once by the engine, in batches of 100. */
async function makeBatches(count: number): Promise<Batch[]> {
  const sandbox = new MemorySandbox();
  const batches: Batch[] = [];
  let current: Batch = { runs: [], rows: [] };
  const engine = reviewEngine(sandbox, (run, rows) => {
    current.rows.push(...(rows as ParsedSandboxRow[]));
    current.runs.push(run as ParsedRunRecord);
    if (current.runs.length === BATCH) {
      batches.push(current);
      current = { runs: [], rows: [] };
    }
  });
  const workflows = [reviewWorkflow()];
  const org = organization();
  for (const event of reviewEvents(count)) await engine.fire(event, workflows, org);
  if (current.runs.length > 0) batches.push(current);
  return batches;
}

class BatchDb extends Dexie {
  runBatches!: Table<object, number>;
  runBatchKeys!: Table<{ b: number; ids: string[]; keys: string; schemaVersion: number }, number>;
  runBatchSummaries!: Table<object, number>;
  runWorkflows!: Table<object, string>;
  runObjects!: Table<object, string>;
  sandbox!: Table<object, unknown>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ runBatches: 'b', runBatchKeys: 'b, *ids', runBatchSummaries: 'b', runWorkflows: 'key', runObjects: 'key', sandbox: '[storeId+appId+collection+id]' });
  }
}

let seq = 0;
const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

/** One batch in the specified v11 layout, in one transaction (the parts as writeRunBatch writes them: only the new ones). */
async function writeBatchRows(db: BatchDb, b: number, batch: Batch, text: boolean, withRows: boolean, known: Set<string>): Promise<void> {
  const runs = batch.runs;
  const records: unknown[] = [];
  const keys: unknown[] = [];
  const ids: string[] = [];
  const summary = { from: '\uffff', to: '', count: runs.length, workflows: {} as Record<string, number>, stores: {} as Record<string, number>, statuses: {} as Record<string, number> };
  const parts = new Map<string, { table: 'runWorkflows' | 'runObjects'; row: object }>();
  for (const run of runs) {
    const split = splitRun(run);
    records.push(split.record);
    const s = ++seq;
    keys.push([run.startedAt, s, run.id, run.workflowId, run.storeId, run.status]);
    ids.push(run.id);
    if (run.startedAt < summary.from) summary.from = run.startedAt;
    if (run.startedAt > summary.to) summary.to = run.startedAt;
    count(summary.workflows, run.workflowId);
    count(summary.stores, run.storeId);
    count(summary.statuses, run.status);
    if (split.workflow && !known.has(split.workflow.key)) {
      parts.set(split.workflow.key, { table: 'runWorkflows', row: { key: split.workflow.key, workflowId: split.workflow.workflowId, doc: split.workflow.value, schemaVersion: 1 } });
    }
    for (const o of split.objects) if (!known.has(o.key)) parts.set(o.key, { table: 'runObjects', row: { key: o.key, value: o.value, schemaVersion: 1 } });
  }
  const now = new Date().toISOString();
  await db.transaction('rw', [db.runBatches, db.runBatchKeys, db.runBatchSummaries, db.runWorkflows, db.runObjects, db.sandbox], async () => {
    const w = [...parts.values()].filter((p) => p.table === 'runWorkflows').map((p) => p.row);
    const o = [...parts.values()].filter((p) => p.table === 'runObjects').map((p) => p.row);
    if (w.length > 0) await db.runWorkflows.bulkPut(w);
    if (o.length > 0) await db.runObjects.bulkPut(o);
    await db.runBatches.put({ b, records: text ? JSON.stringify(records) : records, schemaVersion: 1 });
    await db.runBatchKeys.put({ b, ids, keys: JSON.stringify(keys), schemaVersion: 1 });
    await db.runBatchSummaries.put({ b, ...summary, schemaVersion: 1 });
    if (withRows && batch.rows.length > 0) await db.sandbox.bulkPut(batch.rows.map((r) => ({ ...r, updatedAt: now, schemaVersion: 1 })));
  });
  for (const key of parts.keys()) known.add(key);
}

export const LAYOUTS = ['app', 'app, runs only', 'batch rows, objects', 'batch rows, text', 'batch rows, text, + Slack rows'] as const;

/** Prepares the runs once; `write(layout)` writes them all into a new database and returns how many runs it stored. */
export async function persistCost(events = 20_000) {
  const batches = await makeBatches(events);
  const runs = batches.reduce((n, b) => n + b.runs.length, 0);
  let round = 0;
  /** Database made before, deleted after (neither timed): the caller times `write` alone. */
  async function prepare(layout: (typeof LAYOUTS)[number]): Promise<{ write: () => Promise<void>; done: () => Promise<number> }> {
    const name = `bench-persist-cost-${++round}`;
    if (layout.startsWith('app')) {
      const db = new FlowbenchDb(name);
      await db.open();
      const withRows = layout === 'app';
      return {
        write: async () => {
          for (const b of batches) await writeRunBatch(db, b.runs, withRows ? b.rows : []);
        },
        done: async () => {
          const n = await db.runs.count();
          db.close();
          await Dexie.delete(name);
          return n;
        },
      };
    }
    const db = new BatchDb(name);
    await db.open();
    const text = layout.includes('text');
    const withRows = layout.endsWith('Slack rows');
    return {
      write: async () => {
        const known = new Set<string>();
        for (const [i, b] of batches.entries()) await writeBatchRows(db, i + 1, b, text, withRows, known);
      },
      done: async () => {
        const n = (await db.runBatchKeys.toArray()).reduce((sum, row) => sum + row.ids.length, 0);
        db.close();
        await Dexie.delete(name);
        return n;
      },
    };
  }
  return { events, runs, prepare };
}
