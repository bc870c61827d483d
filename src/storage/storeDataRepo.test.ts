/**
 * The store data on IndexedDB: seeding writes a store's generated data and
 * replaces only it; first start and older databases get data for each store
 * that has none (records of an older shape don't count); a record written
 * reads back the same; Reset sandbox keeps the store data; adding a store and
 * Reset demo seed it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateStoreData } from '../domain/shopify/generate';
import { OrderRecord } from '../domain/shopify/records';
import { FlowbenchDb } from './db';
import { addStore, ensureOrganization, resetDemo } from './orgRepo';
import { clearSandbox, readSandboxRows, sandboxOfStore } from './sandboxRepo';
import { ensureStoreData, seedStoreData, writeStoreRecord } from './storeDataRepo';

const NOW = '2026-03-02T10:00:00.000Z';
let db: FlowbenchDb;
let n = 0;
async function fresh(): Promise<FlowbenchDb> {
  db = new FlowbenchDb(`store-data-test-${++n}`);
  await ensureOrganization(db, NOW);
  return db;
}
afterEach(async () => {
  await db.delete();
});

const ordersOf = async (storeId: string) => (await readSandboxRows(db, storeId)).filter((r) => r.appId === 'shopify' && r.collection === 'orders');

describe('seedStoreData', () => {
  it('writes the store’s generated data and replaces only it', async () => {
    await fresh();
    await db.sandbox.put({ storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1' }, schemaVersion: 1, updatedAt: NOW });
    await db.sandbox.put({ storeId: 'store-1', appId: 'shopify', collection: 'orders', id: '1', record: { id: '1', tags: ['old'] }, schemaVersion: 1, updatedAt: NOW });
    await seedStoreData(db, 'store-1', NOW);
    const expected = generateStoreData('store-1', NOW);
    const orders = await ordersOf('store-1');
    expect(orders.map((r) => r.id).sort()).toEqual(expected.orders.map((o) => o.id).sort());
    expect(orders.find((r) => r.id === expected.orders[3]!.id)?.record).toEqual(expected.orders[3]);
    expect((await readSandboxRows(db, 'store-1')).some((r) => r.appId === 'slack')).toBe(true);
    expect(await readSandboxRows(db, 'store-2')).toEqual([]);
  });
});

describe('ensureStoreData', () => {
  it('seeds each store without data, once', async () => {
    await fresh();
    expect(await ensureStoreData(db, NOW)).toEqual(['store-1', 'store-2', 'store-3', 'store-4']);
    expect(await ensureStoreData(db, NOW)).toEqual([]);
    expect((await ordersOf('store-3')).length).toBe(37);
  });

  it('seeds a store whose only Shopify records are of an older shape (tags written before store data existed)', async () => {
    await fresh();
    await ensureStoreData(db, NOW);
    await sandboxOfStore(db, 'store-2').delete();
    await db.sandbox.put({ storeId: 'store-2', appId: 'shopify', collection: 'orders', id: '5', record: { id: '5', orderId: '5', tags: ['vip'], lastAdded: ['vip'] }, schemaVersion: 1, updatedAt: NOW });
    expect(await ensureStoreData(db, NOW)).toEqual(['store-2']);
    expect((await ordersOf('store-2')).length).toBe(37);
  });
});

describe('writeStoreRecord', () => {
  it('stores a record that reads back the same, and later than it was', async () => {
    await fresh();
    await ensureStoreData(db, NOW);
    const [row] = await ordersOf('store-1');
    const edited = OrderRecord.parse({ ...row!.record, tags: ['checked'], note: 'Call first' });
    await writeStoreRecord(db, 'store-1', 'orders', edited, '2026-03-03T10:00:00.000Z');
    const back = (await ordersOf('store-1')).find((r) => r.id === edited.id)!;
    expect(OrderRecord.parse(back.record)).toEqual(edited);
    expect(back.updatedAt).toBe('2026-03-03T10:00:00.000Z');
  });
});

describe('around the store data', () => {
  it('Reset sandbox keeps the store data and removes what the apps did', async () => {
    await fresh();
    await ensureStoreData(db, NOW);
    await db.sandbox.put({ storeId: 'store-1', appId: 'shopify', collection: 'outbox', id: 'outbox-1', record: { id: 'outbox-1' }, schemaVersion: 1, updatedAt: NOW });
    await clearSandbox(db, 'store-1');
    const rows = await readSandboxRows(db, 'store-1');
    expect(rows.some((r) => r.collection === 'outbox')).toBe(false);
    expect(rows.filter((r) => r.collection === 'orders')).toHaveLength(37);
    await clearSandbox(db);
    expect((await readSandboxRows(db)).length).toBe(4 * rows.length);
  });

  it('a new store comes with its own data, and Reset demo renews every store’s', async () => {
    await fresh();
    const id = await addStore(db, 'Outlet', NOW);
    expect((await ordersOf(id)).length).toBe(37);
    await db.sandbox.put({ storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1' }, schemaVersion: 1, updatedAt: NOW });
    await resetDemo(db, [], NOW);
    const rows = await readSandboxRows(db);
    expect(new Set(rows.map((r) => r.storeId))).toEqual(new Set(['store-1', 'store-2', 'store-3', 'store-4']));
    expect(rows.every((r) => r.appId === 'shopify')).toBe(true);
  });
});
