/**
 * What an IndexedDB record costs, by shape (bench/idbCost.mjs drives it and
 * reads the browser's CPU time around each run): import-10k's 10,000 workflows written in
 * one transaction into a fresh database with the app's schema (db.ts), as
 * the import-10k baseline writes them, as the import writes them, and a few
 * shapes between, plus one table with the list's indexes on the workflow
 * record (a schema the app does not have: what one record per workflow
 * would cost). Not a benchmark with a goal: a measuring tool for the
 * import's write (docs/benchmarks.md, "import-10k, second pass").
 */
import Dexie from 'dexie';
import { Workflow } from '../../src/domain/workflow/document';
import { FlowbenchDb } from '../../src/storage/db';
import { summaryRecord } from '../../src/storage/workflowSummaryWrite';

const NOW = new Date().toISOString();
/** The workflows of import-10k's file (bench/scale.mjs importFile), parsed as the import parses them; set by load(). */
let DOCS: Workflow[] = [];

const workflowRecord = (doc: Workflow) => ({ id: doc.id, name: doc.name, updatedAt: NOW, revision: 1, doc, schemaVersion: 1 as const });
const importedRecord = (doc: Workflow) => ({ ...workflowRecord(doc), importVersion: { createdAt: NOW } });

/** Adds one record per workflow to a table of the app's database, in one transaction. */
function addAll(table: 'workflows' | 'workflowIndex', make: (doc: Workflow) => object) {
  return (db: FlowbenchDb) => db.transaction('rw', db.table(table), () => db.table(table).bulkAdd(DOCS.map(make))).then(() => undefined);
}

const SHAPES: Record<string, (db: FlowbenchDb) => Promise<void>> = {
  /** The import-10k baseline's write. */
  'baseline workflow record (bulkPut)': (db) => db.transaction('rw', db.workflows, () => db.workflows.bulkPut(DOCS.map(workflowRecord))).then(() => undefined),
  'imported workflow record': addAll('workflows', importedRecord),
  'summary holding only its key': addAll('workflowIndex', (doc) => ({ id: doc.id })),
  'summary record': addAll('workflowIndex', (doc) => summaryRecord(doc, NOW)),
  'summary record without words': addAll('workflowIndex', (doc) => {
    const { words: _words, ...record } = summaryRecord(doc, NOW);
    return record;
  }),
  /** What the import writes. */
  'workflow + summary (the import)': (db) =>
    db.transaction('rw', db.workflows, db.workflowIndex, async () => {
      await db.workflows.bulkAdd(DOCS.map(importedRecord));
      await db.workflowIndex.bulkAdd(DOCS.map((doc) => summaryRecord(doc, NOW)));
    }),
  /** A schema change: the summary's fields on the workflow record, the list's indexes on its table. */
  'one record with the list indexes (other schema)': async () => {
    await Dexie.delete('bench-idb-cost-one');
    const one = new Dexie('bench-idb-cost-one');
    one.version(1).stores({ workflows: 'id, updatedAt, name, [rank+search], *words, problem' });
    await one.open();
    await one.transaction('rw', one.table('workflows'), () =>
      one.table('workflows').bulkAdd(
        DOCS.map((doc) => {
          const { rank, search, words, summary } = summaryRecord(doc, NOW);
          return { ...importedRecord(doc), rank, search, words, summary };
        }),
      ),
    );
    one.close();
    await Dexie.delete('bench-idb-cost-one');
  },
};

const idbCost = {
  shapes: Object.keys(SHAPES),
  /** Takes the workflows of an export file's text; resolves with how many. */
  load(text: string): number {
    DOCS = (JSON.parse(text) as { workflows: unknown[] }).workflows.map((w) => Workflow.parse(w));
    return DOCS.length;
  },
  /** Writes the shape's records (one per loaded workflow) into a fresh database; resolves with the write's wall time. */
  async run(shape: string): Promise<number> {
    await FlowbenchDb.delete('bench-idb-cost');
    const db = new FlowbenchDb('bench-idb-cost');
    await db.open();
    const start = performance.now();
    await SHAPES[shape]!(db);
    const ms = performance.now() - start;
    db.close();
    return ms;
  },
};

declare global {
  interface Window {
    idbCost: typeof idbCost;
  }
}
window.idbCost = idbCost;
