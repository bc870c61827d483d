/**
 * runlog-persist, in the browser's real IndexedDB: 10,000 run records made by
 * the engine (the engine benchmark's scenario) are persisted
 * - ours: through the app's batched writer (src/state/runtime/runWriter.ts:
 *   `add` each run, then `close`), which writes batches with
 *   runRepo.writeRunBatch, one transaction per batch;
 * - baseline: raw Dexie `bulkPut` of the same rows, batch by batch (same batch
 *   size), one transaction per batch, on the same database schema.
 * Each measurement starts from a new, empty database. Driven by bench/run.mjs
 * through `window.runlog`.
 */
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import type { RunRecord } from '../../src/engine/types';
import { DEFAULT_WRITER, RunWriter } from '../../src/state/runtime/runWriter';
import { FlowbenchDb, type RunRow } from '../../src/storage/db';
import { T0, benchEvents, benchOrganization, benchWorkflows } from '../engine/scenario';

let runs: RunRecord[] = [];

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
    for (let i = 0; i < runs.length; i += runlog.batchSize) {
      const rows: RunRow[] = runs.slice(i, i + runlog.batchSize).map((run, k) => ({
        id: run.id,
        workflowId: run.workflowId,
        storeId: run.storeId,
        status: run.status,
        startedAt: run.startedAt,
        resumeAt: run.status === 'waiting' ? (run.resumeAt ?? '') : '',
        seq: i + k,
        record: run,
        schemaVersion: 1,
      }));
      await db.transaction('rw', db.runs, () => db.runs.bulkPut(rows));
    }
    const ms = performance.now() - start;
    return { ms, stored: await finish(db) };
  },
};

declare global {
  interface Window {
    runlog: typeof runlog;
  }
}
window.runlog = runlog;
