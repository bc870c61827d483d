/**
 * The connector sandbox and injected faults for the UI: live views grouped
 * for display, and the commands that reset the sandbox, set faults and
 * switch live HTTP.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { findAction, findApp, isCustomApp } from '../../domain/catalog/catalog';
import { isStoreDataRow } from '../../domain/shopify/storeResources';
import { ownValue } from '../../domain/ownKeys';
import { builtInRegistry } from '../../engine/adapters/index';
import type { FaultConfig } from '../../engine/faults';
import { getDb } from '../../storage/db';
import { readFaults, writeFault } from '../../storage/faultRepo';
import { type StoredSandboxRow, clearSandbox, readSandboxRows } from '../../storage/sandboxRepo';
import { readSetting, writeSetting } from '../../storage/settingsRepo';
import { exclusive } from './config';
import { currentCatalog } from '../catalog';

export interface SandboxCollectionView {
  appId: string;
  appName: string;
  collection: string;
  /** The adapter's heading for the collection ("Messages"), or its name. */
  heading: string;
  /** Newest first. */
  records: Record<string, unknown>[];
}

const byNewest = (a: StoredSandboxRow, b: StoredSandboxRow) =>
  b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id, 'en', { numeric: true });

/**
 * What the simulated apps did in a store, for display: one entry per app and
 * collection, apps by name, collections in the order the adapter declares
 * them (others after, by name), records newest first. The store data
 * (Shopify's customers, orders, products, draft orders) is left out: the
 * Sandbox page shows it in its own section (state/storeData.ts).
 */
export async function readSandboxView(storeId: string): Promise<SandboxCollectionView[]> {
  const rows = (await readSandboxRows(getDb(), storeId)).filter((row) => !isStoreDataRow(row));
  const groups = new Map<string, StoredSandboxRow[]>();
  for (const row of rows) {
    const key = `${row.appId}\u0000${row.collection}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const views = [...groups.values()].map((list): SandboxCollectionView & { order: number } => {
    const { appId, collection } = list[0]!;
    // A custom app (generic adapter) has one collection per action, named after it.
    const custom = isCustomApp(currentCatalog(), appId) ? (findApp(currentCatalog(), appId)?.actions.map((a) => a.id) ?? []) : [];
    const declared = Object.keys(builtInRegistry.get(appId)?.collections ?? {}).concat(custom);
    const index = declared.indexOf(collection);
    return {
      appId,
      appName: findApp(currentCatalog(), appId)?.name.en ?? appId,
      collection,
      heading: ownValue(builtInRegistry.get(appId)?.collections, collection) ?? (isCustomApp(currentCatalog(), appId) ? findAction(currentCatalog(), appId, collection)?.name.en : undefined) ?? collection,
      records: list.sort(byNewest).map((r) => r.record),
      order: index < 0 ? declared.length : index,
    };
  });
  views.sort((a, b) => a.appName.localeCompare(b.appName) || a.order - b.order || a.collection.localeCompare(b.collection));
  return views.map(({ order: _o, ...view }) => view);
}

/** Live: a store's sandbox grouped by app then collection; undefined while loading. */
export function useSandbox(storeId: string): SandboxCollectionView[] | undefined {
  return useLiveQuery(() => readSandboxView(storeId), [storeId]);
}

/** Empties what the apps did in one store, or in every store when omitted. Runs and the store data are kept. */
export function resetSandbox(storeId?: string): Promise<void> {
  return exclusive(() => clearSandbox(getDb(), storeId));
}

/** The faults of a store by app id. */
export async function readFaultMap(storeId: string): Promise<Map<string, FaultConfig>> {
  return new Map((await readFaults(getDb(), storeId)).map((f) => [f.appId, f.config]));
}

/** Live: the injected faults of a store, app id → config; undefined while loading. */
export function useFaults(storeId: string): Map<string, FaultConfig> | undefined {
  return useLiveQuery(() => readFaultMap(storeId), [storeId]);
}

/** Sets the fault of an app in a store; `undefined` (or mode "none") removes it. Rejects an invalid config. */
export function setFault(storeId: string, appId: string, config: FaultConfig | undefined): Promise<void> {
  return writeFault(getDb(), storeId, appId, config);
}

/** Live: whether "Send HTTP request" really fetches (false while loading). */
export function useLiveHttp(): boolean {
  return useLiveQuery(() => readSetting(getDb(), 'liveHttp')) ?? false;
}

/** Switches live HTTP for "Send HTTP request" on or off. */
export function setLiveHttp(on: boolean): Promise<void> {
  return writeSetting(getDb(), 'liveHttp', on);
}
