/**
 * Writes records straight into the app's IndexedDB, as an older Flowbench or
 * a damaged profile would have left them: the hostile journeys use it to
 * store what the app itself would never write. Call it after the app has
 * opened the database once, then load a page so the app reads it.
 */
import type { Page } from '@playwright/test';

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
}
