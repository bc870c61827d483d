import { afterEach, describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';
import type { Installation, Store } from '../domain/org/organization';
import { FlowbenchDb } from './db';
import { ImportRefused, WRITE_CHUNK, commitImport, readExportSource, readImportTargets, type ImportBatch } from './importRepo';
import { ensureOrganization, loadOrganization, saveAppSetup } from './orgRepo';
import { listVersions } from './versionRepo';
import { deleteWorkflow, putWorkflow, readWorkflow, readWorkflows, saveWorkflow, updateWorkflow, writeWorkflowDocs } from './workflowRepo';
import { builtInCatalog } from '../domain/catalog/builtIn';

let db: FlowbenchDb;
let n = 0;
afterEach(async () => {
  await db.delete();
});

const NOW = '2026-12-01T08:00:00.000Z';
const store: Store = { id: 'store-new', name: 'New store', flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' };
const installation: Installation = {
  storeId: 'store-new',
  appId: 'slack',
  installedAt: '2026-01-02T00:00:00.000Z',
  settings: { workspace: 'acme' },
  // A batch must not be able to claim secrets it does not bring.
  secretsSet: ['botToken'],
};
const batch = (over: Partial<ImportBatch> = {}): ImportBatch => ({
  workflows: [{ ...sampleWorkflow(), id: 'wf-imported' }],
  stores: [store],
  installations: [installation],
  ...over,
});

/** Every row of every table, to prove a failed import changed nothing. */
async function dump(d: FlowbenchDb) {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('commitImport', () => {
  it('writes workflows with an "Imported" version, stores and installations (without secrets) in one go', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    await commitImport(db, { ...batch(), organizationName: 'Acme' }, NOW);
    expect((await readWorkflows(db)).map((w) => w.id)).toEqual(['wf-imported']);
    expect((await db.workflows.get('wf-imported'))?.revision).toBe(1);
    const versions = await listVersions(db, 'wf-imported');
    expect(versions.map((v) => [v.reason, v.summary, v.createdAt])).toEqual([['import', 'Imported', NOW]]);
    const org = await loadOrganization(db);
    expect(org.name).toBe('Acme');
    expect(org.stores).toEqual([store]);
    expect(org.installations).toEqual([{ ...installation, secretsSet: [] }]);
  });

  it('writes one record per workflow: the "Imported" version is the record until its first change, then a version of its own', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    const imported = { ...sampleWorkflow(), id: 'wf-imported' };
    await commitImport(db, batch(), NOW);
    expect(await db.workflowVersions.count()).toBe(0);
    expect((await listVersions(db, 'wf-imported')).map((v) => [v.reason, v.doc])).toEqual([['import', imported]]);

    // The first save writes the imported document as its version, then the edit's.
    expect(await saveWorkflow(db, { ...imported, name: 'Edited' }, 1, '2026-12-01T09:00:00.000Z')).toEqual({ ok: true, revision: 2 });
    const versions = await listVersions(db, 'wf-imported');
    expect(versions.map((v) => [v.reason, v.summary, v.doc.name])).toEqual([
      ['edit', 'renamed to “Edited”', 'Edited'],
      ['import', 'Imported', imported.name],
    ]);
    expect(versions[1]!.createdAt).toBe(NOW);
    expect(versions[1]!.seq).toBeGreaterThan(0);
    expect((await db.workflows.get('wf-imported'))?.importVersion).toBeUndefined();
  });

  it('keeps the "Imported" version through every other write: turn on, a bulk write, delete and undo', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    const imported = (i: number) => ({ ...sampleWorkflow(), id: `wf-${i}`, name: `Imported ${i}` });
    await commitImport(db, { workflows: [imported(1), imported(2), imported(3)], stores: [], installations: [] }, NOW);
    await updateWorkflow(db, 'wf-1', (wf) => ({ ...wf, activation: { ...wf.activation, on: true } }), { touch: false, version: 'on' });
    await writeWorkflowDocs(db, [{ ...imported(2), description: 'Changed in bulk' }]);
    const deleted = (await readWorkflow(db, 'wf-3'))!;
    await deleteWorkflow(db, 'wf-3');
    await putWorkflow(db, deleted, NOW);
    expect((await listVersions(db, 'wf-1')).map((v) => [v.reason, v.doc.activation.on])).toEqual([
      ['on', true],
      ['import', false],
    ]);
    for (const id of ['wf-2', 'wf-3']) {
      expect((await listVersions(db, id)).map((v) => [v.reason, v.doc.description])).toEqual([['import', imported(1).description]]);
    }
  });

  it('keeps the name of an organization that already exists', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    await ensureOrganization(db, NOW);
    await commitImport(db, { ...batch(), organizationName: 'Someone else' }, NOW);
    expect((await loadOrganization(db)).name).toBe('Demo organization');
  });

  it('writes nothing when any record clashes: the transaction is all or nothing', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    await ensureOrganization(db, NOW);
    await putWorkflow(db, sampleWorkflow(), NOW);
    const before = await dump(db);
    // The store and installation are new; the workflow's id exists (e.g. it appeared since the plan was made).
    await expect(commitImport(db, batch({ workflows: [{ ...sampleWorkflow(), name: 'Theirs' }] }), NOW)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
    // A clash on a stored store id.
    await expect(
      commitImport(db, batch({ stores: [{ ...store, id: 'store-1' }], installations: [] }), NOW),
    ).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing when a record deep in a large batch clashes, whichever part of its chunk it is in, and says ConstraintError', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    await ensureOrganization(db, NOW);
    for (const clash of [WRITE_CHUNK + 3, 2 * WRITE_CHUNK + 100, 3 * WRITE_CHUNK - 1]) {
      await putWorkflow(db, { ...sampleWorkflow(), id: `wf-${clash}` }, NOW);
      const before = await dump(db);
      const workflows = Array.from({ length: 3 * WRITE_CHUNK }, (_, i) => ({ ...sampleWorkflow(), id: `wf-${i}`, name: `Many ${i}` }));
      const failure = await commitImport(db, batch({ workflows }), NOW).then(() => undefined, (error: unknown) => error);
      // The caller plans again only after a clash (state/transfer.ts): the error must say so.
      const names = [failure instanceof Error && failure.name, (failure as { inner?: Error }).inner?.name, ...((failure as { failures?: Error[] }).failures ?? []).map((f) => f.name)];
      expect(names, String(clash)).toContain('ConstraintError');
      expect(await dump(db)).toEqual(before);
      await deleteWorkflow(db, `wf-${clash}`);
    }
  });

  it('refuses a batch with an invalid record before writing anything', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    const before = await dump(db);
    const broken = { ...sampleWorkflow(), id: 'wf-x', links: [{ from: 't', port: 'next' as const, to: 'missing' }] };
    await expect(commitImport(db, batch({ workflows: [broken] }), NOW)).rejects.toBeInstanceOf(ImportRefused);
    await expect(commitImport(db, batch({ workflows: [broken] }), NOW)).rejects.toThrow(
      /workflow "wf-x": \$\.links\[0\]\.to: links to a step that does not exist/,
    );
    expect(await dump(db)).toEqual(before);
  });
});

describe('reading for export', () => {
  it('reads workflows and the organization, whose installations hold no secret value', async () => {
    db = new FlowbenchDb(`import-${++n}`);
    await ensureOrganization(db, NOW);
    await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: 'acme', botToken: 'xoxb-SECRET' });
    await putWorkflow(db, sampleWorkflow(), NOW);
    const source = await readExportSource(db);
    expect(source.workflows.map((w) => w.id)).toEqual(['wf-reviews']);
    expect(source.org.stores).toHaveLength(4);
    expect(JSON.stringify(source)).not.toContain('xoxb-SECRET');
    expect(await readImportTargets(db)).toEqual({
      workflowIds: ['wf-reviews'],
      storeIds: ['store-1', 'store-2', 'store-3', 'store-4'],
    });
  });
});
