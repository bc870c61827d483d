/**
 * The organization as the UI sees it: a live view of stores and installations
 * (updates across tabs through Dexie's liveQuery) and the commands that
 * change them. Refused changes reject with a RefusedChange whose message is
 * meant for the user.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Organization } from '../domain/org/organization';
import { getDb } from '../storage/db';
import * as repo from '../storage/orgRepo';
import type { Source } from './editor/session';
import { ensureFullCatalog } from './catalog';
import { liveSource } from './liveSource';

export { RefusedChange } from '../storage/orgRepo';

let ready: Promise<boolean> | undefined;

/**
 * Creates the demo organization on the very first start, then gives every
 * store that has none its simulated store data; safe to call many times.
 */
export function ensureOrganization(): Promise<boolean> {
  // Runs outside any liveQuery: a live query may only read, and this may write the demo.
  ready ??= Dexie.ignoreTransaction(async () => {
    const created = await repo.ensureOrganization(getDb());
    // Loaded on demand: the store data generator stays out of the first bundle.
    const { ensureStoreData } = await import('./storeData');
    await ensureStoreData();
    return created;
  });
  return ready;
}

/**
 * The organization, or undefined while it loads (or before the first start
 * has created it: ensureOrganization's write makes this query run again).
 */
export function useOrganization(): Organization | undefined {
  return useLiveQuery(readOrganization);
}

/** The organization as a followed value for code outside React (undefined while it loads). */
export function organizationSource(): Source<Organization | undefined> {
  return liveSource(readOrganization, undefined);
}

async function readOrganization(): Promise<Organization | undefined> {
  const db = getDb();
  if (!(await db.organization.get('org'))) return undefined;
  return repo.loadOrganization(db);
}

export const orgCommands = {
  addStore: (name: string) => repo.addStore(getDb(), name),
  renameStore: (storeId: string, name: string) => repo.renameStore(getDb(), storeId, name),
  setStoreTimeZone: (storeId: string, timeZone: string) => repo.setStoreTimeZone(getDb(), storeId, timeZone),
  removeStore: (storeId: string) => repo.removeStore(getDb(), storeId),
  installApp: async (storeId: string, appId: string) => repo.installApp(getDb(), await ensureFullCatalog(), storeId, appId),
  uninstallApp: (storeId: string, appId: string) => repo.uninstallApp(getDb(), storeId, appId),
  setFlowInstalled: (storeId: string, installed: boolean) => repo.setFlowInstalled(getDb(), storeId, installed),
  saveAppSetup: async (storeId: string, appId: string, values: Record<string, string>) =>
    repo.saveAppSetup(getDb(), await ensureFullCatalog(), storeId, appId, values),
};
