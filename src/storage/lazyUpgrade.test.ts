import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { lazyUpgrade } from './db';

/** A macrotask later: an IndexedDB transaction with nothing pending would have committed by then. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function createV1(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ items: 'id' });
  await db.open();
  await db.table('items').bulkAdd([{ id: 'a' }, { id: 'b' }]);
  db.close();
}

/** Version 2 of the test database: gives every item a `size`, its upgrade body coming from `load`. */
function openV2(name: string, load: Parameters<typeof lazyUpgrade>[0]) {
  const db = new Dexie(name);
  db.version(1).stores({ items: 'id' });
  db.version(2)
    .stores({ items: 'id, size' })
    .upgrade(lazyUpgrade(load));
  return db;
}

describe('lazyUpgrade', () => {
  it('runs an upgrade whose module arrives tasks later, inside the upgrade transaction', async () => {
    const name = 'lazy-upgrade-slow';
    await createV1(name);
    let loaded = 0;
    const db = openV2(name, async () => {
      await nextTask();
      await nextTask();
      loaded++;
      return { upgrade: (tx) => tx.table('items').toCollection().modify((item: { size?: number }) => void (item.size = 1)) };
    });
    await db.open();
    expect(loaded).toBe(1);
    expect(db.verno).toBe(2);
    expect(await db.table('items').where('size').equals(1).count()).toBe(2);
    db.close();
    await db.delete();
  });

  it('never loads the module when the database is already at that version', async () => {
    const name = 'lazy-upgrade-current';
    await createV1(name);
    const upgrade = openV2(name, async () => ({ upgrade: () => undefined }));
    await upgrade.open();
    upgrade.close();
    let loaded = 0;
    const db = openV2(name, async () => {
      loaded++;
      return { upgrade: () => undefined };
    });
    await db.open();
    expect(loaded).toBe(0);
    db.close();
    await db.delete();
  });

  it('leaves the database at its old version, records unchanged, when the module cannot load', async () => {
    const name = 'lazy-upgrade-offline';
    await createV1(name);
    const failing = openV2(name, async () => {
      await nextTask();
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    await expect(failing.open()).rejects.toThrow(/dynamically imported module/);
    failing.close();
    const old = new Dexie(name);
    await old.open();
    expect(old.verno).toBe(1);
    expect(await old.table('items').toArray()).toEqual([{ id: 'a' }, { id: 'b' }]);
    old.close();
    await old.delete();
  });
});
