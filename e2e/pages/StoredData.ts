/**
 * Writes records straight into the app's IndexedDB, as an older Flowbench or
 * a damaged profile would have left them: the hostile journeys use it to
 * store what the app itself would never write. Call it after the app has
 * opened the database once, then load a page so the app reads it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A finished run of a trigger-only workflow, as RunRecordSchema reads it (id and times are set per run); shared with bench/scale.mjs. */
const RUN_TEMPLATE = readFileSync('test/fixtures/scaleRun.json', 'utf8');

export class StoredData {
  constructor(readonly page: Page) {}

  /**
   * Puts one record into a table (an object store) of the `flowbench` database.
   * It travels as JSON text, so an own "__proto__" key arrives as data.
   */
  async put(table: 'workflows' | 'customApps', record: unknown) {
    await this.page.evaluate(
      ([name, json]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('flowbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(name, 'readwrite');
            tx.objectStore(name).put(JSON.parse(json));
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      [table, JSON.stringify(record)] as const,
    );
  }

  /** How many records a table of the `flowbench` database holds. */
  async count(table: 'workflows' | 'runs'): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('flowbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(name).objectStore(name).count();
            request.onsuccess = () => (db.close(), resolve(request.result));
            request.onerror = () => (db.close(), reject(request.error));
          };
        }),
      table,
    );
  }

  /**
   * Holds a read-write transaction on a table from a connection of its own until `release`
   * is called: the app's reads and writes of that table wait behind it (IndexedDB runs
   * overlapping read-write transactions one after another), so a test can look at the
   * page while the app waits for the database.
   */
  async hold(table: 'workflows' | 'runs'): Promise<{ release: () => Promise<void> }> {
    await this.page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('flowbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(name, 'readwrite');
            const store = tx.objectStore(name);
            const w = window as unknown as { flowbenchHeld?: boolean };
            w.flowbenchHeld = true;
            // A transaction lives while it has requests: ask again until released.
            const keepAlive = () => {
              if (w.flowbenchHeld) store.count().onsuccess = keepAlive;
            };
            keepAlive();
            tx.oncomplete = () => db.close();
            resolve();
          };
        }),
      table,
    );
    return {
      release: () =>
        this.page.evaluate(() => {
          (window as unknown as { flowbenchHeld?: boolean }).flowbenchHeld = false;
        }),
    };
  }

  /**
   * Stores `count` finished runs of one workflow ("Order tagger", in the store with id
   * `store-1`), one a minute from `start`, written oldest first as the app wrote them
   * before database v7 (rows with the indexed fields, `seq` in write order, each record
   * whole, which the app still reads), in one transaction.
   */
  async putRuns(count: number, start = '2026-03-02T10:00:00.000Z') {
    await this.page.evaluate(
      ([n, t0, template]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('flowbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('runs', 'readwrite');
            const runs = tx.objectStore('runs');
            const base = JSON.parse(template) as Record<string, unknown>;
            for (let i = 0; i < n; i++) {
              const startedAt = new Date(Date.parse(t0) + i * 60_000).toISOString();
              const id = `run-${String(i).padStart(6, '0')}`;
              const record = { ...base, id, startedAt, finishedAt: startedAt };
              runs.put({ id, workflowId: 'wf-scale', storeId: 'store-1', status: 'succeeded', startedAt, resumeAt: '', seq: i + 1, record, schemaVersion: 1 });
            }
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      [count, start, RUN_TEMPLATE] as const,
    );
  }
}

/** How the stored runs look in IndexedDB: each row's shape version and whether its record holds its workflow, and the shared parts' counts. */
export async function runStorage(page: Page): Promise<{ rows: { schemaVersion: number; inlineWorkflow: boolean }[]; workflows: number; objects: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('flowbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'runWorkflows', 'runObjects'], 'readonly');
          const rows = tx.objectStore('runs').getAll();
          const workflows = tx.objectStore('runWorkflows').count();
          const objects = tx.objectStore('runObjects').count();
          tx.oncomplete = () => {
            db.close();
            resolve({
              rows: (rows.result as { schemaVersion: number; record: Record<string, unknown> }[]).map((r) => ({ schemaVersion: r.schemaVersion, inlineWorkflow: 'workflow' in r.record })),
              workflows: workflows.result,
              objects: objects.result,
            });
          };
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
  );
}
