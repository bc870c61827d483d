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
import { readListWindow } from '../../src/storage/listWindow';
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
  'v11 spec (records + keys rows), records objects': { make: (b) => v11Rows(b, false), write: writeV11 },
  'v11 spec (records + keys rows), records text': { make: (b) => v11Rows(b, true), write: writeV11 },
  'v11, summaries apart (3 rows), records objects': { make: (b) => v11Rows(b, false), write: writeV11Apart },
};

/**
 * A batch in the database v11 layout specified in docs/benchmarks.md ("Persisting, fourth
 * pass"): a `runBatches` row holding the split records, and a `runBatchKeys` row holding the
 * list keys `[startedAt, seq, id, workflowId, storeId, status]` as JSON text, a summary (time
 * range, count, counts per workflow, store and status) and the ids (multi-entry index).
 */
function v11Rows(b: Batch, text: boolean) {
  const rows = b.rows;
  const b0 = rows[0]!.seq!;
  const summary = { from: '\uffff', to: '', count: rows.length, workflows: {} as Record<string, number>, stores: {} as Record<string, number>, statuses: {} as Record<string, number> };
  for (const r of rows) {
    if (r.startedAt < summary.from) summary.from = r.startedAt;
    if (r.startedAt > summary.to) summary.to = r.startedAt;
    summary.workflows[r.workflowId] = (summary.workflows[r.workflowId] ?? 0) + 1;
    summary.stores[r.storeId] = (summary.stores[r.storeId] ?? 0) + 1;
    summary.statuses[r.status] = (summary.statuses[r.status] ?? 0) + 1;
  }
  const records = rows.map((r) => r.record);
  return {
    batch: { b: b0, records: text ? JSON.stringify(records) : records, schemaVersion: 1 },
    keys: { b: b0, ids: rows.map((r) => r.id), keys: JSON.stringify(rows.map((r) => [r.startedAt, r.seq, r.id, r.workflowId, r.storeId, r.status])), summary, schemaVersion: 1 },
  };
}

async function writeV11(db: Dexie, made: unknown): Promise<void> {
  const { batch, keys } = made as ReturnType<typeof v11Rows>;
  await db.table('runBatches').put(batch);
  await db.table('runBatchKeys').put(keys);
}

/** The v11 rows with the summary in a `runBatchSummaries` row of its own (what bench/runScaleCost.mjs found a window needs). */
async function writeV11Apart(db: Dexie, made: unknown): Promise<void> {
  const { batch, keys } = made as ReturnType<typeof v11Rows>;
  const { summary, ...keyRow } = keys;
  await db.table('runBatches').put(batch);
  await db.table('runBatchKeys').put(keyRow);
  await db.table('runBatchSummaries').put({ b: keys.b, ...summary, schemaVersion: 1 });
}

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
      runBatches: 'b',
      runBatchKeys: 'b, *ids',
      runBatchSummaries: 'b',
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

/**
 * The crux of a row per batch for the Runs page: reading one window of 50 runs at 100,000 runs
 * (runs-page-scale's history), newest-first, at the list's start and at its end (where
 * runs-page-scale scrolls). `rows`: today's layout (a `runs` row per run, FlowbenchDb's
 * indexes), the window read as readRunWindow reads it (count, then the `[startedAt+seq]` range
 * skipped to the offset from the nearer end). `batches, summaries in key rows`: the v11 layout
 * as specified, every `runBatchKeys` row read for its summary (one per 100 runs), the window's
 * batches found from the summaries' counts (time moves forward, as runs-page-scale seeds it: no
 * ranges overlap), their key rows' JSON parsed and the records rows read. `batches, summaries
 * apart`: the same with the summaries in a small table of their own. Records are the prepared
 * runs' split records, reused round robin under new ids, one a minute. Not parsed with zod in
 * any layout (the same 50 records would be).
 */
const SCALE_LAYOUTS = ['rows', 'batches, summaries in key rows', 'batches, summaries apart'] as const;
type ScaleLayout = (typeof SCALE_LAYOUTS)[number];
const runScale = {
  layouts: SCALE_LAYOUTS,
  /** Seeds `count` runs in `layout` into a database of its own; resolves with the stored count. */
  async seed(layout: ScaleLayout, count: number): Promise<number> {
    const name = `bench-run-scale-${SCALE_LAYOUTS.indexOf(layout)}`;
    await Dexie.delete(name);
    if (layout === 'rows') {
      const db = new FlowbenchDb(name);
      await db.open();
      for (let i = 0; i < count; i += 10_000) {
        const rows: RunRow[] = [];
        for (let k = i; k < Math.min(count, i + 10_000); k++) rows.push(seedRow(k));
        await db.transaction('rw', db.runs, () => db.runs.bulkPut(rows));
      }
      const n = await db.runs.count();
      db.close();
      return n;
    }
    const db = scaleBatchDb(name);
    await db.open();
    for (let i = 0; i < count; i += 10_000) {
      const made: ReturnType<typeof v11Rows>[] = [];
      for (let k = i; k < Math.min(count, i + 10_000); k += 100) {
        const rows: RunRow[] = [];
        for (let j = k; j < Math.min(count, k + 100); j++) rows.push(seedRow(j));
        made.push(v11Rows({ rows, workflows: [], objects: [] }, false));
      }
      await db.transaction('rw', db.tables, async () => {
        await db.table('runBatches').bulkPut(made.map((m) => m.batch));
        if (layout === 'batches, summaries apart') {
          await db.table('runBatchKeys').bulkPut(made.map((m) => ({ ...m.keys, summary: undefined })));
          await db.table('runBatchSummaries').bulkPut(made.map((m) => ({ b: m.keys.b, ...m.keys.summary })));
        } else await db.table('runBatchKeys').bulkPut(made.map((m) => m.keys));
      });
    }
    const n = layout === 'batches, summaries apart' ? (await db.table('runBatchSummaries').toArray()).reduce((t, s: { count: number }) => t + s.count, 0) : await db.table('runBatchKeys').count().then((c) => c * 100);
    db.close();
    return n;
  },
  /** Reads the window of `limit` runs at `offset` (newest first) in `layout`; resolves with its wall time and the first run's id. */
  async read(layout: ScaleLayout, offset: number, limit = 50): Promise<{ ms: number; first: string; total: number }> {
    const name = `bench-run-scale-${SCALE_LAYOUTS.indexOf(layout)}`;
    if (layout === 'rows') {
      const db = new FlowbenchDb(name);
      await db.open();
      const start = performance.now();
      const range = () => db.runs.where('[startedAt+seq]').between(['', Dexie.minKey], ['\uffff', Dexie.maxKey], true, true);
      const { total, rows } = await db.transaction('r', db.runs, async () => {
        const total = await range().count();
        return { total, rows: await readListWindow(() => range().reverse(), range, total, offset, limit) };
      });
      const ms = performance.now() - start;
      db.close();
      return { ms, first: rows[0]!.id, total };
    }
    const db = scaleBatchDb(name);
    await db.open();
    const start = performance.now();
    const apart = layout === 'batches, summaries apart';
    const result = await db.transaction('r', db.tables, async () => {
      const summaries: { b: number; to: string; count: number }[] = apart
        ? await db.table('runBatchSummaries').toArray()
        : (await db.table('runBatchKeys').toArray()).map((k: { b: number; summary: { to: string; count: number } }) => ({ b: k.b, ...k.summary }));
      // Newest first by the batches' latest start (no overlaps here: one run a minute, written in order).
      summaries.sort((x, y) => y.to.localeCompare(x.to) || y.b - x.b);
      const total = summaries.reduce((t, s) => t + s.count, 0);
      const wanted: number[] = [];
      let before = 0;
      let skipped = 0;
      for (const s of summaries) {
        if (before + s.count > offset && before < offset + limit) {
          if (wanted.length === 0) skipped = before;
          wanted.push(s.b);
        }
        before += s.count;
      }
      const [keyRows, recordRows] = await Promise.all([db.table('runBatchKeys').bulkGet(wanted), db.table('runBatches').bulkGet(wanted)]);
      const window: { id: string; record: unknown }[] = [];
      keyRows.forEach((k: { keys: string }, i) => {
        const keys = JSON.parse(k.keys) as [string, number, string][];
        const records = (recordRows[i] as { records: unknown[] }).records;
        // Newest first within the batch: the keys in reverse write order (same start: later seq first).
        const order = keys.map((key, j) => ({ key, j })).sort((x, y) => y.key[0].localeCompare(x.key[0]) || y.key[1] - x.key[1]);
        for (const { key, j } of order) window.push({ id: key[2], record: records[j] });
      });
      const from = offset - skipped;
      return { total, runs: window.slice(from, from + limit) };
    });
    const ms = performance.now() - start;
    db.close();
    return { ms, first: result.runs[0]!.id, total: result.total };
  },
};

function scaleBatchDb(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ runBatches: 'b', runBatchKeys: 'b, *ids', runBatchSummaries: 'b' });
  return db;
}

/** The k-th seeded run of runScale: one of the prepared runs' rows under a new id, one a minute from T0. */
function seedRow(k: number): RunRow {
  const all = batches.flatMap((b) => b.rows);
  const base = all[k % all.length]!;
  const id = `scale-${k}`;
  const startedAt = new Date(Date.parse(T0) + k * 60_000).toISOString();
  return { ...base, id, startedAt, seq: k + 1, record: { ...(base.record as object), id, startedAt } };
}

declare global {
  interface Window {
    runlog: typeof runlog;
    runCost: typeof runCost;
    runScale: typeof runScale;
  }
}
window.runlog = runlog;
window.runCost = runCost;
window.runScale = runScale;
