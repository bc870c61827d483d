/**
 * Each store's simulated Shopify data for the UI: a live view of its
 * customers, orders, products and draft orders (records that don't fit
 * their schema are shown apart, never dropped), saving a record edited as
 * JSON, and resetting a store's data. Saves and resets take the runtime's
 * lock, so they never interleave with a run that reads or tags the same
 * records; the next run reads what was saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { type EditOutcome, parseEditedRecord } from '../domain/shopify/editRecord';
import { RECORD_SCHEMA } from '../domain/shopify/records';
import { STORE_RESOURCES, type StoreResource, isStoreDataRow } from '../domain/shopify/storeResources';
import { getDb } from '../storage/db';
import { readSandboxRows } from '../storage/sandboxRepo';
import { readSetting } from '../storage/settingsRepo';
import { ensureStoreData as ensureRepo, seedStoreData, writeStoreRecord } from '../storage/storeDataRepo';
import { exclusive } from './runtime/config';

/** One record of a store's data as the Sandbox page lists it. */
export interface StoreRecordEntry {
  id: string;
  record: Record<string, unknown>;
  /** False for a record that does not fit its resource's schema (written by an older version, say). */
  valid: boolean;
  /** When it was last written (ISO). */
  updatedAt: string;
}

export type StoreDataView = Record<StoreResource, StoreRecordEntry[]>;

const numericId = (a: StoreRecordEntry, b: StoreRecordEntry) => b.id.localeCompare(a.id, 'en', { numeric: true });

/** A store's data, each resource newest id first. */
export async function readStoreData(storeId: string): Promise<StoreDataView> {
  const rows = (await readSandboxRows(getDb(), storeId)).filter(isStoreDataRow);
  const view = Object.fromEntries(STORE_RESOURCES.map((r) => [r, [] as StoreRecordEntry[]])) as StoreDataView;
  for (const row of rows) {
    const resource = row.collection as StoreResource;
    view[resource].push({ id: row.id, record: row.record, valid: RECORD_SCHEMA[resource].safeParse(row.record).success, updatedAt: row.updatedAt });
  }
  for (const resource of STORE_RESOURCES) view[resource].sort(numericId);
  return view;
}

/** Live: a store's data; undefined while loading. */
export function useStoreData(storeId: string): StoreDataView | undefined {
  return useLiveQuery(() => readStoreData(storeId), [storeId]);
}

/** The time seeding is made for: the simulated clock when set, else the real time. */
async function seedTime(): Promise<string> {
  return (await readSetting(getDb(), 'simNow')) ?? new Date().toISOString();
}

/**
 * Saves a record of a store's data edited as JSON text. Resolves with the
 * problems (JSON path and reason) when the text is refused; nothing is
 * written then.
 */
export function saveStoreRecord(storeId: string, resource: StoreResource, id: string, text: string): Promise<EditOutcome> {
  const outcome = parseEditedRecord(resource, id, text);
  if (!outcome.ok) return Promise.resolve(outcome);
  return exclusive(async () => {
    await writeStoreRecord(getDb(), storeId, resource, outcome.record, new Date().toISOString());
    return outcome;
  });
}

/** Replaces a store's data with freshly generated data (made for the simulated time now). */
export function resetStoreData(storeId: string): Promise<void> {
  return exclusive(async () => seedStoreData(getDb(), storeId, await seedTime()));
}

/** Gives every store that has none its data (first start, or a database from before store data). */
export async function ensureStoreData(): Promise<string[]> {
  return exclusive(async () => ensureRepo(getDb(), await seedTime()));
}
