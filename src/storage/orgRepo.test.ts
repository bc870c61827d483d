import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog, builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { installStatus, whyWontRun } from '../domain/org/rules';
import type { Workflow } from '../domain/workflow/document';
import { FlowbenchDb } from './db';
import {
  RefusedChange,
  addStore,
  ensureOrganization,
  installApp,
  loadOrganization,
  readSecrets,
  removeStore,
  renameStore,
  resetDemo,
  saveAppSetup,
  setFlowInstalled,
  setStoreTimeZone,
  uninstallApp,
} from './orgRepo';
import { readWorkflows, writeWorkflowDocs } from './workflowRepo';

let db: FlowbenchDb;
let n = 0;
async function freshOrg() {
  db = new FlowbenchDb(`org-test-${++n}`);
  await ensureOrganization(db, '2026-11-28T10:00:00.000Z');
  return db;
}
afterEach(async () => {
  await db.delete();
});

const workflow = (id: string): Workflow => ({
  schemaVersion: 2,
  id,
  name: `Workflow ${id}`,
  description: '',
  activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
  steps: [{ id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' }],
  notes: [],
  links: [],
});

describe('organization on IndexedDB', () => {
  it('creates the four-store demo on first start, once', async () => {
    await freshOrg();
    expect(await ensureOrganization(db)).toBe(false);
    const org = await loadOrganization(db);
    expect(org.stores.map((s) => s.name)).toEqual(['Store 1', 'Store 2', 'Store 3', 'Store 4']);
    expect(installStatus(org, catalog.byId.get('loyaltylion')!)).toBe('not-installed');
  });

  it('does not recreate the demo after the user removed every store', async () => {
    await freshOrg();
    for (const s of (await loadOrganization(db)).stores) await removeStore(db, s.id);
    await ensureOrganization(db);
    expect((await loadOrganization(db)).stores).toEqual([]);
  });

  it('installs an app in one store: it becomes Installed, and a workflow using it runs only there', async () => {
    await freshOrg();
    await installApp(db, builtInCatalog, 'store-2', 'loyaltylion');
    const org = await loadOrganization(db);
    expect(installStatus(org, catalog.byId.get('loyaltylion')!)).toBe('installed');
    const wf = { name: 'W', activation: workflow('w').activation, appIds: ['loyaltylion'] };
    expect(org.stores.filter((s) => whyWontRun(org, catalog, wf, s.id).ok).map((s) => s.id)).toEqual(['store-2']);
  });

  it('uninstalling an app forgets its secrets in that store', async () => {
    await freshOrg();
    await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: 'acme', botToken: 'xoxb-secret' });
    expect(await readSecrets(db, 'store-1', 'slack')).toEqual({ botToken: 'xoxb-secret' });
    await uninstallApp(db, 'store-1', 'slack');
    expect(await readSecrets(db, 'store-1', 'slack')).toEqual({});
  });

  it('keeps secrets out of the organization model', async () => {
    await freshOrg();
    await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: 'acme', botToken: 'xoxb-secret' });
    const org = await loadOrganization(db);
    expect(JSON.stringify(org)).not.toContain('xoxb-secret');
    expect(org.installations.find((i) => i.appId === 'slack' && i.storeId === 'store-1')).toMatchObject({
      settings: { workspace: 'acme' },
      secretsSet: ['botToken'],
    });
  });

  it('refuses Slack authentication in a store without Flow and writes nothing', async () => {
    await freshOrg();
    await setFlowInstalled(db, 'store-2', false);
    await expect(saveAppSetup(db, builtInCatalog, 'store-2', 'slack', { workspace: 'x', botToken: 'y' })).rejects.toThrow(
      /only be changed from a store that has its own copy of the Flow app/,
    );
    expect(await readSecrets(db, 'store-2', 'slack')).toEqual({});
  });

  it('refuses invalid setup values and lists each field', async () => {
    await freshOrg();
    const error = await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedChange);
    expect((error as RefusedChange).problems.map((p) => p.field)).toEqual(['workspace', 'botToken']);
  });

  it('uninstalling Flow turns workflows off for that store; reinstalling leaves them off', async () => {
    await freshOrg();
    await writeWorkflowDocs(db, [workflow('a'), workflow('b')]);
    await setFlowInstalled(db, 'store-3', false);
    let docs = await readWorkflows(db);
    expect(docs.map((d) => d.activation.offInStores)).toEqual([['store-3'], ['store-3']]);
    await setFlowInstalled(db, 'store-3', true);
    docs = await readWorkflows(db);
    expect(docs.every((d) => d.activation.offInStores.includes('store-3'))).toBe(true);
    expect((await loadOrganization(db)).stores.find((s) => s.id === 'store-3')?.flowInstalled).toBe(true);
  });

  it('removing a store keeps every workflow', async () => {
    await freshOrg();
    await writeWorkflowDocs(db, [workflow('a')]);
    await removeStore(db, 'store-1');
    expect(await readWorkflows(db)).toHaveLength(1);
    expect((await loadOrganization(db)).installations.some((i) => i.storeId === 'store-1')).toBe(false);
  });

  it('adds and renames stores, refusing empty names', async () => {
    await freshOrg();
    const id = await addStore(db, '  Outlet  ');
    await renameStore(db, id, 'Outlet Kraków');
    expect((await loadOrganization(db)).stores.at(-1)).toMatchObject({ name: 'Outlet Kraków', flowInstalled: true });
    await expect(addStore(db, '   ')).rejects.toThrow(/a store needs a name/);
    await expect(renameStore(db, id, '')).rejects.toThrow(/a store needs a name/);
  });

  it('gives the demo stores four time zones, and a new store the browser’s zone or the one asked for', async () => {
    await freshOrg();
    expect((await loadOrganization(db)).stores.map((s) => s.timeZone)).toEqual(['Europe/Warsaw', 'Europe/Berlin', 'America/New_York', 'UTC']);
    const browsers = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const id = await addStore(db, 'Outlet');
    expect((await loadOrganization(db)).stores.find((s) => s.id === id)?.timeZone).toBe(browsers);
    const ny = await addStore(db, 'New York', undefined, 'America/New_York');
    expect((await loadOrganization(db)).stores.find((s) => s.id === ny)?.timeZone).toBe('America/New_York');
    await expect(addStore(db, 'Mars', undefined, 'Mars/Olympus')).rejects.toThrow(/"Mars\/Olympus" is not a time zone/);
  });

  it('changes a store’s time zone, refusing what is not an IANA zone and writing nothing then', async () => {
    await freshOrg();
    await setStoreTimeZone(db, 'store-4', 'Asia/Tokyo');
    expect((await loadOrganization(db)).stores.find((s) => s.id === 'store-4')?.timeZone).toBe('Asia/Tokyo');
    for (const bad of ['+09:00', 'Asia/Atlantis', '']) {
      await expect(setStoreTimeZone(db, 'store-4', bad)).rejects.toThrow(RefusedChange);
    }
    await expect(setStoreTimeZone(db, 'store-4', 'Tokyo')).rejects.toThrow(/Time zone not changed: "Tokyo" is not a time zone: use an IANA name such as "Europe\/Warsaw" or "UTC"/);
    expect((await loadOrganization(db)).stores.find((s) => s.id === 'store-4')?.timeZone).toBe('Asia/Tokyo');
    await expect(setStoreTimeZone(db, 'store-gone', 'UTC')).rejects.toThrow(/no longer exists/);
  });

  it('refuses to install the built-in Shopify app or an unknown app', async () => {
    await freshOrg();
    await expect(installApp(db, builtInCatalog, 'store-1', 'shopify')).rejects.toThrow(/built in/);
    await expect(installApp(db, builtInCatalog, 'store-1', 'nope')).rejects.toThrow(/no app "nope"/);
  });

  it('reports and skips a corrupt store record without overwriting it', async () => {
    await freshOrg();
    await db.stores.put({ id: 'bad', name: '', flowInstalled: true, createdAt: 'x', timeZone: 'UTC', schemaVersion: 1 });
    const onCorrupt = vi.fn();
    const org = await loadOrganization(db, onCorrupt);
    expect(org.stores.map((s) => s.id)).not.toContain('bad');
    expect(onCorrupt).toHaveBeenCalledWith('store record "bad"', expect.stringMatching(/name/));
    expect(await db.stores.get('bad')).toBeDefined();
  });
});

describe('resetDemo', () => {
  it('replaces everything with the demo organization and the samples, keeping settings', async () => {
    await freshOrg();
    await removeStore(db, 'store-1');
    await installApp(db, builtInCatalog, 'store-2', 'loyaltylion');
    await writeWorkflowDocs(db, [workflow('mine')]);
    await db.settings.put({ key: 'theme', value: 'dark', schemaVersion: 1, updatedAt: 'x' });
    await db.runs.put({ id: 'r', workflowId: 'mine', storeId: 'store-2', status: 'failed', startedAt: 'x', resumeAt: '', record: {}, schemaVersion: 1 });
    await resetDemo(db, [workflow('sample-1')]);
    const org = await loadOrganization(db);
    expect(org.stores.map((s) => s.id)).toEqual(['store-1', 'store-2', 'store-3', 'store-4']);
    expect(installStatus(org, catalog.byId.get('loyaltylion')!)).toBe('not-installed');
    expect((await readWorkflows(db)).map((w) => w.id)).toEqual(['sample-1']);
    expect(await db.runs.count()).toBe(0);
    expect((await db.settings.get('theme'))?.value).toBe('dark');
  });
});
