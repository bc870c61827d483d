/**
 * Importing a file of 10,000 workflows: checked in slices with progress
 * reported (checking, then saving chunk by chunk), all or nothing when the
 * last record is bad, and a cancel, while checking or while saving, leaves
 * the stored data exactly as it was.
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
  it('checks in slices and saves in chunks, reporting progress, and adds every workflow with its version', async () => {
    const progress: ImportProgress[] = [];
    const result = await importText(exportText(), { onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ ok: true, summary: { workflows: COUNT, stores: 0, copies: [], skippedStores: [] } });
    const checking = progress.filter((p) => p.stage === 'checking');
    const saving = progress.filter((p) => p.stage === 'saving');
    // Slices of SLICE_MS readings of the clock: many progress reports, in order, all of the same total.
    expect(checking.length).toBeGreaterThan(COUNT / (SLICE_MS * 2));
    expect(checking.every((p, i) => p.total === COUNT && (i === 0 || p.done > checking[i - 1]!.done))).toBe(true);
    expect(saving.map((p) => p.done)).toEqual(Array.from({ length: COUNT / WRITE_CHUNK + 1 }, (_, i) => i * WRITE_CHUNK));
    expect(progress.indexOf(saving[0]!)).toBeGreaterThan(progress.indexOf(checking.at(-1)!));
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
    const result = await importText(
      exportText((workflows) => {
        workflows[9999] = { ...workflows[9999], activation: { on: 'yes', scope: { kind: 'all' }, offInStores: [] } };
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.workflows[9999].activation.on']);
    expect(await dump()).toEqual(before);
  });

  it('a cancel while checking, or while saving, imports nothing', async () => {
    const before = await dump();
    for (const stage of ['checking', 'saving'] as const) {
      const control = new AbortController();
      const result = await importText(exportText(), {
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
