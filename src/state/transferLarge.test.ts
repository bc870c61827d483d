/**
 * Importing a file of 10,000 workflows: its workflows checked a chunk at a
 * time while the chunk before is written, with progress reported chunk by
 * chunk; all or nothing when the last record is bad (the write is aborted and
 * the whole file then checked in slices, with progress, to list the
 * problems); and a cancel, while saving or while that check runs, leaves the
 * stored data exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkflow, triggerStep } from '../domain/workflow/factory';
import { getDb } from '../storage/db';
import { WRITE_CHUNK } from '../storage/importRepo';
import { ensureOrganization } from '../storage/orgRepo';
import { listVersions } from '../storage/versionRepo';
import { type ImportProgress, SLICE_MS, importText } from './transfer';

const db = getDb();
const COUNT = 10_000;

function exportText(edit?: (workflows: Record<string, unknown>[]) => void): string {
  const workflows: Record<string, unknown>[] = Array.from({ length: COUNT }, (_, i) => ({
    ...createWorkflow(`Imported ${i}`, `wf-imp-${i}`),
    steps: [triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't')],
  }));
  edit?.(workflows);
  return JSON.stringify({ format: 'flowbench', version: 2, workflows });
}

async function dump() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await ensureOrganization(db);
  // A clock that moves one ms per reading: the check yields after every SLICE_MS readings, whatever the machine.
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now++);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('importing 10,000 workflows', () => {
  it('checks each chunk while the one before is saved, reporting progress per chunk, and adds every workflow with its version', async () => {
    const progress: ImportProgress[] = [];
    const result = await importText(exportText(), { onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ ok: true, summary: { workflows: COUNT, stores: 0, copies: [], skippedStores: [] } });
    // The file passed every check but the workflows' schema at once; the workflows are checked as they are written.
    expect(progress.filter((p) => p.stage === 'checking')).toEqual([]);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: COUNT / WRITE_CHUNK + 1 }, (_, i) => i * WRITE_CHUNK));
    expect(progress.every((p) => p.stage === 'saving' && p.total === COUNT)).toBe(true);
    expect(await db.workflows.count()).toBe(COUNT);
    // Each in the list (one record per workflow, with the list's fields: v9).
    expect(await db.workflows.orderBy('[rank+search]').count()).toBe(COUNT);
    // Each record stands as its workflow's "Imported" version until first changed (importVersion, storage/db.ts).
    expect(await listVersions(db, 'wf-imp-9999')).toEqual([
      expect.objectContaining({ reason: 'import', summary: 'Imported', doc: expect.objectContaining({ id: 'wf-imp-9999', name: 'Imported 9999' }) }),
    ]);
  });

  it('refuses the whole file when the workflow at index 9,999 is bad, naming its path, and writes nothing', async () => {
    const before = await dump();
    const progress: ImportProgress[] = [];
    const result = await importText(badLast(), { onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.workflows[9999].activation.on']);
    expect(await dump()).toEqual(before);
    // The chunks were written in the transaction until the last one's check (made while the two before
    // were being written) refused it; the transaction was aborted, then the check in slices listed the problem.
    const saving = progress.filter((p) => p.stage === 'saving');
    expect(saving.at(-1)!.done).toBe(COUNT - 3 * WRITE_CHUNK);
    const checking = progress.filter((p) => p.stage === 'checking');
    expect(checking.length).toBeGreaterThan(COUNT / (SLICE_MS * 2));
    expect(checking.every((p, i) => p.total === COUNT && (i === 0 || p.done > checking[i - 1]!.done))).toBe(true);
    expect(progress.indexOf(checking[0]!)).toBeGreaterThan(progress.indexOf(saving.at(-1)!));
  });

  it('a cancel while saving, or while the check of a refused file runs, imports nothing', async () => {
    const before = await dump();
    for (const [stage, text] of [['saving', exportText()], ['checking', badLast()]] as const) {
      const control = new AbortController();
      const result = await importText(text, {
        signal: control.signal,
        onProgress: (p) => {
          if (p.stage === stage && p.done >= 2 * WRITE_CHUNK) control.abort();
        },
      });
      expect(result, stage).toEqual({ ok: false, problems: [], cancelled: true });
      expect(await dump()).toEqual(before);
    }
  });
});

/** The file with a workflow at index 9,999 that fails its schema (and no other check). */
function badLast(): string {
  return exportText((workflows) => {
    workflows[9999] = { ...workflows[9999], activation: { on: 'yes', scope: { kind: 'all' }, offInStores: [] } };
  });
}
