/**
 * The engine's reads of the store data: one object as a workflow sees it
 * (references resolved one level) and Get data's search, both over the
 * store's sandbox, so a staged or copied sandbox is read like the real one.
 */
import { describe, expect, it } from 'vitest';
import { generateStoreData, storeDataRows } from '../domain/shopify/generate';
import { MemorySandbox } from './sandbox';
import { queryStore, resolveObject } from './storeData';

const NOW = '2026-03-02T10:00:00.000Z';
const seeded = () => MemorySandbox.fromRows(storeDataRows('s', generateStoreData('s', NOW)));

describe('resolveObject', () => {
  it('reads an order by plain or global id with its customer and its line items’ products', () => {
    const shopify = seeded().forApp('s', 'shopify');
    const order = resolveObject(shopify, 'order', 'gid://shopify/Order/5312894021')!;
    expect(order.customer).toMatchObject({ first_name: 'Anna' });
    expect((order.line_items as { product: { title: string } }[]).map((li) => li.product.title)).toEqual(['Plecak miejski Tatra 20 l', 'Czołówka LED Halny 400 lm']);
    expect(resolveObject(shopify, 'order', '5312894021')).toEqual(order);
    expect(resolveObject(shopify, 'order', '1')).toBeUndefined();
    expect(resolveObject(shopify, 'customer', undefined)).toBeUndefined();
  });

  it('reads through a staged view the writes not yet committed', () => {
    const sandbox = seeded();
    const stage = sandbox.stage('s', 'shopify');
    stage.api.upsert('products', '8123456790', { tags: ['presale', 'sold-out'] });
    const order = resolveObject(stage.api, 'order', '5312894021')!;
    expect((order.line_items as { product: { tags: string[] } }[])[1]!.product.tags).toEqual(['presale', 'sold-out']);
    expect(sandbox.forApp('s', 'shopify').get('products', '8123456790')?.tags).toEqual(['presale', 'nowość']);
  });
});

describe('queryStore', () => {
  it('returns the matches sorted and limited, resolved like resolveObject', () => {
    const shopify = seeded().forApp('s', 'shopify');
    const outcome = queryStore(shopify, 'orders', { query: 'fulfillment_status:unfulfilled -status:cancelled', sortKey: 'CREATED_AT', reverse: true, limit: 5, now: NOW });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.records).toHaveLength(5);
    expect(outcome.total).toBe(11);
    const times = outcome.records.map((o) => Date.parse(String(o.created_at)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const o of outcome.records) {
      expect(o.fulfillment_status).toBe('unfulfilled');
      expect(o.admin_graphql_api_id).toBe(`gid://shopify/Order/${String(o.id)}`);
      expect((o.line_items as { product?: unknown }[]).every((li) => li.product !== undefined)).toBe(true);
    }
  });

  it('gives customers their orders, and passes errors through with their codes', () => {
    const shopify = seeded().forApp('s', 'shopify');
    const vip = queryStore(shopify, 'customers', { query: 'email:"anna.kowalska@example.pl"', now: NOW });
    expect(vip.ok && (vip.records[0]!.orders as unknown[]).length).toBe(vip.ok && vip.records[0]!.orders_count);
    expect(queryStore(shopify, 'orders', { query: '(tag:gift', now: NOW })).toMatchObject({ ok: false, error: { code: 'unclosed-paren', offset: 0 } });
  });
});
