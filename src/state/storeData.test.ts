/**
 * The store data through the state layer, on IndexedDB: every store gets its
 * data once; an edit refused names its paths and writes nothing; an edit
 * saved is what the next run reads (a condition on the order's tags); Reset
 * store data brings the generated data back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { all, T0 } from '../../test/fixtures/engine';
import { freshRuntime, storeWorkflow } from '../../test/fixtures/runtime';
import { recordText } from '../domain/shopify/editRecord';
import { ensureStoreData, readStoreData, resetStoreData, saveStoreRecord } from './storeData';
import { fireTrigger, samplePayload } from './runtime';

beforeEach(async () => {
  await freshRuntime();
});

const sampleOrder = async (storeId = 'store-1') => (await readStoreData(storeId)).orders.find((o) => o.id === '5312894021')!;

describe('store data in the state layer', () => {
  it('seeds every store once, made for the simulated time', async () => {
    expect(await ensureStoreData()).toEqual(['store-1', 'store-2', 'store-3', 'store-4']);
    expect(await ensureStoreData()).toEqual([]);
    const view = await readStoreData('store-2');
    expect([view.orders.length, view.customers.length, view.products.length, view.draft_orders.length]).toEqual([37, 24, 14, 6]);
    expect(view.orders.every((o) => o.valid)).toBe(true);
    const newest = Math.max(...view.orders.map((o) => Date.parse(String(o.record.created_at))));
    expect(newest).toBeLessThanOrEqual(Date.parse(T0));
  });

  it('refuses an edit with its problems and writes nothing', async () => {
    await ensureStoreData();
    const before = await sampleOrder();
    const outcome = await saveStoreRecord('store-1', 'orders', before.id, recordText({ ...before.record, tags: 'vip' }));
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: '$.tags', message: 'expected array, got string' }] });
    expect((await sampleOrder()).record).toEqual(before.record);
  });

  it('saves an edit that the next run reads: a condition on the order’s tags goes the other way', async () => {
    await ensureStoreData();
    await storeWorkflow({
      trigger: ['shopify', 'order-created'],
      steps: [
        { id: 'c', condition: all({ kind: 'criterion', field: 'order.tags', operator: 'includes', value: 'checked' }) },
        { id: 'a', action: ['shopify', 'add-order-tags'], fields: { tags: 'seen' } },
      ],
      links: [['t', 'next', 'c'], ['c', 'then', 'a']],
    });
    const fire = async () => (await fireTrigger({ app: 'shopify', trigger: 'order-created', payload: samplePayload('shopify', 'order-created'), storeIds: ['store-1'] }))[0]!;
    expect((await fire()).steps.find((s) => s.stepId === 'c')?.branch).toBe('otherwise');

    const order = await sampleOrder();
    expect(await saveStoreRecord('store-1', 'orders', order.id, recordText({ ...order.record, tags: ['gift', 'checked'] }))).toMatchObject({ ok: true });
    const run = await fire();
    expect(run.steps.find((s) => s.stepId === 'c')?.branch).toBe('then');
    // The action tagged the same record the Sandbox page shows.
    expect((await sampleOrder()).record.tags).toEqual(['gift', 'checked', 'seen']);
  });

  it('brings the generated data back on reset', async () => {
    await ensureStoreData();
    const fresh = (await readStoreData('store-3')).orders.map((o) => o.record);
    const order = await sampleOrder('store-3');
    await saveStoreRecord('store-3', 'orders', order.id, recordText({ ...order.record, note: 'Edited' }));
    await resetStoreData('store-3');
    expect((await readStoreData('store-3')).orders.map((o) => o.record)).toEqual(fresh);
  });
});
