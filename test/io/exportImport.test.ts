/**
 * Export and import end to end, through IndexedDB (fake-indexeddb): the path
 * the app takes, crossing src/io (format, parse, plan) and src/storage
 * (commitImport, readExportSource). It lives in test/ because each of those
 * layers may only import the domain.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../src/io/exportFormat';
import { parseImport, planImport } from '../../src/io/importDocument';
import { FlowbenchDb } from '../../src/storage/db';
import { commitImport, readExportSource, readImportTargets } from '../../src/storage/importRepo';
import { ensureOrganization, saveAppSetup } from '../../src/storage/orgRepo';
import { readWorkflows } from '../../src/storage/workflowRepo';
import { organizationArb, workflowsArb } from '../fixtures/exportArbitraries';
import { sampleWorkflow } from '../fixtures/sampleWorkflow';
import { builtInCatalog } from '../../src/domain/catalog/builtIn';

const valid = readFileSync('test/fixtures/exports/valid.json', 'utf8');
let n = 0;
const open: FlowbenchDb[] = [];
function freshDb() {
  const db = new FlowbenchDb(`export-import-${++n}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** What the app does with a file: parse, plan against the stored ids, commit. */
async function importText(db: FlowbenchDb, text: string) {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const targets = await readImportTargets(db);
  const plan = planImport(parsed.value, targets.workflowIds, targets.storeIds);
  await commitImport(db, plan);
  return { ok: true as const, plan };
}

async function exportEverything(db: FlowbenchDb): Promise<string> {
  return serializeExport(buildExport({ ...(await readExportSource(db)), catalog: builtInCatalog }));
}

async function dump(db: FlowbenchDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('export → import → export', () => {
  it('is byte-identical through an empty database', async () => {
    const db = freshDb();
    expect((await importText(db, valid)).ok).toBe(true);
    expect(await exportEverything(db)).toBe(valid);
  });

  it('is byte-identical for any generated workflows and organization (imports arrive off)', async () => {
    await fc.assert(
      fc.asyncProperty(workflowsArb(3), organizationArb, async (workflows, { org }) => {
        const first = serializeExport(buildExport({ catalog: builtInCatalog, workflows, org }));
        const db = freshDb();
        const result = await importText(db, first);
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
        const off = workflows.map((w) => ({ ...w, activation: { ...w.activation, on: false } }));
        expect(await exportEverything(db)).toBe(serializeExport(buildExport({ catalog: builtInCatalog, workflows: off, org })));
        await db.delete();
      }),
      { numRuns: 25 },
    );
  });
});

describe('importing into a database with data', () => {
  it('never exports a secret set up in the organization', async () => {
    const db = freshDb();
    await ensureOrganization(db);
    await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: 'acme', botToken: 'xoxb-SECRET' });
    const text = await exportEverything(db);
    expect(text).toContain('"workspace": "acme"');
    expect(text).not.toContain('xoxb-SECRET');
    expect(text).not.toContain('botToken');
  });

  it('imports clashing workflows as copies, turned off, and leaves stored stores alone', async () => {
    const db = freshDb();
    await importText(db, valid);
    const on = serializeExport(buildExport({ catalog: builtInCatalog, workflows: [{ ...sampleWorkflow(), activation: { on: true, scope: { kind: 'all' }, offInStores: [] } }] }));
    const result = await importText(db, on);
    expect(result.ok && result.plan.copies.map((c) => c.name)).toEqual(['Thank happy reviewers (imported)']);
    const again = await importText(db, valid);
    expect(again.ok && again.plan.skippedStores.map((s) => s.id)).toEqual(['store-de', 'store-eu']);
    const stored = await readWorkflows(db);
    expect(stored).toHaveLength(5);
    expect(stored.every((w) => !w.activation.on)).toBe(true);
    expect(stored.filter((w) => w.name.endsWith(' (imported)'))).toHaveLength(3);
    expect(await db.stores.count()).toBe(2);
  });

  it('leaves the database unchanged when an import fails, at parse or at commit', async () => {
    const db = freshDb();
    await ensureOrganization(db);
    await importText(db, readFileSync('test/fixtures/exports/one-workflow.json', 'utf8'));
    const before = await dump(db);
    const bad = await importText(db, readFileSync('test/fixtures/exports/bad-content.json', 'utf8'));
    expect(bad.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
    // A plan made against stale ids (another tab imported meanwhile) fails as a whole at commit.
    const parsed = parseImport(valid);
    if (!parsed.ok) throw new Error('fixture');
    const stale = planImport(parsed.value, [], []);
    await expect(commitImport(db, stale)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
