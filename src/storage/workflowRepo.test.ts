/** Reading workflows stored by older Flowbench versions: positions from before they were bounded. */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleWorkflowJson } from '../../test/fixtures/sampleWorkflow';
import { MAX_COORDINATE, type Workflow } from '../domain/workflow/document';
import { FlowbenchDb } from './db';
import { listVersions } from './versionRepo';
import { readWorkflow, readWorkflowList, readWorkflowNames, saveWorkflow } from './workflowRepo';

let db: FlowbenchDb;
let n = 0;
afterEach(async () => {
  await db.delete();
});

/** A record as an older Flowbench stored it: positions were any finite number then. */
function farOffRecord() {
  const doc = sampleWorkflowJson();
  doc.steps[0]!.position = { x: 1.7e308, y: -1.7e308 };
  doc.steps[2]!.position = { x: -1.7e308, y: 1.7e308 };
  return { id: doc.id, name: doc.name, updatedAt: '2026-01-01T00:00:00.000Z', revision: 3, doc, schemaVersion: 1 as const };
}

describe('a stored workflow from before positions were bounded', () => {
  it('is read with its positions clamped onto the canvas, not skipped', async () => {
    db = new FlowbenchDb(`workflow-repo-${++n}`);
    await db.workflows.put(farOffRecord());
    const corrupt: string[] = [];
    const doc = await readWorkflow(db, 'wf-reviews', (where) => corrupt.push(where));
    expect(corrupt).toEqual([]);
    expect(doc?.steps[0]!.position).toEqual({ x: MAX_COORDINATE, y: -MAX_COORDINATE });
    expect(doc?.steps[2]!.position).toEqual({ x: -MAX_COORDINATE, y: MAX_COORDINATE });
    expect((await readWorkflowList(db)).map((w) => w.workflow.id)).toEqual(['wf-reviews']);
  });

  it('is saved again with the clamped positions, and its old versions still list', async () => {
    db = new FlowbenchDb(`workflow-repo-${++n}`);
    const record = farOffRecord();
    await db.workflows.put(record);
    await db.workflowVersions.add({ workflowId: record.id, createdAt: record.updatedAt, updatedAt: record.updatedAt, reason: 'edit', summary: 'Saved', doc: record.doc, schemaVersion: 1 });
    const doc = (await readWorkflow(db, 'wf-reviews'))!;
    const saved = await saveWorkflow(db, { ...doc, name: 'Renamed' }, 3, '2026-02-01T00:00:00.000Z');
    expect(saved).toEqual({ ok: true, revision: 4 });
    expect(((await db.workflows.get('wf-reviews'))!.doc as Workflow).steps[0]!.position).toEqual({ x: MAX_COORDINATE, y: -MAX_COORDINATE });
    const versions = await listVersions(db, 'wf-reviews');
    expect(versions).toHaveLength(2);
    expect(versions[1]!.doc.steps[2]!.position).toEqual({ x: -MAX_COORDINATE, y: MAX_COORDINATE });
  });
});

describe('a stored workflow that cannot be read', () => {
  it('is reported with its id and stored name, and left as it is', async () => {
    db = new FlowbenchDb(`workflow-repo-${++n}`);
    const record = farOffRecord();
    record.doc.steps[1]!.position = { x: 'far', y: 0 } as unknown as { x: number; y: number };
    await db.workflows.put(record);
    const reports: unknown[] = [];
    expect(await readWorkflowList(db, (where, problem, stored) => reports.push({ where, problem, stored }))).toEqual([]);
    expect(reports).toEqual([
      { where: 'workflow "wf-reviews"', problem: '$.steps[1].position.x: expected number, got string', stored: { id: 'wf-reviews', name: 'Thank happy reviewers' } },
    ]);
    expect(await db.workflows.get('wf-reviews')).toEqual(record);
  });
});

describe('the names of the stored workflows', () => {
  it('are read from the name index, by name then id', async () => {
    db = new FlowbenchDb(`workflow-repo-${++n}`);
    const record = (id: string, name: string) => ({ ...farOffRecord(), id, name, doc: { ...farOffRecord().doc, id, name } });
    await db.workflows.bulkPut([record('wf-b', 'Beta'), record('wf-a2', 'Alpha'), record('wf-a1', 'Alpha'), record('wf-c', 'Gamma')]);
    expect(await readWorkflowNames(db)).toEqual([
      { id: 'wf-a1', name: 'Alpha' },
      { id: 'wf-a2', name: 'Alpha' },
      { id: 'wf-b', name: 'Beta' },
      { id: 'wf-c', name: 'Gamma' },
    ]);
  });
});
