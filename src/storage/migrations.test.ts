import { describe, expect, it } from 'vitest';
import { V1_RECORDS, createV1Database } from '../../test/fixtures/db/v1';
import { V2_RECORDS, createV2Database } from '../../test/fixtures/db/v2';
import { readCustomApps } from './customAppRepo';
import { readFaults } from './faultRepo';
import { FlowbenchDb } from './db';
import { loadOrganization, readSecrets } from './orgRepo';
import { readSetting } from './settingsRepo';
import { readWorkflow, saveWorkflow } from './workflowRepo';

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
    expect(wf).toEqual(V1_RECORDS.workflows[0]!.doc);
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
});
