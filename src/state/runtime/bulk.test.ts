/**
 * Bulk firing: every event is accounted for by a run, progress is reported
 * per chunk, a cancel stops before the next chunk, and finished runs reach
 * IndexedDB in batches (one transaction per ~100 runs, not one per run).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshRuntime, storeWorkflow } from '../../../test/fixtures/runtime';
import { getDb } from '../../storage/db';
import { type BulkProgress, fireBulk } from './fire';
import { readSandboxView } from './sandbox';

const db = getDb();
const req = { app: 'loox', trigger: 'new-review', storeIds: ['store-1', 'store-2', 'store-3', 'store-4'] };

beforeEach(async () => {
  await freshRuntime();
  // Loox is in stores 1–3 and Slack in 1–2 (the demo): stores 3 and 4 get skipped runs.
  await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#c', text: '{{ trigger.rating }}' } }] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fireBulk', () => {
  it('fires 1000 events over 4 stores, each accounted for by exactly one run, written in batches', async () => {
    const bulkPut = vi.spyOn(db.runs, 'bulkPut');
    const put = vi.spyOn(db.runs, 'put');
    const progress: BulkProgress[] = [];
    const result = await fireBulk({ ...req, count: 1000 }, { onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ fired: 1000, total: 1000, runs: 1000, cancelled: false });
    expect(progress[0]).toEqual({ fired: 50, total: 1000, runs: 50 });
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.every((p, i) => i === 0 || (p.fired > progress[i - 1]!.fired && p.runs > progress[i - 1]!.runs))).toBe(true);
    expect(progress.at(-1)).toEqual({ fired: 1000, total: 1000, runs: 1000 });

    const rows = await db.runs.toArray();
    const events = new Map<string, number>();
    for (const row of rows) {
      const id = (row.record as { event: { id: string } }).event.id;
      events.set(id, (events.get(id) ?? 0) + 1);
    }
    expect(events.size).toBe(1000);
    expect([...events.values()].every((n) => n === 1)).toBe(true);
    const byStore = (status: string) => Object.fromEntries(req.storeIds.map((s) => [s, rows.filter((r) => r.storeId === s && r.status === status).length]));
    expect(byStore('succeeded')).toEqual({ 'store-1': 250, 'store-2': 250, 'store-3': 0, 'store-4': 0 });
    expect(byStore('skipped')).toEqual({ 'store-1': 0, 'store-2': 0, 'store-3': 250, 'store-4': 250 });
    expect((await readSandboxView('store-2'))[0]!.records).toHaveLength(250);

    expect(put).not.toHaveBeenCalled();
    const written = bulkPut.mock.calls.map(([rowsPut]) => rowsPut.length);
    expect(written.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(bulkPut.mock.calls.length).toBeLessThanOrEqual(20);
    expect(Math.max(...written)).toBeGreaterThanOrEqual(100);
  }, 30_000);

  it('stops after the chunk in progress when cancelled; what was fired keeps its runs', async () => {
    const controller = new AbortController();
    const result = await fireBulk({ ...req, count: 1000 }, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(result).toEqual({ fired: 50, total: 1000, runs: 50, cancelled: true });
    expect(await db.runs.count()).toBe(50);
  }, 30_000);

  it('refuses a count out of range or no store', async () => {
    await expect(fireBulk({ ...req, count: 0 }, {})).rejects.toThrow('Choose between 1 and 10,000 events.');
    await expect(fireBulk({ ...req, storeIds: [], count: 5 }, {})).rejects.toThrow('Choose at least one store.');
  });
});
