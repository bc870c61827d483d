/**
 * LangShop (simulated): translations into the store's published languages,
 * updated in place, and the collection IDs and triggers it refuses. The
 * contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS } from '../../../test/fixtures/testFields';
import { langshopAdapter } from './langshop';

const { call, run, runCall } = adapterHarness(langshopAdapter);

describe('LangShop', () => {
  it('translates the trigger’s product into the default languages pl, de and fr', async () => {
    const sandbox = new MemorySandbox();
    await run('translate-product', {}, { sandbox });
    const rows = sandbox.list('translations');
    expect(rows.map((r) => r.language)).toEqual(['pl', 'de', 'fr']);
    expect(rows.every((r) => r.resource === 'product' && r.resourceId === SAMPLE_IDS.product)).toBe(true);
  });

  it('uses the store languages the sandbox holds, skipping unpublished ones', async () => {
    const sandbox = new MemorySandbox();
    sandbox.insert('languages', { id: 'es' });
    sandbox.insert('languages', { code: 'pt-BR' });
    sandbox.insert('languages', { code: 'it', published: false });
    await run('translate-collection', { collection_id: '77' }, { sandbox });
    expect(sandbox.list('translations').map((r) => [r.resource, r.resourceId, r.language])).toEqual([
      ['collection', '77', 'es'],
      ['collection', '77', 'pt-BR'],
    ]);
  });

  it('updates the same records when translating again', async () => {
    const sandbox = new MemorySandbox();
    const translate = call('translate-product', {}, { sandbox });
    await runCall(translate);
    await runCall({ ...translate, now: '2025-03-15T10:00:00.000Z' });
    expect(sandbox.list('translations')).toHaveLength(3);
    expect(sandbox.list('translations')[0]?.translatedAt).toBe('2025-03-15T10:00:00.000Z');
  });

  it('refuses a collection ID that is not positive, and a run without a product', async () => {
    const bad = call('translate-collection', { collection_id: 0 });
    expect((await refusal(() => runCall(bad))).message).toMatch(/collection ID must be a positive whole number/);
    const noProduct = call('translate-product', {}, { event: { payload: { order_id: '1' } } });
    expect((await refusal(() => runCall(noProduct))).message).toMatch(/no product/);
  });
});
