/**
 * The run history read a window at a time (readRunWindow): the newest-first
 * order with ties in write order, windows at both ends and across page
 * boundaries equal the same slice of the whole list, every filter and
 * combination of filters, counts, and an unreadable run keeping its place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedRunRecord } from '../domain/runs/records';
import { createWorkflow, triggerStep } from '../domain/workflow/factory';
import { FlowbenchDb } from './db';
import { type RunFilter, readRunWindow, writeRunBatch } from './runRepo';

let db: FlowbenchDb;
let n = 0;
afterEach(async () => {
  await db.delete();
});

const wf = { ...createWorkflow('Test workflow', 'wf-1'), steps: [triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't')] };
const STATUSES = ['succeeded', 'failed', 'skipped'] as const;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();

function run(i: number): ParsedRunRecord {
  // Three runs per simulated minute (ties broken by write order), two workflows, two stores, three statuses.
  const startedAt = at(Math.floor(i / 3));
  return {
    id: `run-${String(i).padStart(4, '0')}`,
    workflowId: i % 2 === 0 ? 'wf-1' : 'wf-2',
    workflowName: wf.name,
    workflow: wf,
    storeId: i % 5 === 0 ? 'store-2' : 'store-1',
    event: { id: `ev-${i}`, storeId: 'store-1', app: 'loox', trigger: 'new-review', payload: {}, at: startedAt, depth: 0 },
    status: STATUSES[i % 3]!,
    reasons: [],
    steps: [],
    dryRun: false,
    startedAt,
    finishedAt: startedAt,
  };
}

const COUNT = 250;
let all: ParsedRunRecord[];

/** 250 runs written oldest first in batches of 40, as the runtime writes them. */
async function seeded() {
  db = new FlowbenchDb(`run-window-test-${++n}`);
  all = Array.from({ length: COUNT }, (_, i) => run(i));
  for (let i = 0; i < COUNT; i += 40) await writeRunBatch(db, all.slice(i, i + 40));
  return db;
}

/** The expected list: the filter applied to every run, newest first (later start, then later write). */
function expected(filter: RunFilter): string[] {
  return all
    .filter(
      (r) =>
        (filter.workflowId === undefined || r.workflowId === filter.workflowId) &&
        (filter.storeId === undefined || r.storeId === filter.storeId) &&
        (filter.status === undefined || r.status === filter.status) &&
        (filter.from === undefined || r.startedAt >= filter.from) &&
        (filter.to === undefined || r.startedAt <= filter.to),
    )
    .map((r) => r.id)
    .reverse();
}

/** Reads the whole filtered list window by window. */
async function readAll(filter: RunFilter, size: number) {
  const ids: string[] = [];
  let total = -1;
  for (let offset = 0; total < 0 || offset < total; offset += size) {
    const window = await readRunWindow(db, filter, offset, size);
    expect(window.offset).toBe(offset);
    total = window.total;
    ids.push(...window.runs.map((r) => r!.id));
  }
  return { ids, total };
}

describe('readRunWindow', () => {
  it('reads windows newest first, ties in write order; windows at the start, the end and across pages equal the slice of the list', async () => {
    await seeded();
    const list = expected({});
    expect(list[0]).toBe('run-0249');
    expect(list.slice(0, 3)).toEqual(['run-0249', 'run-0248', 'run-0247']);
    for (const [offset, limit] of [
      [0, 100],
      [100, 100],
      [200, 100],
      [95, 10],
      [120, 15],
      [240, 10],
      [249, 1],
      [0, 250],
    ] as const) {
      const window = await readRunWindow(db, {}, offset, limit);
      expect(window.total).toBe(COUNT);
      expect(
        window.runs.map((r) => r!.id),
        `${offset}+${limit}`,
      ).toEqual(list.slice(offset, offset + limit));
    }
    // The last window holds the oldest run; past the end there is nothing.
    expect((await readRunWindow(db, {}, 200, 100)).runs.at(-1)!.id).toBe('run-0000');
    expect((await readRunWindow(db, {}, 250, 100)).runs).toEqual([]);
  });

  it('filters by workflow, store, status and time, alone and combined, with the count of matches', async () => {
    await seeded();
    const filters: RunFilter[] = [
      { workflowId: 'wf-1' },
      { storeId: 'store-2' },
      { status: 'failed' },
      { from: at(20), to: at(40) },
      { workflowId: 'wf-2', from: at(50) },
      { workflowId: 'wf-1', status: 'succeeded' },
      { workflowId: 'wf-2', storeId: 'store-2', status: 'skipped', to: at(70) },
      { workflowId: 'none' },
    ];
    for (const filter of filters) {
      const want = expected(filter);
      for (const size of [7, 100]) {
        const { ids, total } = await readAll(filter, size);
        expect(total, JSON.stringify(filter)).toBe(want.length);
        expect(ids, `${JSON.stringify(filter)} by ${size}`).toEqual(want);
      }
    }
  });

  it('keeps the place of a run that cannot be read, and reports it', async () => {
    await seeded();
    const bad = all[247]!;
    await db.runs.update(bad.id, { record: { id: bad.id, steps: 'nope' } });
    const onCorrupt = vi.fn();
    const window = await readRunWindow(db, {}, 0, 4, onCorrupt);
    expect(window.runs.map((r) => r?.id ?? null)).toEqual(['run-0249', 'run-0248', null, 'run-0246']);
    expect(onCorrupt).toHaveBeenCalledWith('run "run-0247"', expect.any(String));
  });
});
