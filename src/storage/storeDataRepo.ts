/**
 * Store data repository: each store's simulated Shopify data (customers,
 * orders, products, draft orders) kept as sandbox rows of the app "shopify"
 * (table `sandbox`), so runs read and change it like any sandbox record.
 * Seeding writes a store's generated data (domain/shopify/generate.ts) in
 * place of what it held; a store is seeded on first start, when added, by
 * Reset demo and by "Reset store data". Records are parsed on read
 * (sandboxRepo) and each resource's records with its schema by the caller.
 */
import { generateStoreData, storeDataRows } from '../domain/shopify/generate';
import { RECORD_SCHEMA } from '../domain/shopify/records';
import { STORE_DATA_APP, type StoreResource, isStoreDataRow } from '../domain/shopify/storeResources';
import type { FlowbenchDb, SandboxRow } from './db';
import { byKeyPrefix } from './keyPrefix';

/** The store's data rows (four collections of the Shopify sandbox), unparsed: a range of the sandbox's primary key. */
function storeDataRowsOf(db: FlowbenchDb, storeId: string) {
  return byKeyPrefix(db.sandbox, [storeId, STORE_DATA_APP]).filter(isStoreDataRow);
}

/**
 * Replaces a store's data with freshly generated data (deterministic for the
 * store id and `now`). Other sandbox records of the store are kept. Must run
 * inside a transaction on `db.sandbox` or opens its own.
 */
export async function seedStoreData(db: FlowbenchDb, storeId: string, now: string): Promise<void> {
  await db.transaction('rw', db.sandbox, async () => {
    await storeDataRowsOf(db, storeId).delete();
    const rows: SandboxRow[] = storeDataRows(storeId, generateStoreData(storeId, now)).map((row) => ({ ...row, schemaVersion: 1, updatedAt: now }));
    await db.sandbox.bulkPut(rows);
  });
}

/** True when the store holds at least one readable record of its data (a record of an older shape does not count). */
async function hasStoreData(db: FlowbenchDb, storeId: string): Promise<boolean> {
  const rows = await storeDataRowsOf(db, storeId).toArray();
  return rows.some((row) => RECORD_SCHEMA[row.collection as StoreResource].safeParse(row.record).success);
}

/**
 * Seeds every store that has no store data yet (a database from before store
 * data existed, or a first start). Returns the ids of the stores seeded.
 */
export async function ensureStoreData(db: FlowbenchDb, now: string): Promise<string[]> {
  return db.transaction('rw', [db.stores, db.sandbox], async () => {
    const seeded: string[] = [];
    for (const store of await db.stores.toArray()) {
      if (await hasStoreData(db, store.id)) continue;
      await seedStoreData(db, store.id, now);
      seeded.push(store.id);
    }
    return seeded;
  });
}

/** Writes one record of a store's data (already checked against its schema by the caller). */
export async function writeStoreRecord(
  db: FlowbenchDb,
  storeId: string,
  resource: StoreResource,
  record: Record<string, unknown> & { id: string },
  now: string,
): Promise<void> {
  await db.sandbox.put({ storeId, appId: STORE_DATA_APP, collection: resource, id: record.id, record, schemaVersion: 1, updatedAt: now });
}
