import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';
import { getDb } from '../storage/db';
import { ensureOrganization, loadOrganization, saveAppSetup } from '../storage/orgRepo';
import { WRITE_CHUNK } from '../storage/importRepo';
import { putWorkflow, readWorkflows } from '../storage/workflowRepo';
import { exportDocument, exportWorkflows, importFile, importFiles, importText } from './transfer';
import { builtInCatalog } from '../domain/catalog/builtIn';

// A switch for one test: the first read of the stored ids is stale, as if another tab wrote meanwhile.
const race = vi.hoisted(() => ({ staleTargets: false }));
vi.mock('../storage/importRepo', async (importOriginal) => {
  const original = await importOriginal<typeof import('../storage/importRepo')>();
  return {
    ...original,
    readImportTargets: async (...args: Parameters<typeof original.readImportTargets>) => {
      if (race.staleTargets) {
        race.staleTargets = false;
        return { workflowIds: [], storeIds: [] };
      }
      return original.readImportTargets(...args);
    },
  };
});

const db = getDb();
const valid = readFileSync('test/fixtures/exports/valid.json', 'utf8');
const badContent = readFileSync('test/fixtures/exports/bad-content.json', 'utf8');

/** Every row of every table, to prove a failed import changed nothing. */
async function dump() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await ensureOrganization(db);
  race.staleTargets = false;
});

describe('importText', () => {
  it('adds the workflows of a valid export, turned off, with the new stores', async () => {
    const result = await importText(valid);
    expect(result).toEqual({
      ok: true,
      summary: { workflows: 2, stores: 2, copies: [], skippedStores: [] },
    });
    const workflows = await readWorkflows(db);
    expect(workflows.map((w) => w.id).sort()).toEqual(['wf-big-orders', 'wf-reviews']);
    expect(workflows.every((w) => !w.activation.on)).toBe(true);
    expect((await loadOrganization(db)).stores.map((s) => s.id)).toContain('store-eu');
  });

  it('imports a second time as copies, and skips the stores already here', async () => {
    await importText(valid);
    const again = await importText(valid);
    expect(again.ok && again.summary).toEqual({
      workflows: 2,
      stores: 0,
      copies: ['Track big orders in Klaviyo (imported)', 'Thank happy reviewers (imported)'],
      skippedStores: ['Acme DE', 'Acme EU'],
    });
    expect(await readWorkflows(db)).toHaveLength(4);
  });

  it('returns every problem with its path and changes nothing for a bad file', async () => {
    await putWorkflow(db, sampleWorkflow());
    const before = await dump();
    const result = await importText(badContent);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(3);
    expect(problems.every((p) => p.path.startsWith('$') && p.message.length > 0)).toBe(true);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^\$\.workflows\[0\]/)]));
    expect(await dump()).toEqual(before);
  });

  it('a workflow its schema refuses, found while earlier chunks are written: nothing imported, existing workflows untouched, its path and reason named', async () => {
    await putWorkflow(db, sampleWorkflow());
    const before = await dump();
    const workflows = Array.from({ length: 3 * WRITE_CHUNK }, (_, i) => ({ ...sampleWorkflow(), id: `wf-many-${i}`, name: `Many ${i}` }));
    workflows[2 * WRITE_CHUNK + 1] = { ...workflows[2 * WRITE_CHUNK + 1]!, name: '' };
    const saved: number[] = [];
    // How many records had been queued in the transaction when it was aborted.
    let refusedAfter = 0;
    const bulkAdd = db.workflows.bulkAdd.bind(db.workflows) as (records: readonly unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(db.workflows, 'bulkAdd').mockImplementation(((records: readonly unknown[]) => {
      refusedAfter += records.length;
      return bulkAdd(records);
    }) as never);
    const result = await importText(JSON.stringify({ format: 'flowbench', version: 2, workflows }), {
      onProgress: (p) => void (p.stage === 'saving' && saved.push(p.done)),
    });
    // Two chunks went into the transaction before the refusal aborted it (the first reported written
    // once the second's head is; the second's rest was still queued).
    expect(saved).toEqual([0]);
    expect(refusedAfter).toBe(2 * WRITE_CHUNK);
    spy.mockRestore();
    expect(result).toEqual({ ok: false, problems: [{ path: `$.workflows[${2 * WRITE_CHUNK + 1}].name`, message: expect.any(String) }] });
    expect(!result.ok && result.problems[0]!.message).toMatch(/name/i);
    expect(await dump()).toEqual(before);
  });

  it('says when the text is not JSON', async () => {
    const result = await importText('{ "format": "flowbench",, }');
    expect(result).toEqual({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/not JSON/) }] });
  });

  it('plans again when another tab added a clashing id meanwhile', async () => {
    await importText(valid);
    race.staleTargets = true; // the plan is made as if nothing were stored: every add would clash
    const result = await importText(valid);
    expect(result.ok && result.summary.copies).toHaveLength(2);
    expect(await readWorkflows(db)).toHaveLength(4);
  });
});

describe('importFile and importFiles', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const huge = { size: 6_000_000, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    const result = await importFile(huge);
    expect(result.ok === false && result.problems[0]?.message).toMatch(/too large/);
  });

  it('imports one dropped file, and refuses several at once', async () => {
    expect((await importFiles([new Blob([valid])])).ok).toBe(true);
    const two = await importFiles([new Blob([valid]), new Blob([valid])]);
    expect(two.ok === false && two.problems[0]?.message).toMatch(/one file at a time/);
  });
});

describe('exports', () => {
  it('exports everything with the organization setup and no secret', async () => {
    await saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { workspace: 'acme', botToken: 'xoxb-TOP-SECRET' });
    await putWorkflow(db, sampleWorkflow());
    const { fileName, text } = await exportWorkflows('all');
    expect(fileName).toBe('flowbench-export.json');
    expect(text).not.toContain('xoxb-TOP-SECRET');
    expect(text).not.toContain('botToken');
    const doc = JSON.parse(text);
    expect(doc.workflows.map((w: { id: string }) => w.id)).toEqual([sampleWorkflow().id]);
    expect(doc.organization.installations).toContainEqual(
      expect.objectContaining({ storeId: 'store-1', appId: 'slack', settings: { workspace: 'acme' } }),
    );
  });

  it('exports a selection that imports back', async () => {
    await importText(valid);
    const { fileName, text } = await exportWorkflows(['wf-reviews', 'wf-gone']);
    expect(fileName).toBe('flowbench-thank-happy-reviewers.json');
    expect(text.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(doc.organization).toBeUndefined();
    expect(doc.workflows.map((w: { id: string }) => w.id)).toEqual(['wf-reviews']);
    await expect(exportWorkflows(['wf-gone'])).rejects.toThrow('no longer exist');
  });

  it('exports an in-memory document as it is', async () => {
    const doc = { ...sampleWorkflow(), name: 'Unsaved edit' };
    const { fileName, text } = await exportDocument(doc);
    expect(fileName).toBe('flowbench-unsaved-edit.json');
    expect(JSON.parse(text).workflows[0].name).toBe('Unsaved edit');
  });
});
