import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';
import { findApp } from '../domain/catalog/catalog';
import { currentCatalog, ensureFullCatalog, setCustomApps } from './catalog';
import { getDb } from '../storage/db';
import { putWorkflow } from '../storage/workflowRepo';
import { importCustomAppText, refreshCustomApps, removeCustomApp, useStoredAppProblems, workflowsUsingApp } from './customApps';

const db = getDb();
const acme = readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8');

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  setCustomApps([]);
  await ensureFullCatalog();
});
afterEach(() => setCustomApps([]));

describe('importing a custom app', () => {
  it('stores the manifest and puts the app in the catalog at once', async () => {
    const result = await importCustomAppText(acme);
    expect(result.ok).toBe(true);
    expect(findApp(currentCatalog(), 'acme-loyalty')?.name.en).toBe('Acme Loyalty');
    expect(await db.customApps.count()).toBe(1);
  });

  it('refuses text that is not JSON or a manifest with problems, naming the place, and changes nothing', async () => {
    expect(await importCustomAppText('{ nope')).toEqual({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/^this is not JSON/) }] });
    const bad = JSON.parse(acme) as { actions: { inputs: { key: string }[] }[] };
    bad.actions[0]!.inputs[0]!.key = 'Member Email';
    const result = await importCustomAppText(JSON.stringify(bad));
    expect(result).toEqual({ ok: false, problems: [{ path: '$.actions[0].inputs[0].key', message: 'must be snake_case, like "review_rating"' }] });
    expect(await db.customApps.count()).toBe(0);
    expect(findApp(currentCatalog(), 'acme-loyalty')).toBeUndefined();
  });

  it('refuses a built-in id and a different manifest with a taken id', async () => {
    const asSlack = { ...(JSON.parse(acme) as object), id: 'slack' };
    const refused = await importCustomAppText(JSON.stringify(asSlack));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toEqual({ path: '$.id', message: expect.stringMatching(/built-in app Slack/) });
    await importCustomAppText(acme);
    const changed = { ...(JSON.parse(acme) as object), name: { en: 'Changed', pl: 'Zmieniona' } };
    const clash = await importCustomAppText(JSON.stringify(changed));
    expect(clash.ok).toBe(false);
    expect(findApp(currentCatalog(), 'acme-loyalty')?.name.en).toBe('Acme Loyalty');
  });

  it('removing names the workflows that use the app and leaves them unchanged', async () => {
    await importCustomAppText(acme);
    const wf = sampleWorkflow();
    const uses = { ...wf, id: 'uses', name: 'Points on join', steps: wf.steps.map((s) => (s.kind === 'trigger' ? { ...s, app: 'acme-loyalty', trigger: 'member-joined' } : s)) };
    await putWorkflow(db, uses);
    await putWorkflow(db, { ...wf, id: 'other', name: 'Other' });
    expect(await workflowsUsingApp('acme-loyalty')).toEqual(['Points on join']);
    await removeCustomApp('acme-loyalty');
    expect(findApp(currentCatalog(), 'acme-loyalty')).toBeUndefined();
    expect((await db.workflows.get('uses'))?.doc).toEqual(uses);
  });
});

describe('stored custom apps that cannot be used', () => {
  it('are listed by id and stored name with why, whether unreadable or clashing with a built-in app, and can be removed', async () => {
    const broken = JSON.parse(acme) as { id: string; setup: { fields: { key: string }[] } };
    broken.id = 'broken-app';
    broken.setup.fields[0]!.key = 'program name';
    await db.customApps.add({ id: 'broken-app', manifest: broken, importedAt: 'x', schemaVersion: 1 });
    // Stored by an older Flowbench before "slack" was built in, say: the record is fine, the id is taken now.
    await db.customApps.add({ id: 'slack', manifest: { ...(JSON.parse(acme) as object), id: 'slack' }, importedAt: 'x', schemaVersion: 1 });
    await refreshCustomApps();
    expect(useStoredAppProblems.getState().problems).toEqual([
      { id: 'broken-app', name: 'Acme Loyalty', problem: expect.stringMatching(/^\$\.setup\.fields\[0\]\.key: /) },
      { id: 'slack', name: 'Acme Loyalty', problem: 'its id is the id of the built-in app Slack' },
    ]);
    expect(findApp(currentCatalog(), 'slack')?.name.en).toBe('Slack');

    await removeCustomApp('broken-app');
    await removeCustomApp('slack');
    expect(useStoredAppProblems.getState().problems).toEqual([]);
    expect(await db.customApps.count()).toBe(0);
  });
});

describe('custom apps through export and import', () => {
  it('an export of a workflow using the app imports on a fresh database with the app; a clash imports nothing', async () => {
    const { importText } = await import('./transfer');
    const { buildExport, serializeExport } = await import('../io/exportFormat');
    await importCustomAppText(acme);
    const wf = sampleWorkflow();
    const uses = { ...wf, id: 'uses', steps: wf.steps.map((s) => (s.kind === 'trigger' ? { ...s, app: 'acme-loyalty', trigger: 'member-joined' } : s)) };
    const text = serializeExport(buildExport({ workflows: [uses], catalog: currentCatalog() }));
    expect(text).toContain('"customApps"');

    // "Another machine": nothing stored, the app unknown.
    await Promise.all(db.tables.map((t) => t.clear()));
    setCustomApps([]);
    const imported = await importText(text);
    expect(imported.ok).toBe(true);
    expect(findApp(currentCatalog(), 'acme-loyalty')?.name.en).toBe('Acme Loyalty');
    expect(await db.workflows.count()).toBe(1);

    // A third machine has a different app under the same id: nothing is imported.
    await Promise.all(db.tables.map((t) => t.clear()));
    setCustomApps([]);
    await importCustomAppText(JSON.stringify({ ...(JSON.parse(acme) as object), name: { en: 'Acme Points', pl: 'Punkty Acme' } }));
    const refused = await importText(text);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.message).toMatch(/"acme-loyalty" \(Acme Points\) is already imported/);
    expect(await db.workflows.count()).toBe(0);
    expect(findApp(currentCatalog(), 'acme-loyalty')?.name.en).toBe('Acme Points');
  });
});
