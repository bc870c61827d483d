/**
 * runlog-persist, in the browser's real IndexedDB: 10,000 run records made by
 * the engine (the engine benchmark's scenario) are persisted
 * - ours: through the app's batched writer (src/state/runtime/runWriter.ts:
 *   `add` each run, then `close`), which writes batches with
 *   runRepo.writeRunBatch, one transaction per batch;
 * - baseline: raw Dexie `bulkPut` of the same rows as the app stores them,
 *   batch by batch (same batch size), one transaction per batch, on the same
 *   database schema: since v7 a run row holds the record split
 *   (domain/runs/storedRun.ts), and the workflow versions and store objects
 *   it references are rows of their own, each written in the batch that
 *   first uses it. The rows are made in `prepare` (not timed), so the
 *   baseline times only Dexie and IndexedDB writing the bytes ours writes.
 * Each measurement starts from a new, empty database. Driven by bench/run.mjs
 * through `window.runlog`.
 */
import Dexie from 'dexie';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import type { RunRecord } from '../../src/engine/types';
import { DEFAULT_WRITER, RunWriter } from '../../src/state/runtime/runWriter';
import { splitRun } from '../../src/domain/runs/storedRun';
import { FlowbenchDb, type RunObjectRow, type RunRow, type RunWorkflowRow } from '../../src/storage/db';
import { T0, benchEvents, benchOrganization, benchWorkflows } from '../engine/scenario';

let runs: RunRecord[] = [];
/** The baseline's batches: the rows the app stores for them (see above). */
let batches: { rows: RunRow[]; workflows: RunWorkflowRow[]; objects: RunObjectRow[] }[] = [];

async function freshDb(name: string): Promise<FlowbenchDb> {
  await FlowbenchDb.delete(name);
  const db = new FlowbenchDb(name);
  await db.open();
  return db;
}

async function finish(db: FlowbenchDb): Promise<number> {
  const stored = await db.runs.count();
  db.close();
  await FlowbenchDb.delete(db.name);
  return stored;
}

const runlog = {
  batchSize: DEFAULT_WRITER.maxRuns,

  /** Makes `count` run records with the engine (4 runs per event). */
  async prepare(count: number): Promise<number> {
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox: new MemorySandbox(), clock: new ManualClock(T0), ids: counterIds() });
    const workflows = benchWorkflows();
    const org = benchOrganization();
    runs = [];
    for (const event of benchEvents(Math.ceil(count / 4))) runs.push(...(await engine.fire(event, workflows, org)).runs);
    runs = runs.slice(0, count);
    batches = [];
    const seen = new Set<string>();
    for (let i = 0; i < runs.length; i += runlog.batchSize) {
      const batch: (typeof batches)[number] = { rows: [], workflows: [], objects: [] };
      runs.slice(i, i + runlog.batchSize).forEach((run, k) => {
        const split = splitRun(run);
        batch.rows.push({
          id: run.id,
          workflowId: run.workflowId,
          storeId: run.storeId,
          status: run.status,
          startedAt: run.startedAt,
          resumeAt: run.status === 'waiting' ? (run.resumeAt ?? '') : '',
          seq: i + k,
          record: split.record,
          schemaVersion: 2,
        });
        if (split.workflow && !seen.has(split.workflow.key)) {
          seen.add(split.workflow.key);
          batch.workflows.push({ key: split.workflow.key, workflowId: split.workflow.workflowId, doc: split.workflow.value, schemaVersion: 1 });
        }
        for (const o of split.objects) {
          if (seen.has(o.key)) continue;
          seen.add(o.key);
          batch.objects.push({ key: o.key, value: o.value, schemaVersion: 1 });
        }
      });
      batches.push(batch);
    }
    return runs.length;
  },

  async ours(): Promise<{ ms: number; stored: number }> {
    const db = await freshDb('bench-runlog-ours');
    const start = performance.now();
    const writer = new RunWriter(db);
    for (const run of runs) writer.add(run);
    await writer.close();
    const ms = performance.now() - start;
    return { ms, stored: await finish(db) };
  },

  async baseline(): Promise<{ ms: number; stored: number }> {
    const db = await freshDb('bench-runlog-baseline');
    const start = performance.now();
    for (const batch of batches) {
      await db.transaction('rw', [db.runs, db.runWorkflows, db.runObjects], async () => {
        if (batch.workflows.length > 0) await db.runWorkflows.bulkPut(batch.workflows);
        if (batch.objects.length > 0) await db.runObjects.bulkPut(batch.objects);
        await db.runs.bulkPut(batch.rows);
      });
    }
    const ms = performance.now() - start;
    return { ms, stored: await finish(db) };
  },
};

/**
 * Row layouts for the same runs, to measure what a layout costs in Chromium's IndexedDB
 * (bench/runCost.mjs reads the browser's CPU time around each; not part of runlog-persist):
 * the baseline's batches written as rows with the record as an object (what the app writes)
 * or as its JSON text, and one row per batch ("chunk": the batch's split
 * records with the facts a Runs page would filter chunks by, as multi-entry indexes), with
 * the records as objects or as one JSON text. The rows are made from the prepared batches
 * before the timing starts (as runlog-persist's baseline), so a layout is timed writing only.
 */
type Batch = (typeof batches)[number];
/** Each layout: what it writes for a batch (made before the timing starts) and how. */
const LAYOUTS: Record<string, { make: (b: Batch) => unknown; write: (db: Dexie, made: unknown) => Promise<unknown> }> = {
  'row per run, record object': { make: (b) => b.rows, write: (db, rows) => db.table('runs').bulkPut(rows as object[]) },
  'row per run, record text': { make: textRows, write: (db, rows) => db.table('runs').bulkPut(rows as object[]) },
  'row per run, record text, no resumeAt index': { make: textRows, write: (db, rows) => db.table('runsNoResume').bulkPut(rows as object[]) },
  'row per batch, records objects': { make: (b) => chunkRow(b, b.rows.map((r) => r.record)), write: (db, row) => db.table('runChunks').put(row) },
  'row per batch, records text': { make: (b) => chunkRow(b, JSON.stringify(b.rows.map((r) => r.record))), write: (db, row) => db.table('runChunks').put(row) },
};

/** The batch's rows with each record as its JSON text (a layout the app does not use: measured, see docs/benchmarks.md). */
function textRows(b: Batch): RunRow[] {
  return b.rows.map((r) => ({ ...r, record: JSON.stringify(r.record), schemaVersion: 2 }));
}

function chunkRow(b: Batch, records: unknown) {
  const rows = b.rows;
  return {
    id: rows[0]!.seq,
    from: rows.reduce((m, r) => (r.startedAt < m ? r.startedAt : m), rows[0]!.startedAt),
    to: rows.reduce((m, r) => (r.startedAt > m ? r.startedAt : m), rows[0]!.startedAt),
    count: rows.length,
    ids: rows.map((r) => r.id),
    workflowIds: [...new Set(rows.map((r) => r.workflowId))],
    storeIds: [...new Set(rows.map((r) => r.storeId))],
    statuses: [...new Set(rows.map((r) => r.status))],
    keys: rows.map((r) => [r.startedAt, r.seq, r.id, r.workflowId, r.storeId, r.status]),
    records,
  };
}

const runCost = {
  layouts: Object.keys(LAYOUTS),
  /** Writes the prepared runs in `layout`, batch by batch (one transaction each), into a fresh database; resolves with the wall time. */
  async run(layout: string): Promise<number> {
    await Dexie.delete('bench-run-cost');
    const db = new Dexie('bench-run-cost');
    db.version(1).stores({
      runs: 'id, resumeAt, [startedAt+seq], [workflowId+startedAt+seq], [storeId+startedAt+seq], [status+startedAt+seq]',
      runsNoResume: 'id, [startedAt+seq], [workflowId+startedAt+seq], [storeId+startedAt+seq], [status+startedAt+seq]',
      runChunks: 'id, *ids, to, *workflowIds, *storeIds, *statuses',
      runWorkflows: 'key',
      runObjects: 'key',
    });
    await db.open();
    const { make, write } = LAYOUTS[layout]!;
    const made = batches.map(make);
    const start = performance.now();
    for (const [i, batch] of batches.entries()) {
      await db.transaction('rw', db.tables, async () => {
        if (batch.workflows.length > 0) await db.table('runWorkflows').bulkPut(batch.workflows);
        if (batch.objects.length > 0) await db.table('runObjects').bulkPut(batch.objects);
        await write(db, made[i]);
      });
    }
    const ms = performance.now() - start;
    db.close();
    await Dexie.delete('bench-run-cost');
    return ms;
  },
};

declare global {
  interface Window {
    runlog: typeof runlog;
    runCost: typeof runCost;
  }
}
window.runlog = runlog;
window.runCost = runCost;
