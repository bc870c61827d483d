/**
 * The generated store data: the same store and time give the same data,
 * stores differ, every record is valid, references resolve, the sample
 * records are there, and each store has the material the templates need
 * (unfulfilled and presale orders, loyalty points) whatever its seed.
 */
import { describe, expect, it } from 'vitest';
import { generateStoreData, storeDataRows } from './generate';
import { STORE_RESOURCES } from './storeResources';
import { RECORD_SCHEMA } from './records';
import { SAMPLE_RECORDS } from './samples';
import { findTrigger } from '../catalog/catalog';
import { builtInCatalog } from '../catalog/builtIn';

const NOW = '2026-03-02T10:00:00.000Z';
const STORES = ['store-1', 'store-2', 'store-3', 'store-4', 'store-8f3a21c0', 'x'];

describe('generateStoreData', () => {
  it('is deterministic for a store and a time, and differs between stores', () => {
    expect(generateStoreData('store-1', NOW)).toEqual(generateStoreData('store-1', NOW));
    const one = generateStoreData('store-1', NOW);
    const two = generateStoreData('store-2', NOW);
    expect(one.customers.map((c) => c.email)).not.toEqual(two.customers.map((c) => c.email));
    expect(one.products.map((p) => p.title)).not.toEqual(two.products.map((p) => p.title));
    expect(new Set(one.orders.map((o) => o.id)).size).toBe(one.orders.length);
  });

  it.each(STORES)('gives %s valid records with unique ids, and every reference names a record of the store', (storeId) => {
    const data = generateStoreData(storeId, NOW);
    for (const resource of STORE_RESOURCES) {
      const ids = data[resource].map((r) => r.id);
      expect(new Set(ids).size, resource).toBe(ids.length);
      for (const record of data[resource]) {
        const parsed = RECORD_SCHEMA[resource].safeParse(record);
        expect(parsed.success, `${resource} ${record.id}: ${parsed.error?.message}`).toBe(true);
      }
    }
    const customers = new Set(data.customers.map((c) => c.id));
    const products = new Map(data.products.map((p) => [p.id, p]));
    for (const order of [...data.orders, ...data.draft_orders]) {
      if (order.customer_id !== null) expect(customers.has(order.customer_id), order.name).toBe(true);
      for (const li of order.line_items) {
        const product = products.get(li.product_id);
        expect(product, `${order.name}: ${li.title}`).toBeDefined();
        expect(product!.variants.some((v) => v.id === li.variant_id)).toBe(true);
      }
    }
  });

  it.each(STORES)('gives %s the material the templates need', (storeId) => {
    const { orders, customers, products, draft_orders } = generateStoreData(storeId, NOW);
    const presaleIds = new Set(products.filter((p) => p.tags.includes('presale')).map((p) => p.id));
    const presaleOrders = orders.filter((o) => o.line_items.some((li) => presaleIds.has(li.product_id)));
    expect(orders).toHaveLength(37);
    expect(orders.filter((o) => o.fulfillment_status === 'unfulfilled')).toHaveLength(13);
    expect(presaleOrders).toHaveLength(6);
    expect(presaleOrders.every((o) => o.fulfillment_status === 'unfulfilled' && o.status === 'open')).toBe(true);
    expect(orders.filter((o) => o.status === 'cancelled')).toHaveLength(2);
    expect(orders.filter((o) => o.customer_id === null)).toHaveLength(3);
    expect(customers).toHaveLength(24);
    expect(customers.filter((c) => c.metafields.some((m) => m.key === 'loyalty_points')).length).toBeGreaterThan(8);
    expect(products).toHaveLength(14);
    expect(products.map((p) => p.status).filter((s) => s !== 'active').sort()).toEqual(['archived', 'draft']);
    expect(draft_orders).toHaveLength(6);
  });

  it('keeps customers’ order counts, amounts spent and loyalty points in line with their orders', () => {
    const { orders, customers } = generateStoreData('store-3', NOW);
    for (const c of customers) {
      const own = orders.filter((o) => o.customer_id === c.id);
      expect(c.orders_count, c.email).toBe(own.length);
      const spent = own.filter((o) => o.status !== 'cancelled').reduce((s, o) => s + o.total_price, 0);
      expect(c.total_spent).toBeCloseTo(spent, 2);
      const points = c.metafields.find((m) => m.key === 'loyalty_points');
      if (points) expect(points.value).toBe(String(Math.floor(c.total_spent / 10)));
      if (own.length >= 2) expect(c.tags).toContain('returning');
    }
  });

  it('places orders in the 90 days before now, numbered in time order after the sample order', () => {
    const { orders } = generateStoreData('store-2', NOW);
    const generated = orders.filter((o) => o.id !== '5312894021');
    const now = Date.parse(NOW);
    for (const o of generated) {
      expect(Date.parse(o.created_at)).toBeLessThanOrEqual(now);
      expect(Date.parse(o.created_at)).toBeGreaterThanOrEqual(now - 90 * 86_400_000);
      expect(o.order_number).toBeGreaterThan(1052);
    }
    const byNumber = [...generated].sort((a, b) => a.order_number - b.order_number);
    expect(byNumber.map((o) => o.created_at)).toEqual([...byNumber.map((o) => o.created_at)].sort());
  });

  it('contains the sample records, so trigger sample payloads name records of every store', () => {
    const data = generateStoreData('store-4', NOW);
    const payload = findTrigger(builtInCatalog, 'shopify', 'order-created')!.samplePayload;
    const order = data.orders.find((o) => o.id === payload.order_id)!;
    expect(order).toMatchObject({ name: payload.order_name, total_price: payload.total_price, customer_id: payload.customer_id });
    expect(data.customers.some((c) => c.id === payload.customer_id)).toBe(true);
    expect(data.products.some((p) => p.id === findTrigger(builtInCatalog, 'shopify', 'product-created')!.samplePayload.product_id)).toBe(true);
    for (const resource of STORE_RESOURCES) {
      for (const sample of SAMPLE_RECORDS[resource]) expect(data[resource].some((r) => r.id === sample.id)).toBe(true);
    }
  });

  it('refuses a time that is not one', () => {
    expect(() => generateStoreData('store-1', 'soon')).toThrow(/not a date/);
  });
});

describe('storeDataRows', () => {
  it('puts each record in the Shopify sandbox, in its resource’s collection, keyed by its id', () => {
    const data = generateStoreData('store-1', NOW);
    const rows = storeDataRows('store-1', data);
    expect(rows).toHaveLength(data.customers.length + data.orders.length + data.products.length + data.draft_orders.length);
    expect(rows[0]).toEqual({ storeId: 'store-1', appId: 'shopify', collection: 'customers', id: data.customers[0]!.id, record: data.customers[0] });
  });
});
