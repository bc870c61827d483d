/**
 * Creates the app's `flowbench` database as an older Flowbench left it, in
 * the browser's real IndexedDB, before the app opens it: from a frozen
 * fixture's Dexie schema (test/fixtures/db/vN.ts) and records. The page is
 * a blank one served on the app's origin (the app's own page would open,
 * and upgrade, the database first).
 */
import type { Page } from '@playwright/test';

export class OldDatabase {
  constructor(readonly page: Page) {}

  /**
   * Creates `flowbench` at Dexie version `version` (IndexedDB version × 10, as Dexie stores it)
   * with the object stores and indexes of `schema` (Dexie's syntax), and puts `records` in one transaction.
   */
  async create(version: number, schema: Record<string, string>, records: Record<string, readonly unknown[]>) {
    await this.page.route('**/old-database.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old database</title>' }));
    await this.page.goto('/old-database.html');
    await this.page.evaluate(
      ([idbVersion, tables, json]) =>
        new Promise<void>((resolve, reject) => {
          const keyPath = (src: string) => (src.startsWith('[') ? src.slice(1, -1).split('+') : src);
          const open = indexedDB.open('flowbench', idbVersion);
          open.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(tables)) {
              const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
              const autoIncrement = primary!.startsWith('++');
              const store = open.result.createObjectStore(name, { keyPath: keyPath(primary!.replace(/^\+\+/, '')), autoIncrement });
              for (const index of indexes) {
                const src = index.replace(/^[*&]/, '');
                store.createIndex(src, keyPath(src), { multiEntry: index.startsWith('*'), unique: index.startsWith('&') });
              }
            }
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const data = JSON.parse(json) as Record<string, unknown[]>;
            const tx = db.transaction(Object.keys(data), 'readwrite');
            for (const [name, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(name).add(row);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      [version * 10, schema, JSON.stringify(records)] as const,
    );
  }

  /** The stored database's IndexedDB version and its object stores with their index names (sorted). */
  async shape(): Promise<{ version: number; stores: Record<string, string[]> }> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('flowbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = Array.from(db.objectStoreNames);
            const tx = db.transaction(names, 'readonly');
            const stores = Object.fromEntries(names.map((name) => [name, Array.from(tx.objectStore(name).indexNames).sort()]));
            db.close();
            resolve({ version: db.version, stores });
          };
        }),
    );
  }
}
