import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import acme from '../../test/fixtures/custom-apps/acme-loyalty.json';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { checkCustomApp, composeCatalog } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { addCustomApps, readCustomApps, removeCustomApp } from './customAppRepo';
import { FlowbenchDb } from './db';
import { ensureOrganization, installApp, loadOrganization } from './orgRepo';

const manifest = (): AppManifest => {
  const r = checkCustomApp(structuredClone(acme), builtInCatalog);
  if (!r.ok) throw new Error('fixture does not parse');
  return r.manifest;
};

let db: FlowbenchDb;
beforeEach(async () => {
  db = new FlowbenchDb(`custom-apps-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('custom app repository', () => {
  it('stores a manifest and reads it back parsed; an equal one again changes nothing', async () => {
    expect(await addCustomApps(db, [manifest()])).toEqual(['acme-loyalty']);
    expect(await addCustomApps(db, [manifest()])).toEqual([]);
    expect(await readCustomApps(db)).toEqual([manifest()]);
  });

  it('refuses a different manifest with a taken id, naming the stored app, and writes nothing', async () => {
    await addCustomApps(db, [manifest()]);
    const other = { ...manifest(), id: 'other-app' };
    const changed = { ...manifest(), name: { en: 'Acme Points', pl: 'Punkty Acme' } };
    await expect(addCustomApps(db, [other, changed])).rejects.toThrow(/"acme-loyalty" \(Acme Loyalty\) is already imported/);
    expect((await readCustomApps(db)).map((a) => a.id)).toEqual(['acme-loyalty']);
  });

  it('reports and skips a corrupt record without touching it', async () => {
    await db.customApps.add({ id: 'broken', manifest: { id: 'broken', name: 'no' }, importedAt: 'x', schemaVersion: 1 });
    await addCustomApps(db, [manifest()]);
    const reports: string[] = [];
    expect((await readCustomApps(db, (where, problem) => reports.push(`${where}: ${problem}`))).map((a) => a.id)).toEqual(['acme-loyalty']);
    expect(reports).toEqual([expect.stringMatching(/^custom app record "broken": \$\.schemaVersion/)]);
    expect(await db.customApps.get('broken')).toBeDefined();
  });

  it('removes the app with its installations, leaving other apps installed', async () => {
    await ensureOrganization(db);
    await addCustomApps(db, [manifest()]);
    const { catalog } = composeCatalog(await readCustomApps(db), builtInCatalog);
    const storeId = (await loadOrganization(db)).stores[0]!.id;
    await installApp(db, catalog, storeId, 'acme-loyalty');
    const before = (await loadOrganization(db)).installations.length;
    await removeCustomApp(db, 'acme-loyalty');
    const after = await loadOrganization(db);
    expect(after.installations.some((i) => i.appId === 'acme-loyalty')).toBe(false);
    expect(after.installations.length).toBe(before - 1);
    expect(await readCustomApps(db)).toEqual([]);
  });
});
