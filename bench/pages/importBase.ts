/**
 * import-10k's baseline, in the browser's real IndexedDB: the least an
 * import of the same file must do: `JSON.parse`, the ExportDocument schema
 * (zod) over the whole document, and a raw Dexie `bulkPut` of the workflow
 * records in one transaction, into the app's schema. Driven by bench/scale.mjs
 * through `window.importBase`.
 */
import { ExportDocument } from '../../src/io/exportFormat';
import { FlowbenchDb } from '../../src/storage/db';

let text = '';

const importBase = {
  /** Keeps the file's text in the page (its transfer is not timed). */
  load(json: string): number {
    text = json;
    return text.length;
  },

  async run(): Promise<{ ms: number; stored: number }> {
    await FlowbenchDb.delete('bench-import-base');
    const db = new FlowbenchDb('bench-import-base');
    await db.open();
    const start = performance.now();
    const doc = ExportDocument.parse(JSON.parse(text));
    const now = new Date().toISOString();
    await db.transaction('rw', db.workflows, () =>
      db.workflows.bulkPut(doc.workflows.map((w) => ({ id: w.id, name: w.name, updatedAt: now, revision: 1, doc: w, schemaVersion: 1 as const }))),
    );
    const ms = performance.now() - start;
    const stored = await db.workflows.count();
    db.close();
    await FlowbenchDb.delete('bench-import-base');
    return { ms, stored };
  },
};

declare global {
  interface Window {
    importBase: typeof importBase;
  }
}
window.importBase = importBase;
