/**
 * What an IndexedDB record costs, by shape (bench/idbCost.mjs drives it and
 * reads the browser's CPU time around each run): import-10k's 10,000
 * workflows written in one transaction into a fresh database, as the
 * import-10k baseline writes them, as the import wrote them until v8 (two
 * tables, db.ts before v9), as it writes them since v9 (the app's schema),
 * and shapes between: one table with several sets of indexes. Not a
 * benchmark with a goal: a measuring tool for the import's write
 * (docs/benchmarks.md, "import-10k, second pass" and "third pass").
 */
import Dexie from 'dexie';
import { Workflow } from '../../src/domain/workflow/document';
import { FlowbenchDb } from '../../src/storage/db';
import { listFields, workflowRecord } from '../../src/storage/workflowSummaryWrite';
import { V7_SCHEMA } from '../../test/fixtures/db/v7';

const NOW = new Date().toISOString();
/** The workflows of import-10k's file (bench/scale.mjs importFile), parsed as the import parses them; set by load(). */
let DOCS: Workflow[] = [];

const plainRecord = (doc: Workflow) => ({ id: doc.id, name: doc.name, updatedAt: NOW, revision: 1, doc, schemaVersion: 1 as const });
const importedRecord = (doc: Workflow) => ({ ...plainRecord(doc), importVersion: { createdAt: NOW } });
/** The v6–v8 summary record (the `workflowIndex` table). */
const summaryRecord = (doc: Workflow) => ({ id: doc.id, name: doc.name, updatedAt: NOW, ...listFields(doc, NOW), schemaVersion: 1 as const });

/** The workflow tables as they were from v6 to v8 (db.ts; the v7 fixture's schema): the baseline's table and the v8 import's two. */
const V8_TABLES = { workflows: V7_SCHEMA.workflows, workflowIndex: V7_SCHEMA.workflowIndex };

/** Runs `write` on a fresh database of its own with these tables (a schema other than the app's current one). */
function withTables(tables: Record<string, string>, write: (db: Dexie) => Promise<unknown>) {
  return async () => {
    await Dexie.delete('bench-idb-cost-one');
    const db = new Dexie('bench-idb-cost-one');
    db.version(1).stores(tables);
    await db.open();
    await write(db);
    db.close();
    await Dexie.delete('bench-idb-cost-one');
  };
}

/** Adds one record per workflow to a table of a v8-shaped database, in one transaction. */
function addAll(table: 'workflows' | 'workflowIndex', make: (doc: Workflow) => object) {
  return withTables(V8_TABLES, (db) => db.transaction('rw', db.table(table), () => db.table(table).bulkAdd(DOCS.map(make))));
}

/** Adds one record per workflow carrying its list fields to a workflows table with the given indexes. */
function oneRecord(indexes: string) {
  return withTables({ workflows: indexes }, (db) =>
    db.transaction('rw', db.table('workflows'), () =>
      db.table('workflows').bulkAdd(
        DOCS.map((doc) => {
          const { words, ...summary } = summaryRecord(doc);
          return { ...importedRecord(doc), ...summary, ...(indexes.includes('*words') ? { words } : {}) };
        }),
      ),
    ),
  );
}

/** Each writes its records into a fresh database of its own (opened and deleted within the measurement, as every shape's). */
const SHAPES: Record<string, () => Promise<unknown>> = {
  /** The import-10k baseline's write (its table as it was until v8: bench/pages/importBase.ts). */
  'baseline workflow record (bulkPut)': withTables(V8_TABLES, (db) => db.transaction('rw', db.table('workflows'), () => db.table('workflows').bulkPut(DOCS.map(plainRecord)))),
  'imported workflow record (v8)': addAll('workflows', importedRecord),
  'summary holding only its key (v8)': addAll('workflowIndex', (doc) => ({ id: doc.id })),
  'summary record (v8)': addAll('workflowIndex', summaryRecord),
  'summary record without words (v8)': addAll('workflowIndex', (doc) => {
    const { words: _words, ...record } = summaryRecord(doc);
    return record;
  }),
  /** What the import wrote until v8. */
  'workflow + summary (the import until v8)': withTables(V8_TABLES, (db) =>
    db.transaction('rw', db.table('workflows'), db.table('workflowIndex'), async () => {
      await db.table('workflows').bulkAdd(DOCS.map(importedRecord));
      await db.table('workflowIndex').bulkAdd(DOCS.map(summaryRecord));
    }),
  ),
  /** What the import writes since v9, into the app's database (db.ts). */
  'one record (the import since v9, the app schema)': async () => {
    await FlowbenchDb.delete('bench-idb-cost');
    const db = new FlowbenchDb('bench-idb-cost');
    await db.open();
    await db.transaction('rw', db.workflows, () => db.workflows.bulkAdd(DOCS.map((doc) => ({ ...workflowRecord(doc, NOW, 1), importVersion: { createdAt: NOW } }))));
    db.close();
    await FlowbenchDb.delete('bench-idb-cost');
  },
  /** Other schemas of one record per workflow, by indexes. */
  'one record with the v8 indexes (other schema)': oneRecord('id, updatedAt, name, [rank+search], *words, problem'),
  'one record, no updatedAt index (the v9 indexes)': oneRecord('id, name, [rank+search], *words, problem'),
  'one record, no updatedAt, no words index': oneRecord('id, name, [rank+search], problem'),
  'one record, only [rank+search] and problem': oneRecord('id, [rank+search], problem'),
  'one record, [rank+search], *words, problem': oneRecord('id, [rank+search], *words, problem'),
  'one record, [rank+search+name] and problem': oneRecord('id, [rank+search+name], problem'),
};

const idbCost = {
  shapes: Object.keys(SHAPES),
  /** Takes the workflows of an export file's text; resolves with how many. */
  load(text: string): number {
    DOCS = (JSON.parse(text) as { workflows: unknown[] }).workflows.map((w) => Workflow.parse(w));
    return DOCS.length;
  },
  /** Writes the shape's records (one per loaded workflow) into a fresh database; resolves with the wall time (database opened and deleted included). */
  async run(shape: string): Promise<number> {
    const start = performance.now();
    await SHAPES[shape]!();
    return performance.now() - start;
  },
};

declare global {
  interface Window {
    idbCost: typeof idbCost;
  }
}
window.idbCost = idbCost;
