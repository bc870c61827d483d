/**
 * import-10k's baseline, in the browser's real IndexedDB: the least an
 * import of the same file must do: `JSON.parse`, the ExportDocument schema
 * (zod) over the whole document, and a raw Dexie `bulkPut` of the workflow
 * records in one transaction, into a `workflows` table with the indexes the
 * app's had until v8 (id, updatedAt, name). Since v9 the app's own table has
 * other indexes (db.ts); the baseline keeps the table it was measured with,
 * so it measures what it always did. Driven by bench/scale.mjs through
 * `window.importBase`.
 */
import Dexie from 'dexie';
import { ExportDocument } from '../../src/io/exportFormat';
import { V7_SCHEMA } from '../../test/fixtures/db/v7';

/**
 * The app's tables as released in v7 (the frozen fixture's schema), with the `workflows` table the
 * baseline has written into since import-10k was written (its indexes from v1 to v8).
 */
const BASELINE_TABLES = V7_SCHEMA;

let text = '';

const importBase = {
  /** Keeps the file's text in the page (its transfer is not timed). */
  load(json: string): number {
    text = json;
    return text.length;
  },

  async run(): Promise<{ ms: number; stored: number }> {
    await Dexie.delete('bench-import-base');
    const db = new Dexie('bench-import-base');
    db.version(1).stores(BASELINE_TABLES);
    await db.open();
    const start = performance.now();
    const doc = ExportDocument.parse(JSON.parse(text));
    const now = new Date().toISOString();
    const workflows = db.table('workflows');
    await db.transaction('rw', workflows, () =>
      workflows.bulkPut(doc.workflows.map((w) => ({ id: w.id, name: w.name, updatedAt: now, revision: 1, doc: w, schemaVersion: 1 as const }))),
    );
    const ms = performance.now() - start;
    const stored = await workflows.count();
    db.close();
    await Dexie.delete('bench-import-base');
    return { ms, stored };
  },
};

declare global {
  interface Window {
    importBase: typeof importBase;
  }
}
window.importBase = importBase;
