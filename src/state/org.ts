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
import * as orgRead from '../storage/orgRead';
import type * as OrgRepo from '../storage/orgRepo';
import type { Source } from './editor/session';
import { ensureFullCatalog } from './catalog';
import { liveSource } from './liveSource';

export { RefusedChange } from '../storage/orgRead';

let ready: Promise<boolean> | undefined;

/**
 * Creates the demo organization on the very first start, then gives every
 * store that has none its simulated store data; safe to call many times.
 */
export function ensureOrganization(): Promise<boolean> {
  // Runs outside any liveQuery: a live query may only read, and this may write the demo.
  ready ??= Dexie.ignoreTransaction(async () => {
    const created = await orgRead.ensureOrganization(getDb());
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
  return orgRead.loadOrganization(db);
}

/** The organization's commands (storage/orgRepo.ts), loaded with the first of them: the Workflows page uses none. */
async function repo(): Promise<typeof OrgRepo> {
  return import('../storage/orgRepo');
}

export const orgCommands = {
  addStore: async (name: string) => (await repo()).addStore(getDb(), name),
  renameStore: async (storeId: string, name: string) => (await repo()).renameStore(getDb(), storeId, name),
  setStoreTimeZone: async (storeId: string, timeZone: string) => (await repo()).setStoreTimeZone(getDb(), storeId, timeZone),
  removeStore: async (storeId: string) => (await repo()).removeStore(getDb(), storeId),
  installApp: async (storeId: string, appId: string) => (await repo()).installApp(getDb(), await ensureFullCatalog(), storeId, appId),
  uninstallApp: async (storeId: string, appId: string) => (await repo()).uninstallApp(getDb(), storeId, appId),
  setFlowInstalled: async (storeId: string, installed: boolean) => (await repo()).setFlowInstalled(getDb(), storeId, installed),
  saveAppSetup: async (storeId: string, appId: string, values: Record<string, string>) =>
    (await repo()).saveAppSetup(getDb(), await ensureFullCatalog(), storeId, appId, values),
};
