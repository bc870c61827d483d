import { describe, expect, it } from 'vitest';
import { V1_RECORDS, createV1Database } from '../../test/fixtures/db/v1';
import { V2_RECORDS, createV2Database } from '../../test/fixtures/db/v2';
import { readCustomApps } from './customAppRepo';
import { readFaults } from './faultRepo';
import { FlowbenchDb } from './db';
import { loadOrganization, readSecrets } from './orgRepo';
import { readSetting } from './settingsRepo';
import { readWorkflow, readWorkflows, saveWorkflow } from './workflowRepo';
import { V3_RECORDS, V3_SCHEDULED_DOC, createV3Database } from '../../test/fixtures/db/v3';
import { WORKFLOW_SCHEMA_VERSION } from '../domain/workflow/document';
import { listVersions } from './versionRepo';
import { queryRuns, readRun, readRunWindow } from './runRepo';
import { V4_RECORDS, createV4Database } from '../../test/fixtures/db/v4';
import { V5_RECORDS, createV5Database } from '../../test/fixtures/db/v5';
import { readUnreadableWorkflows, readWorkflowWindow } from './workflowSummaries';
import { V5_RECORDS as V5_RUN_RECORDS, V5_REVIEW_DOC, V5_RUNS, createV5RunsDatabase } from '../../test/fixtures/db/v5runs';
import { V7_EDITED_DOC, V7_IMPORTED_DOC, V7_RECORDS, createV7Database } from '../../test/fixtures/db/v7';
import { readWorkflowNames } from './workflowNames';
import { V9_RECORDS, createV9Database } from '../../test/fixtures/db/v9';
import { clearSandbox, readSandboxRows } from './sandboxRepo';
import { ensureStoreData, seedStoreData } from './storeDataRepo';

describe('migrations', () => {
  it('v1 → current: a filled version-1 database keeps every record, readable by the current code', async () => {
    const name = 'migration-v1';
    await createV1Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);

    for (const [table, rows] of Object.entries(V1_RECORDS)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    expect(await readSetting(db, 'theme')).toBe('dark');
    const org = await loadOrganization(db);
    expect(org.name).toBe('Acme group');
    expect(org.stores.map((s) => s.name).sort()).toEqual(['Berlin', 'Warsaw']);
    expect(org.installations).toHaveLength(2);
    expect(await readSecrets(db, 'store-1', 'slack')).toEqual({ botToken: 'xoxb-fixture' });

    const wf = await readWorkflow(db, 'wf-1');
    // Read as the current document version (migrated on read; nothing else in it changes; it has no sticky notes).
    expect(wf).toEqual({ ...V1_RECORDS.workflows[0]!.doc, schemaVersion: WORKFLOW_SCHEMA_VERSION, notes: [] });
    // v2 gave every workflow a revision, so a revision-checked save works on migrated records.
    expect((await db.workflows.get('wf-1'))?.revision).toBe(1);
    expect(await saveWorkflow(db, { ...wf!, name: 'Edited after migration' }, 1)).toEqual({ ok: true, revision: 2 });
    db.close();
    await db.delete();
  });

  it('v2 → current: a filled version-2 database keeps every record and gains an empty custom apps table', async () => {
    const name = 'migration-v2';
    await createV2Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    for (const [table, rows] of Object.entries(V2_RECORDS)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    expect((await db.workflows.get('wf-1'))?.revision).toBe(3);
    expect(await readCustomApps(db)).toEqual([]);
    expect((await readFaults(db)).map((f) => f.config)).toEqual([{ mode: 'always', status: 503 }]);
    expect((await loadOrganization(db)).installations).toHaveLength(2);
    db.close();
    await db.delete();
  });

  it('v3 → current: stores get the UTC zone they always ran in; workflows, their history and run records read as schema version 2', async () => {
    const name = 'migration-v3';
    await createV3Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    for (const [table, rows] of Object.entries(V3_RECORDS)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    expect((await loadOrganization(db)).stores.map((s) => [s.name, s.timeZone])).toEqual([
      ['Berlin', 'UTC'],
      ['Warsaw', 'UTC'],
    ]);
    const schedule = 'DTSTART;TZID=UTC:20261201T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO';
    const expected = { ...V3_SCHEDULED_DOC, schemaVersion: 2, steps: [{ ...V3_SCHEDULED_DOC.steps[0], schedule }, V3_SCHEDULED_DOC.steps[1]], notes: [] };
    const problems: string[] = [];
    const report = (where: string, problem: string) => problems.push(`${where}: ${problem}`);
    expect(await readWorkflow(db, 'wf-night', report)).toEqual(expected);
    expect((await readWorkflows(db, report)).map((w) => w.schemaVersion)).toEqual([2, 2]);
    expect((await listVersions(db, 'wf-night')).map((v) => v.doc)).toEqual([expected]);
    expect((await readRun(db, 'run-1', report))?.workflow).toEqual(expected);
    expect(problems).toEqual([]);
    // The stored records themselves are left as they were until they are saved again.
    expect((await db.workflows.get('wf-night'))?.doc).toEqual(V3_SCHEDULED_DOC);
    expect(await saveWorkflow(db, { ...expected, name: 'Saved as v2' } as never, 2)).toEqual({ ok: true, revision: 3 });
    expect(((await db.workflows.get('wf-night'))?.doc as { schemaVersion: number }).schemaVersion).toBe(2);
    db.close();
    await db.delete();
  });

  it('v4 → current: every run keeps its record and is in the list indexes, one written without a write order as the older of a tie', async () => {
    const name = 'migration-v4';
    await createV4Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    for (const [table, rows] of Object.entries(V4_RECORDS)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    expect((await db.runs.get('run-2'))?.seq).toBe(0);
    const window = await readRunWindow(db, {}, 0, 10);
    expect(window.total).toBe(2);
    expect(window.runs.map((r) => r?.id)).toEqual(['run-2', 'run-1']);
    expect((await readRunWindow(db, { workflowId: 'wf-night', storeId: 'store-1', status: 'succeeded' }, 0, 10)).total).toBe(2);
    db.close();
    await db.delete();
  });

  it('v5 → current: every stored workflow is listed from its summary (newest first, searchable), an unreadable one apart', async () => {
    const name = 'migration-v5';
    await createV5Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    for (const [table, rows] of Object.entries(V5_RECORDS)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    const list = await readWorkflowWindow(db, '', 0, 10);
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => [r?.id, r?.name, r?.updatedAt])).toEqual([
      ['wf-pl', 'Żółte zamówienia', '2026-12-05T10:00:00.000Z'],
      ['wf-night', 'Nightly tag', '2026-12-01T08:00:00.000Z'],
      ['wf-1', 'Tag paid orders', '2026-11-01T09:00:00.000Z'],
    ]);
    // Summaries of documents stored at schema version 1 are built from the migrated document.
    expect(list.rows[1]).toMatchObject({ trigger: { app: 'shopify', trigger: 'scheduled-time' }, activation: { on: true }, appIds: ['shopify'] });
    expect((await readWorkflowWindow(db, 'zolte', 0, 10)).rows.map((r) => r?.id)).toEqual(['wf-pl']);
    expect((await readWorkflowWindow(db, 'DUZE', 0, 10)).rows.map((r) => r?.id)).toEqual(['wf-pl']);
    expect(await readUnreadableWorkflows(db)).toEqual([{ id: 'wf-bad', name: 'Broken', problem: expect.stringContaining('$.steps') }]);
    // The documents themselves are left as they were (the records gain the list's fields, v9).
    expect(await db.workflows.get('wf-night')).toEqual({ ...V5_RECORDS.workflows.find((w) => w.id === 'wf-night'), rank: expect.any(Number), search: 'nightly tag', words: ['nightly', 'tag'], summary: expect.any(Object) });
    db.close();
    await db.delete();
  });

  it('v5 → current: run records are stored split (one workflow version, each object once) and read exactly as they were', async () => {
    const name = 'migration-v5-runs';
    await createV5RunsDatabase(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.runs.count()).toBe(V5_RUN_RECORDS.runs.length);
    const problems: string[] = [];
    const report = (where: string, problem: string) => problems.push(`${where}: ${problem}`);
    // Every run reads as the record it was (the v3 one with its workflow migrated on read, as before).
    for (const run of V5_RUNS) expect(await readRun(db, run.id, report)).toEqual(run);
    expect((await readRun(db, 'run-1', report))?.workflow).toMatchObject({ id: 'wf-night', schemaVersion: 2 });
    // The review runs share one workflow version and one product; each has its own customer.
    const stored = (await db.runs.get('run-r1'))!;
    expect(stored.schemaVersion).toBe(2);
    expect(stored.record).not.toHaveProperty('workflow');
    expect(JSON.stringify(stored.record).length).toBeLessThan(JSON.stringify(V5_RUNS[0]).length * 0.75);
    expect((await db.runWorkflows.toArray()).map((w) => [w.workflowId, w.doc === undefined])).toEqual(
      expect.arrayContaining([
        ['wf-reviews', false],
        ['wf-night', false],
      ]),
    );
    expect((await db.runWorkflows.toArray()).filter((w) => w.workflowId === 'wf-reviews').map((w) => w.doc)).toEqual([V5_REVIEW_DOC]);
    expect((await db.runObjects.toArray()).map((o) => o.key.split('#')[0]).sort()).toEqual(['customer', 'customer', 'product']);
    // The list reads them through the compound indexes (the single-field ones are gone in v7).
    const window = await readRunWindow(db, { workflowId: 'wf-reviews' }, 0, 10, report);
    expect(window.runs).toEqual([V5_RUNS[1], V5_RUNS[0]]);
    expect((await queryRuns(db, { storeId: 'store-1' }, 10, report)).map((r) => r.id)).toEqual(['run-r2', 'run-r1', 'run-2', 'run-1']);
    expect(problems).toEqual([]);
    db.close();
    await db.delete();
  });

  it('v7 → current: each workflow record carries its list summary (one record per workflow), every workflow kept and listed, the summary table gone', async () => {
    const name = 'migration-v7';
    await createV7Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(db.backendDB().objectStoreNames.contains('workflowIndex')).toBe(false);
    expect([...db.backendDB().transaction('workflows').objectStore('workflows').indexNames].sort()).toEqual(['[rank+search]', 'name', 'problem', 'words']);
    // Every record keeps what it held (document, revision, save time, pending "Imported" version).
    for (const record of V7_RECORDS.workflows) expect(await db.workflows.get(record.id)).toMatchObject(record);
    // The summaries moved onto the records as they were; the one of an older save was rebuilt from the document when the database opened.
    expect(await db.workflows.get('wf-imported')).toMatchObject({ search: 'zolte zamowienia\noznacz duze zamowienia', words: ['zolte', 'zamowienia', 'oznacz', 'duze'] });
    const list = await readWorkflowWindow(db, '', 0, 10);
    expect([list.total, list.all]).toEqual([4, 4]);
    expect(list.rows.map((r) => [r?.id, r?.name, r?.updatedAt])).toEqual([
      ['wf-renamed', 'New name', '2026-12-06T12:00:00.000Z'],
      ['wf-imported', 'Żółte zamówienia', '2026-12-06T11:00:00.000Z'],
      ['wf-edited', 'Tag paid orders', '2026-12-06T10:00:00.000Z'],
      ['wf-plain', 'Written elsewhere', '2026-12-06T09:00:00.000Z'],
    ]);
    expect(list.rows[2]).toMatchObject({ trigger: { app: 'shopify', trigger: 'order-created' }, activation: { on: true }, appIds: ['shopify'] });
    expect((await readWorkflowWindow(db, 'DUZE', 0, 10)).rows.map((r) => r?.id)).toEqual(['wf-imported']);
    expect((await readWorkflowWindow(db, 'old name', 0, 10)).total).toBe(0);
    expect((await readWorkflowWindow(db, 'new', 0, 10)).rows.map((r) => r?.id)).toEqual(['wf-renamed']);
    expect((await readWorkflowWindow(db, 'elsewhere', 0, 10)).rows.map((r) => r?.id)).toEqual(['wf-plain']);
    expect(await readUnreadableWorkflows(db)).toEqual([{ id: 'wf-bad', name: 'Broken', problem: '$.steps: expected array, received string' }]);
    expect((await readWorkflowNames(db)).map((w) => w.name)).toEqual(['Broken', 'New name', 'Tag paid orders', 'Written elsewhere', 'Żółte zamówienia']);
    // Versions, the imported one's from its record, the editor's load and save, and the export's read.
    expect((await listVersions(db, 'wf-imported')).map((v) => [v.reason, v.doc])).toEqual([['import', V7_IMPORTED_DOC]]);
    expect((await listVersions(db, 'wf-edited')).map((v) => v.reason)).toEqual(['edit', 'create']);
    expect(await readWorkflow(db, 'wf-edited')).toEqual(V7_EDITED_DOC);
    expect((await readWorkflows(db)).map((w) => w.id)).toEqual(['wf-renamed', 'wf-imported', 'wf-edited', 'wf-plain']);
    expect(await saveWorkflow(db, { ...V7_IMPORTED_DOC, name: 'Saved after v9' } as never, 1, '2026-12-07T10:00:00.000Z')).toEqual({ ok: true, revision: 2 });
    expect((await readWorkflowWindow(db, 'saved', 0, 10)).rows.map((r) => [r?.id, r?.name])).toEqual([['wf-imported', 'Saved after v9']]);
    expect((await listVersions(db, 'wf-imported')).map((v) => v.reason)).toEqual(['edit', 'import']);
    db.close();
    await db.delete();
  });

  it('v9 → current: the sandbox and faults lose the indexes their key already begins with; each store reads its own rows and faults, runs read', async () => {
    const name = 'migration-v9';
    await createV9Database(name);
    const db = new FlowbenchDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    const indexNames = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames];
    expect(indexNames('sandbox')).toEqual([]);
    expect(indexNames('faults')).toEqual([]);
    for (const [table, rows] of Object.entries(V9_RECORDS)) expect(await db.table(table).count(), table).toBe(rows.length);
    // `store-1` is a prefix of `store-10` as text: the key ranges keep them apart.
    const rowsOf = async (storeId: string) => (await readSandboxRows(db, storeId)).map((r) => `${r.appId}/${r.collection}/${r.id}`);
    expect(await rowsOf('store-1')).toEqual(['shopify/customers/101', 'shopify/order-tags/5001', 'slack/messages/1']);
    expect(await rowsOf('store-10')).toEqual(['shopify/customers/201', 'slack/messages/1']);
    expect(await readSandboxRows(db)).toHaveLength(5);
    expect((await readFaults(db, 'store-1')).map((f) => f.config)).toEqual([{ mode: 'always' }]);
    expect((await readFaults(db, 'store-10')).map((f) => f.config)).toEqual([{ mode: 'transient', failures: 2 }]);
    expect(await readFaults(db)).toHaveLength(2);
    // Both stores have readable store data: nothing is seeded again.
    expect(await ensureStoreData(db, '2026-12-08T00:00:00.000Z')).toEqual([]);
    // Reset sandbox of store-1 keeps its store data and store-10's rows.
    await clearSandbox(db, 'store-1');
    expect(await rowsOf('store-1')).toEqual(['shopify/customers/101']);
    expect(await rowsOf('store-10')).toEqual(['shopify/customers/201', 'slack/messages/1']);
    // Seeding store-1 again replaces only its store data.
    await seedStoreData(db, 'store-1', '2026-12-08T00:00:00.000Z');
    expect((await rowsOf('store-1')).includes('shopify/customers/101')).toBe(false);
    expect(await rowsOf('store-10')).toEqual(['shopify/customers/201', 'slack/messages/1']);
    // The runs read as they were.
    for (const row of V9_RECORDS.runs) expect((await readRun(db, row.id))?.id).toBe(row.id);
    expect((await readRunWindow(db, {}, 0, 10)).total).toBe(V9_RECORDS.runs.length);
    db.close();
    await db.delete();
  });
});
