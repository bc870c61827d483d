/**
 * Organization repository: stores, app installations and their setup, on
 * IndexedDB. Every read is parsed with the domain schemas (a corrupt record is
 * reported and skipped); every change is one transaction and is checked by
 * the domain rules first, so a refused change writes nothing. What the first
 * page needs (reading the organization, creating it on the very first start)
 * is orgRead.ts, re-exported here; the commands load with the pages that use them.
 */
import { type Catalog, findApp } from '../domain/catalog/catalog';
import { demoOrganization } from '../domain/org/demo';
import { DEFAULT_STORE_TIME_ZONE, StoreName, StoreTimeZone } from '../domain/org/organization';
import { canChangeAuthentication, turnWorkflowsOffInStore } from '../domain/org/changeRules';
import { validateSetup } from '../domain/org/setup';
import { ownValue } from '../domain/ownKeys';
import type { Workflow } from '../domain/workflow/document';
import type { FlowbenchDb } from './db';
import { RefusedChange, loadOrganization } from './orgRead';
import type { seedStoreData as SeedStoreData } from './storeDataRepo';
import type * as WorkflowRepo from './workflowRepo';

export { RefusedChange, ensureOrganization, loadOrganization } from './orgRead';

/**
 * Writes the demo organization unless there is one (inside the caller's
 * transaction or its own). Returns true when it did. The app's start calls
 * `ensureOrganization` (orgRead.ts), which loads this module only then.
 */
export async function createDemoOrganization(db: FlowbenchDb, now = new Date().toISOString()): Promise<boolean> {
  return db.transaction('rw', [db.organization, db.stores, db.installations], async () => {
    if (await db.organization.get('org')) return false;
    const demo = demoOrganization(now);
    await db.organization.put({ id: 'org', name: demo.name, schemaVersion: 1 });
    await db.stores.bulkPut(demo.stores.map((s) => ({ ...s, schemaVersion: 1 as const })));
    await db.installations.bulkPut(demo.installations.map((i) => ({ ...i, schemaVersion: 1 as const })));
    return true;
  });
}

/**
 * The store data seeder, loaded on first use: the generator stays out of the
 * app's first bundle. Loaded before a transaction opens, since waiting for a
 * module inside one would end the transaction.
 */
/**
 * The workflow repository (and with it the workflow document schema and every
 * step kind), loaded on first use like the seeder: the organization is read at
 * boot and must not bring the workflow domain into the first page. Loaded
 * before a transaction opens.
 */
function workflowRepo(): Promise<typeof WorkflowRepo> {
  return import('./workflowRepo');
}

async function storeDataSeeder(): Promise<typeof SeedStoreData> {
  return (await import('./storeDataRepo')).seedStoreData;
}

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

async function requireStore(db: FlowbenchDb, storeId: string) {
  const store = await db.stores.get(storeId);
  if (!store) throw new RefusedChange('This store no longer exists.');
  return store;
}

/** The zone of the browser the user works in, or UTC when it does not name one we accept. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return StoreTimeZone.safeParse(zone).success ? zone : DEFAULT_STORE_TIME_ZONE;
}

/**
 * Adds a store (with Flow installed, as a new Shopify Plus store would have)
 * in `timeZone` (by default the browser's) and its generated store data.
 * Returns its id.
 */
export async function addStore(db: FlowbenchDb, name: string, now = new Date().toISOString(), timeZone = browserTimeZone()): Promise<string> {
  const parsed = StoreName.safeParse(name);
  if (!parsed.success) throw new RefusedChange(`Store not added: ${parsed.error.issues[0]?.message}.`);
  const zone = StoreTimeZone.safeParse(timeZone);
  if (!zone.success) throw new RefusedChange(`Store not added: ${zone.error.issues[0]?.message}.`);
  const id = newId('store');
  const seedStoreData = await storeDataSeeder();
  await db.transaction('rw', [db.stores, db.sandbox], async () => {
    await db.stores.add({ id, name: parsed.data, flowInstalled: true, createdAt: now, timeZone: zone.data, schemaVersion: 1 });
    await seedStoreData(db, id, now);
  });
  return id;
}

/** Sets a store's time zone (an IANA name); an unknown zone is refused with the reason. */
export async function setStoreTimeZone(db: FlowbenchDb, storeId: string, timeZone: string): Promise<void> {
  const parsed = StoreTimeZone.safeParse(timeZone);
  if (!parsed.success) throw new RefusedChange(`Time zone not changed: ${parsed.error.issues[0]?.message}.`);
  await db.transaction('rw', db.stores, async () => {
    await requireStore(db, storeId);
    await db.stores.update(storeId, { timeZone: parsed.data });
  });
}

export async function renameStore(db: FlowbenchDb, storeId: string, name: string): Promise<void> {
  const parsed = StoreName.safeParse(name);
  if (!parsed.success) throw new RefusedChange(`Store not renamed: ${parsed.error.issues[0]?.message}.`);
  await db.transaction('rw', db.stores, async () => {
    await requireStore(db, storeId);
    await db.stores.update(storeId, { name: parsed.data });
  });
}

/** Removes a store with its installations and secrets. Workflows are never deleted. */
export async function removeStore(db: FlowbenchDb, storeId: string): Promise<void> {
  await db.transaction('rw', [db.stores, db.installations, db.secrets], async () => {
    await requireStore(db, storeId);
    await db.installations.where('storeId').equals(storeId).delete();
    await db.secrets.filter((s) => s.storeId === storeId).delete();
    await db.stores.delete(storeId);
  });
}

export async function installApp(db: FlowbenchDb, catalog: Catalog, storeId: string, appId: string, now = new Date().toISOString()) {
  const app = findApp(catalog, appId);
  if (!app) throw new RefusedChange(`There is no app "${appId}" in the catalog.`);
  if (app.builtIn) throw new RefusedChange(`${app.name.en} is built in and always installed.`);
  await db.transaction('rw', [db.stores, db.installations], async () => {
    await requireStore(db, storeId);
    if (await db.installations.get([storeId, appId])) return;
    await db.installations.add({ storeId, appId, installedAt: now, settings: {}, secretsSet: [], schemaVersion: 1 });
  });
}

/** Uninstalls an app from a store and forgets its setup and secrets there. */
export async function uninstallApp(db: FlowbenchDb, storeId: string, appId: string): Promise<void> {
  await db.transaction('rw', [db.installations, db.secrets], async () => {
    await db.installations.delete([storeId, appId]);
    await db.secrets.where('[storeId+appId]').equals([storeId, appId]).delete();
  });
}

/**
 * Installs or uninstalls the Flow app in a store. Uninstalling turns every
 * workflow off for that store (in the same transaction); installing it again
 * leaves them off until the user turns them on.
 */
export async function setFlowInstalled(db: FlowbenchDb, storeId: string, installed: boolean): Promise<void> {
  const { readWorkflows, writeWorkflowDocs } = await workflowRepo();
  await db.transaction('rw', [db.stores, db.workflows, db.workflowVersions], async () => {
    const store = await requireStore(db, storeId);
    if (store.flowInstalled === installed) return;
    await db.stores.update(storeId, { flowInstalled: installed });
    if (!installed) {
      await writeWorkflowDocs(db, turnWorkflowsOffInStore(await readWorkflows(db), storeId));
    }
  });
}

/**
 * Saves an app's setup in a store. Values are checked against the manifest;
 * secrets go to the secrets table (an empty secret keeps the stored one).
 * For Asana, Google Sheets, Slack and Trello the change is refused in a
 * store without Flow (the seed's rule).
 */
export async function saveAppSetup(
  db: FlowbenchDb,
  catalog: Catalog,
  storeId: string,
  appId: string,
  values: Record<string, string>,
): Promise<void> {
  const app = findApp(catalog, appId);
  if (!app) throw new RefusedChange(`There is no app "${appId}" in the catalog.`);
  await db.transaction('rw', [db.organization, db.stores, db.installations, db.secrets], async () => {
    const org = await loadOrganization(db);
    const verdict = canChangeAuthentication(org, app, storeId);
    if (!verdict.ok) throw new RefusedChange(verdict.reasons.join(' '));
    const installation = (await db.installations.get([storeId, appId]))!;
    const problems = validateSetup(app, values, installation.secretsSet);
    if (problems.length > 0) throw new RefusedChange(`${app.name.en} setup not saved.`, problems);
    const settings: Record<string, string> = {};
    const secretsSet = new Set(installation.secretsSet);
    for (const field of app.setup.fields) {
      const value = (ownValue(values, field.key) ?? '').trim();
      if (field.kind === 'secret') {
        if (value === '') continue;
        await db.secrets.put({ storeId, appId, key: field.key, value, schemaVersion: 1 });
        secretsSet.add(field.key);
      } else if (value !== '') {
        settings[field.key] = value;
      }
    }
    await db.installations.update([storeId, appId], { settings, secretsSet: [...secretsSet].sort() });
  });
}

/** The stored secret values of an app in a store, for adapters that call the service. */
export async function readSecrets(db: FlowbenchDb, storeId: string, appId: string): Promise<Record<string, string>> {
  const rows = await db.secrets.where('[storeId+appId]').equals([storeId, appId]).toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/**
 * Resets the whole demo in one transaction: the four-store demo organization
 * again with each store's generated store data (made for `now`), the given
 * sample workflows, and nothing else (no runs, versions, other sandbox state
 * or faults). Settings such as the theme are kept.
 */
export async function resetDemo(db: FlowbenchDb, samples: readonly Workflow[], now = new Date().toISOString()): Promise<void> {
  const tables = [db.organization, db.stores, db.installations, db.secrets, db.workflows, db.workflowVersions, db.runs, db.runWorkflows, db.runObjects, db.sandbox, db.faults];
  const [seedStoreData, { writeWorkflowDocs }] = await Promise.all([storeDataSeeder(), workflowRepo()]);
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    await createDemoOrganization(db, now);
    for (const store of await db.stores.toArray()) await seedStoreData(db, store.id, now);
    if (samples.length > 0) await writeWorkflowDocs(db, samples, now);
  });
}
