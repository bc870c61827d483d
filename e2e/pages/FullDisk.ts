/**
 * A full disk, as the page sees it: every IndexedDB write (put and add)
 * throws QuotaExceededError until `free` puts the browser's own back.
 */
import type { Page } from '@playwright/test';

export class FullDisk {
  constructor(readonly page: Page) {}

  /** From now on every IndexedDB write of the page fails as if the disk were full. */
  async fill() {
    await this.page.evaluate(() => {
      const saved = window as unknown as { flowbenchRealWrites?: [unknown, unknown] };
      saved.flowbenchRealWrites ??= [IDBObjectStore.prototype.put, IDBObjectStore.prototype.add];
      const full = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
  }

  /** Room again: the browser's own writes are back. */
  async free() {
    await this.page.evaluate(() => {
      const saved = window as unknown as { flowbenchRealWrites?: [IDBObjectStore['put'], IDBObjectStore['add']] };
      if (!saved.flowbenchRealWrites) return;
      [IDBObjectStore.prototype.put, IDBObjectStore.prototype.add] = saved.flowbenchRealWrites;
    });
  }
}
