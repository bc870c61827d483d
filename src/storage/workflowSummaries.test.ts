/**
 * The workflow list (the list fields on each workflow record, v9): every path that writes a
 * workflow keeps the list in step, the list is read a window at a time, and
 * searched by name and description without diacritics.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleWorkflow, sampleWorkflowJson } from '../../test/fixtures/sampleWorkflow';
import { createWorkflow } from '../domain/workflow/factory';
import type { Workflow } from '../domain/workflow/document';
import { matchesTerms, searchTerms, searchWords } from '../domain/text/searchKey';
import { FlowbenchDb } from './db';
import { commitImport } from './importRepo';
import { ensureOrganization, resetDemo, setFlowInstalled } from './orgRepo';
import { addWorkflow, deleteWorkflow, putWorkflow, readRevision, saveWorkflow, updateWorkflow, writeWorkflowDocs } from './workflowRepo';
import { readUnreadableWorkflows, readWorkflowIds, readWorkflowWindow, syncWorkflowIndex } from './workflowSummaries';

let db: FlowbenchDb;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function open(): Promise<FlowbenchDb> {
  db = new FlowbenchDb(`workflow-summaries-${++n}`);
  await db.open();
  return db;
}

/** The list as the page shows it: names, newest first. */
async function names(query = ''): Promise<string[]> {
  return (await readWorkflowWindow(db, query, 0, 1000)).rows.map((r) => r?.name ?? '(unreadable)');
}

const T = (minute: number) => `2026-12-01T08:${String(minute).padStart(2, '0')}:00.000Z`;
const named = (id: string, name: string, extra: Partial<Workflow> = {}): Workflow => ({ ...createWorkflow(name, id), ...extra });

describe('every write of a workflow keeps the list in step', () => {
  it('add (new, duplicate, template): listed with its trigger, activation and apps', async () => {
    await open();
    await addWorkflow(db, () => sampleWorkflow(), T(1));
    await addWorkflow(db, () => named('wf-b', 'Second'), T(2));
    const window = await readWorkflowWindow(db, '', 0, 10);
    expect(window.total).toBe(2);
    expect(window.rows.map((r) => r?.name)).toEqual(['Second', 'Thank happy reviewers']);
    expect(window.rows[1]).toEqual({
      id: 'wf-reviews',
      name: 'Thank happy reviewers',
      updatedAt: T(1),
      trigger: { app: 'loox', trigger: 'new-review' },
      activation: sampleWorkflow().activation,
      appIds: ['loox', 'slack', 'shopify'],
    });
    expect(window.rows[0]?.trigger).toBeNull();
  });

  it('save from the editor (saveWorkflow): new name and save time, moved to the top', async () => {
    await open();
    await addWorkflow(db, () => sampleWorkflow(), T(1));
    await addWorkflow(db, () => named('wf-b', 'Second'), T(2));
    expect(await saveWorkflow(db, { ...sampleWorkflow(), name: 'Renamed in editor' }, 1, T(3))).toEqual({ ok: true, revision: 2 });
    expect(await names()).toEqual(['Renamed in editor', 'Second']);
  });

  it('rename and turn on/off (updateWorkflow): on/off keeps its place', async () => {
    await open();
    await addWorkflow(db, () => sampleWorkflow(), T(1));
    await addWorkflow(db, () => named('wf-b', 'Second'), T(2));
    await updateWorkflow(db, 'wf-reviews', (wf) => ({ ...wf, activation: { ...wf.activation, on: true } }), { touch: false, now: T(3) });
    const rows = (await readWorkflowWindow(db, '', 0, 10)).rows;
    expect(rows.map((r) => [r?.name, r?.activation.on])).toEqual([
      ['Second', false],
      ['Thank happy reviewers', true],
    ]);
    await updateWorkflow(db, 'wf-reviews', (wf) => ({ ...wf, name: 'Renamed' }), { now: T(4) });
    expect(await names()).toEqual(['Renamed', 'Second']);
  });

  it('delete, then undo (putWorkflow with the old save time): back in its place', async () => {
    await open();
    await addWorkflow(db, () => sampleWorkflow(), T(1));
    await addWorkflow(db, () => named('wf-b', 'Second'), T(2));
    await deleteWorkflow(db, 'wf-reviews');
    expect(await names()).toEqual(['Second']);
    await putWorkflow(db, sampleWorkflow(), T(1));
    expect(await names()).toEqual(['Second', 'Thank happy reviewers']);
  });

  it('restore an earlier version (saveWorkflow with reason restore)', async () => {
    await open();
    await addWorkflow(db, () => sampleWorkflow(), T(1));
    await saveWorkflow(db, { ...sampleWorkflow(), name: 'Edited' }, 1, T(2));
    await saveWorkflow(db, sampleWorkflow(), await readRevision(db, 'wf-reviews'), T(3), 'restore');
    expect(await names()).toEqual(['Thank happy reviewers']);
  });

  it('import (commitImport): every imported workflow listed, and nothing when the import fails', async () => {
    await open();
    const workflows = Array.from({ length: 3 }, (_, i) => named(`wf-i${i}`, `Imported ${i}`));
    await commitImport(db, { workflows, stores: [], installations: [] }, T(5));
    expect(await names()).toEqual(['Imported 0', 'Imported 1', 'Imported 2']);
    // A clash aborts the whole transaction: neither the workflow nor its summary is written.
    await expect(commitImport(db, { workflows: [named('wf-new', 'New'), named('wf-i0', 'Clash')], stores: [], installations: [] }, T(6))).rejects.toThrow();
    expect(await names()).toEqual(['Imported 0', 'Imported 1', 'Imported 2']);
  });

  it('Reset demo: the old list is gone, the samples are listed', async () => {
    await open();
    await addWorkflow(db, () => named('wf-mine', 'Mine'), T(1));
    await resetDemo(db, [named('sample-1', 'Sample one')], T(2));
    expect(await names()).toEqual(['Sample one']);
  });

  it('removing Flow from a store (writeWorkflowDocs): the workflows show off there', async () => {
    await open();
    await ensureOrganization(db, T(0));
    const storeId = (await db.stores.toArray())[0]!.id;
    await addWorkflow(db, () => ({ ...sampleWorkflow(), activation: { on: true, scope: { kind: 'all' }, offInStores: [] } }), T(1));
    await setFlowInstalled(db, storeId, false);
    const row = (await readWorkflowWindow(db, '', 0, 10)).rows[0];
    expect(row?.activation.offInStores).toEqual([storeId]);
    await writeWorkflowDocs(db, [{ ...sampleWorkflow(), name: 'Bulk written' }], T(3));
    expect(await names()).toEqual(['Bulk written']);
  });
});

describe('reading the list', () => {
  it('reads any window of a long list, newest first, ties by name', async () => {
    await open();
    const workflows = Array.from({ length: 250 }, (_, i) => named(`wf-${i}`, `Workflow ${String(i).padStart(3, '0')}`));
    await commitImport(db, { workflows, stores: [], installations: [] }, T(1));
    await addWorkflow(db, () => named('wf-new', 'Newest'), T(2));
    const first = await readWorkflowWindow(db, '', 0, 3);
    expect([first.total, first.all]).toEqual([251, 251]);
    expect(first.rows.map((r) => r?.name)).toEqual(['Newest', 'Workflow 000', 'Workflow 001']);
    const last = await readWorkflowWindow(db, '', 248, 10);
    expect(last.rows.map((r) => r?.name)).toEqual(['Workflow 247', 'Workflow 248', 'Workflow 249']);
    expect((await readWorkflowWindow(db, '', 120, 2)).rows.map((r) => r?.name)).toEqual(['Workflow 119', 'Workflow 120']);
  });

  it('searches name and description, ignoring case and diacritics, every word of the query', async () => {
    await open();
    await addWorkflow(db, () => named('wf-1', 'Żółte zamówienia', { description: 'Oznacz duże zamówienia' }), T(1));
    await addWorkflow(db, () => named('wf-2', 'Tag big orders', { description: 'Over 100 zł' }), T(2));
    await addWorkflow(db, () => sampleWorkflow(), T(3));
    expect(await names('zolte')).toEqual(['Żółte zamówienia']);
    expect(await names('ZAMOWIENIA duze')).toEqual(['Żółte zamówienia']);
    expect(await names('zl')).toEqual(['Tag big orders']);
    expect(await names('slack team')).toEqual(['Thank happy reviewers']);
    expect(await names('nothing like it')).toEqual([]);
    // Each query word begins a word of the name or description; not any inner part of one.
    expect(await names('ord')).toEqual(['Thank happy reviewers', 'Tag big orders']);
    expect(await names('rders')).toEqual([]);
    const window = await readWorkflowWindow(db, 'ta', 1, 1);
    expect([window.total, window.all, window.rows.map((r) => r?.name)]).toEqual([2, 3, ['Tag big orders']]);
    expect(await readWorkflowIds(db, 'orders')).toEqual(['wf-2']);
    expect(await readWorkflowIds(db, '')).toEqual(['wf-reviews', 'wf-2', 'wf-1']);
  });
});

describe('searching many', () => {
  it('finds rare and common words among 1,501 workflows, in list order', async () => {
    await open();
    const workflows = Array.from({ length: 1_500 }, (_, i) => named(`wf-${i}`, `Order tagger ${String(i).padStart(5, '0')}`, { description: i % 2 ? 'odd' : 'even' }));
    await commitImport(db, { workflows, stores: [], installations: [] }, T(1));
    await addWorkflow(db, () => named('wf-new', 'Order tagger 00042 copy'), T(2));
    // "tagger" begins a word of all 1,501; "00042" of two.
    expect(await names('tagger 00042')).toEqual(['Order tagger 00042 copy', 'Order tagger 00042']);
    expect((await readWorkflowWindow(db, 'even tagger', 0, 2)).total).toBe(750);
    expect(await readWorkflowIds(db, 'odd 0000')).toEqual(['wf-1', 'wf-3', 'wf-5', 'wf-7', 'wf-9']);
    const scanned = await readWorkflowWindow(db, 'order', 1_499, 5);
    expect([scanned.total, scanned.rows.map((r) => r?.name)]).toEqual([1_501, ['Order tagger 01498', 'Order tagger 01499']]);
  });
});

describe('words held by more than LOOKUP_LIMIT workflows of an imported file', () => {
  /** Every workflow matching the query, in list order, found without the words index: the reference. */
  async function expected(query: string): Promise<string[]> {
    const terms = searchTerms(query);
    const records = new Map((await db.workflows.toArray()).map((r) => [r.id, r]));
    return (await readWorkflowIds(db, '')).filter((id) => {
      const doc = records.get(id)!.doc as Workflow;
      return matchesTerms(searchWords(`${doc.name}\n${doc.description}`), terms);
    });
  }

  const QUERIES = [
    'bulk', 'bul', 'b', 'workflow', 'work', 'w', 'workshop', 'bulk 42', '42', '4', 'bulk workflow 1049', 'workflow 7 bulk',
    'rare', 'rare bulk', 'shop', 'odd', 'odd bulk', 'even work', 'imported', 'bulk imported', 'nothing', 'bulkx', 'workflows', '',
  ];

  async function importLibrary(): Promise<void> {
    await open();
    // "bulk" and "workflow" begin words of all 1,050; "odd"/"even" of 525 each; the numbers of a few.
    const workflows = Array.from({ length: 1_050 }, (_, i) => named(`wf-${i}`, `Bulk workflow ${i}`, { description: i % 2 ? 'odd' : 'even' }));
    await addWorkflow(db, () => named('wf-shop', 'Workshop rare finds'), T(1));
    await commitImport(db, { workflows, stores: [], installations: [] }, T(2));
  }

  it('leaves those words out of the records\' words, and searches find exactly what they found with them', async () => {
    await importLibrary();
    expect(await db.workflows.where('words').equals('bulk').count()).toBe(0);
    expect(await db.workflows.where('words').equals('workflow').count()).toBe(0);
    expect(await db.workflows.where('words').equals('odd').count()).toBe(525);
    expect(await db.workflows.where('words').equals('workshop').count()).toBe(1);
    for (const query of QUERIES) expect(await readWorkflowIds(db, query), query).toEqual(await expected(query));
    expect(await names('bulk workflow 1049')).toEqual(['Bulk workflow 1049']);
    expect((await readWorkflowWindow(db, 'work', 0, 3)).total).toBe(1_051);
  });

  it('still finds exactly the same after a workflow is edited, another import holds the word rarely, and one is deleted', async () => {
    await importLibrary();
    expect(await saveWorkflow(db, { ...named('wf-7', 'Bulk workflow 7 renamed rare'), description: 'odd' }, 1, T(3))).toEqual({ ok: true, revision: 2 });
    await commitImport(db, { workflows: [named('wf-x', 'Bulk rare import'), named('wf-y', 'Workflow copy')], stores: [], installations: [] }, T(4));
    await deleteWorkflow(db, 'wf-9');
    for (const query of [...QUERIES, 'renamed', 'copy workflow', 'import']) expect(await readWorkflowIds(db, query), query).toEqual(await expected(query));
  });

  it('scans for every term when the stored list of left-out words cannot be read, and then leaves none out', async () => {
    await importLibrary();
    await db.settings.put({ key: 'workflowCommonWords', value: 'not a list', schemaVersion: 1, updatedAt: T(3) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const query of QUERIES) expect(await readWorkflowIds(db, query), query).toEqual(await expected(query));
    const more = Array.from({ length: 1_001 }, (_, i) => named(`wf-more-${i}`, `Bulk extra ${i}`));
    await commitImport(db, { workflows: more, stores: [], installations: [] }, T(4));
    expect(await db.workflows.where('words').equals('extra').count()).toBe(1_001);
    expect((await db.settings.get('workflowCommonWords'))?.value).toBe('not a list');
    for (const query of [...QUERIES, 'extra', 'extra 7']) expect(await readWorkflowIds(db, query), query).toEqual(await expected(query));
    warn.mockRestore();
  });
});

describe('a stored summary the list cannot read', () => {
  it('keeps its place as null and is reported, naming the place, before the read resolves', async () => {
    await open();
    await addWorkflow(db, () => named('wf-a', 'Alpha'), T(1));
    await addWorkflow(db, () => named('wf-b', 'Beta'), T(2));
    await addWorkflow(db, () => named('wf-c', 'Gamma'), T(3));
    await db.workflows.update('wf-b', { summary: { trigger: 7, activation: 'sometimes', appIds: [] } });
    await db.workflows.toCollection().modify((record) => {
      if (record.id === 'wf-c') Reflect.deleteProperty(record, 'updatedAt');
    });
    const reported: [string, string][] = [];
    const read = await readWorkflowWindow(db, '', 0, 10, (where, problem) => reported.push([where, problem]));
    expect(read.rows.map((r) => r?.id ?? null)).toEqual([null, null, 'wf-a']);
    expect(reported).toEqual([
      ['summary of workflow "wf-c"', 'no name or save time'],
      ['summary of workflow "wf-b"', expect.stringMatching(/^\$\.trigger: expected object, got number; \$\.activation: /)],
    ]);
  });
});

describe('syncWorkflowIndex (on open)', () => {
  it('summarizes workflows written without the list fields, lists unreadable ones apart, and keeps what the records hold', async () => {
    await open();
    await addWorkflow(db, () => named('wf-kept', 'Kept'), T(1));
    // Written by something other than the app: no list fields.
    const doc = sampleWorkflowJson();
    const pending = { id: doc.id, name: doc.name, updatedAt: T(2), revision: 4, doc, importVersion: { createdAt: T(2) }, schemaVersion: 1 as const };
    await db.workflows.put(pending);
    const broken = { ...sampleWorkflowJson(), id: 'wf-broken', steps: [{ ...sampleWorkflowJson().steps[0]!, position: { x: 'far', y: 0 } }] };
    await db.workflows.put({ id: 'wf-broken', name: 'Broken', updatedAt: T(3), revision: 1, doc: broken, schemaVersion: 1 });
    expect(await names()).toEqual(['Kept']);

    await syncWorkflowIndex(db);
    expect(await names()).toEqual(['Thank happy reviewers', 'Kept']);
    expect(await readUnreadableWorkflows(db)).toEqual([{ id: 'wf-broken', name: 'Broken', problem: expect.stringMatching(/^\$\.steps\[0\]\.position\.x: expected number/) }]);
    // The records keep their document, revision, save time and pending "Imported" version.
    expect(await db.workflows.get(doc.id)).toMatchObject(pending);
    expect((await db.workflows.get('wf-broken'))?.doc).toEqual(broken);
    // Deleting the unreadable one removes it from the list of unreadable ones.
    await deleteWorkflow(db, 'wf-broken');
    expect(await readUnreadableWorkflows(db)).toEqual([]);
  });

  it('runs when the database opens', async () => {
    await open();
    const doc = sampleWorkflowJson();
    await db.workflows.put({ id: doc.id, name: doc.name, updatedAt: T(2), revision: 1, doc, schemaVersion: 1 });
    db.close();
    db = new FlowbenchDb(db.name);
    await db.open();
    expect(await names()).toEqual(['Thank happy reviewers']);
  });
});
