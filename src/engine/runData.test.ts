import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { MemorySandbox } from './sandbox';
import { buildRunData, resourceKey, runDataOf, runStartOf } from './runData';
import { deepFreeze } from './frozen';
import { generateStoreData, storeDataRows } from '../domain/shopify/generate';

/** A sandbox holding one store's generated data. */
function seeded(storeId = 's'): MemorySandbox {
  return MemorySandbox.fromRows(storeDataRows(storeId, generateStoreData(storeId, '2026-03-02T10:00:00Z')));
}

const orderPaid = { app: 'shopify', trigger: 'order-paid' };

describe('buildRunData', () => {
  it('generates referenced objects the sandbox lacks, with the referenced ids; a generated order belongs to the payload’s customer', () => {
    const data = buildRunData(catalog, orderPaid, { order_id: '11', customer_id: '22', total_price: 10 }, new MemorySandbox().forApp('s', 'shopify'));
    expect(data.trigger).toEqual({ order_id: '11', customer_id: '22', total_price: 10 });
    expect(data.order).toMatchObject({ id: '11', customer_id: '22', currency: 'PLN' });
    expect(data.customer).toMatchObject({ id: '22', first_name: 'Anna' });
    expect(data.product).toBeUndefined();
  });

  it('reads stored objects first, and finds the customer through a stored order', () => {
    const sandbox = new MemorySandbox();
    const shopify = sandbox.forApp('s', 'shopify');
    shopify.upsert('orders', '11', { customer_id: '33', total_price: 99 });
    shopify.upsert('customers', '33', { first_name: 'Jan', tags: [] });
    const data = buildRunData(catalog, orderPaid, { order_id: 'gid://shopify/Order/11' }, shopify);
    expect(data.order).toMatchObject({ id: '11', customer_id: '33', total_price: 99 });
    expect(data.customer).toMatchObject({ id: '33', first_name: 'Jan', tags: [], email: 'anna.kowalska@example.pl' });
  });

  it('leaves the customer out for a guest order', () => {
    const sandbox = new MemorySandbox();
    sandbox.forApp('s', 'shopify').upsert('orders', '11', { customer_id: null });
    const data = buildRunData(catalog, orderPaid, { order_id: '11' }, sandbox.forApp('s', 'shopify'));
    expect(data.customer).toBeUndefined();
  });

  it('reads a store order with its lists: each line item carries its product (tags included) and variant, and the order its customer', () => {
    const sandbox = seeded();
    const data = buildRunData(catalog, orderPaid, { order_id: '5312894021' }, sandbox.forApp('s', 'shopify'));
    const items = data.order!.line_items as Record<string, Record<string, unknown>>[];
    expect(items.map((li) => li.product?.tags)).toEqual([['outdoor', 'bestseller'], ['presale', 'nowość']]);
    expect(items[0]!.variant).toMatchObject({ title: 'Grafitowy' });
    expect(data.order!.customer).toMatchObject({ id: '7054216839', first_name: 'Anna' });
    expect(data.order!.admin_graphql_api_id).toBe('gid://shopify/Order/5312894021');
    // The run's customer root has the customer's orders (one level: their line items are not resolved).
    const orders = data.customer!.orders as Record<string, unknown>[];
    expect(orders.length).toBe(data.customer!.orders_count);
    expect(orders.some((o) => o.id === '5312894021')).toBe(true);
    expect((orders[0]!.line_items as Record<string, unknown>[])[0]!.product).toBeUndefined();
  });

  it('sees a change made to the store data (a tag added to an order)', () => {
    const sandbox = seeded();
    const shopify = sandbox.forApp('s', 'shopify');
    shopify.upsert('orders', '5312894021', { tags: ['gift', 'checked'] });
    expect(buildRunData(catalog, orderPaid, { order_id: '5312894021' }, shopify).order!.tags).toEqual(['gift', 'checked']);
  });

  it('reads another store’s own records, not the first store’s', () => {
    const sandbox = MemorySandbox.fromRows([
      ...storeDataRows('a', generateStoreData('a', '2026-03-02T10:00:00Z')),
      ...storeDataRows('b', generateStoreData('b', '2026-03-02T10:00:00Z')),
    ]);
    const [firstOfB] = sandbox.forApp('b', 'shopify').list('orders').filter((o) => o.id !== '5312894021');
    const data = buildRunData(catalog, orderPaid, { order_id: firstOfB!.id }, sandbox.forApp('b', 'shopify'));
    expect(data.order!.name).toBe(firstOfB!.name);
    expect(sandbox.forApp('a', 'shopify').get('orders', String(firstOfB!.id))).toBeUndefined();
  });

  it('normalizes resource ids', () => {
    expect([resourceKey(42), resourceKey(' 42 '), resourceKey('gid://shopify/Customer/42'), resourceKey(''), resourceKey(null)]).toEqual(['42', '42', '42', undefined, undefined]);
  });

  it('reads the frozen records of the sandbox without copying them, and a customer’s orders follow new orders', () => {
    const sandbox = seeded();
    const data = buildRunData(catalog, orderPaid, { order_id: '5312894021' }, sandbox.reader('s', 'shopify'));
    expect(Object.isFrozen((data.order!.line_items as object[])[0]!)).toBe(false);
    expect(Object.isFrozen((data.order!.line_items as Record<string, object>[])[0]!.product)).toBe(false);
    expect(Object.isFrozen(((data.order!.line_items as Record<string, Record<string, object>>[])[0]!.product!.tags))).toBe(true);
    const count = (data.customer!.orders as unknown[]).length;
    sandbox.forApp('s', 'shopify').upsert('orders', 'new-1', { customer_id: '7054216839', created_at: '2030-01-01T00:00:00Z' });
    const again = buildRunData(catalog, orderPaid, { order_id: '5312894021' }, sandbox.reader('s', 'shopify'));
    expect((again.customer!.orders as Record<string, unknown>[]).map((o) => o.id)).toContain('new-1');
    expect((again.customer!.orders as unknown[]).length).toBe(count + 1);
    expect((data.customer!.orders as unknown[]).length).toBe(count);
  });

  it('runDataOf shares one frozen reading per event while the store is unchanged, and reads again after a write', () => {
    const sandbox = seeded();
    const event = deepFreeze({ id: 'e1', storeId: 's', app: 'shopify', trigger: 'order-paid', payload: { order_id: '5312894021' }, at: '2026-03-02T10:00:00Z', depth: 0 });
    const first = runDataOf(catalog, orderPaid, event, sandbox);
    const second = runDataOf(catalog, orderPaid, event, sandbox);
    expect(second).not.toBe(first);
    expect(second.order).toBe(first.order);
    expect(Object.isFrozen(first.order) && Object.isFrozen(first.customer) && Object.isFrozen(first.trigger)).toBe(true);
    expect(() => {
      (first.order as Record<string, unknown>).tags = ['changed'];
    }).toThrow(TypeError);
    sandbox.forApp('s', 'shopify').upsert('orders', '5312894021', { tags: ['vip'] });
    const third = runDataOf(catalog, orderPaid, event, sandbox);
    expect(third.order!.tags).toEqual(['vip']);
    expect(first.order!.tags).not.toEqual(['vip']);
    // A write to a collection the data does not read keeps the reading.
    sandbox.forApp('s', 'shopify').insert('outbox', { to: 'a@b.pl' });
    expect(runDataOf(catalog, orderPaid, event, sandbox).order).toBe(third.order);
  });

  it('shares each resolved object across events while what it read is unchanged, and reads it again after a write there', () => {
    const sandbox = seeded();
    const shopify = sandbox.forApp('s', 'shopify');
    const [product] = shopify.list('products');
    const productEvent = (id: string) => deepFreeze({ id, storeId: 's', app: 'shopify', trigger: 'product-created', payload: { product_id: product!.id }, at: '2026-03-02T10:00:00Z', depth: 0 });
    const orderEvent = (id: string) => deepFreeze({ id, storeId: 's', app: 'shopify', trigger: 'order-paid', payload: { order_id: '5312894021' }, at: '2026-03-02T10:00:00Z', depth: 0 });
    const productCreated = { app: 'shopify', trigger: 'product-created' };
    const p1 = runDataOf(catalog, productCreated, productEvent('p1'), sandbox).product;
    const o1 = runDataOf(catalog, orderPaid, orderEvent('o1'), sandbox);
    // Another event, the store unchanged: the same objects.
    expect(runDataOf(catalog, productCreated, productEvent('p2'), sandbox).product).toBe(p1);
    expect(runDataOf(catalog, orderPaid, orderEvent('o2'), sandbox).customer).toBe(o1.customer);
    // An order written: a product reads no orders and stays; the order and its customer (who lists their orders) are read again.
    shopify.upsert('orders', '5312894021', { tags: ['vip'] });
    expect(runDataOf(catalog, productCreated, productEvent('p3'), sandbox).product).toBe(p1);
    const o3 = runDataOf(catalog, orderPaid, orderEvent('o3'), sandbox);
    expect(o3.order).not.toBe(o1.order);
    expect(o3.order!.tags).toEqual(['vip']);
    expect(o3.customer).not.toBe(o1.customer);
    expect((o3.customer!.orders as Record<string, unknown>[]).find((o) => o.id === '5312894021')?.tags).toEqual(['vip']);
    // A product written: read again, and so is the order whose line items show it.
    const lineProductId = String(((o3.order!.line_items as Record<string, unknown>[])[0]!.product as Record<string, unknown>).id);
    shopify.upsert('products', lineProductId, { title: 'Renamed' });
    const o4 = runDataOf(catalog, orderPaid, orderEvent('o4'), sandbox);
    expect(((o4.order!.line_items as Record<string, unknown>[])[0]!.product as Record<string, unknown>).title).toBe('Renamed');
    expect(o4.customer).toBe(o3.customer);
  });

  it('runDataOf reads each event’s own data when events alternate, and a catalog’s own provided objects', () => {
    const sandbox = seeded();
    const [first, second] = sandbox.forApp('s', 'shopify').list('products');
    const productCreated = { app: 'shopify', trigger: 'product-created' };
    const event = (id: string, productId: unknown) => deepFreeze({ id, storeId: 's', app: 'shopify', trigger: 'product-created', payload: { product_id: productId }, at: '2026-03-02T10:00:00Z', depth: 0 });
    const a = event('a', first!.id);
    const b = event('b', second!.id);
    expect(runDataOf(catalog, productCreated, a, sandbox).product!.id).toBe(first!.id);
    expect(runDataOf(catalog, productCreated, b, sandbox).product!.id).toBe(second!.id);
    expect(runDataOf(catalog, productCreated, a, sandbox).product!.id).toBe(first!.id);
    expect(runDataOf(catalog, productCreated, a, sandbox).trigger).toBe(a.payload);
    // Another catalog whose trigger has no product field: no product (the answer is per catalog).
    const app = catalog.byId.get('shopify')!;
    const bare = {
      ...catalog,
      byId: new Map([...catalog.byId, ['shopify', { ...app, triggers: app.triggers.map((t) => (t.id === 'product-created' ? { ...t, fields: [] } : t)) }]]),
    };
    expect(runDataOf(bare, productCreated, a, sandbox).product).toBeUndefined();
    expect(runDataOf(catalog, productCreated, a, sandbox).product!.id).toBe(first!.id);
  });

  it('runStartOf gives each run its own data and objects (the roots but the trigger, in order) around the shared frozen roots', () => {
    const sandbox = seeded();
    const event = deepFreeze({ id: 'e1', storeId: 's', app: 'shopify', trigger: 'order-paid', payload: { order_id: '5312894021' }, at: '2026-03-02T10:00:00Z', depth: 0 });
    const one = runStartOf(catalog, orderPaid, event, sandbox);
    const two = runStartOf(catalog, orderPaid, event, sandbox);
    expect(Object.keys(one.objects)).toEqual(Object.keys(one.data).filter((k) => k !== 'trigger'));
    expect(Object.keys(one.objects)).toEqual(['order', 'customer']);
    expect(two.objects).not.toBe(one.objects);
    expect(two.data).not.toBe(one.data);
    expect(two.objects.order).toBe(one.objects.order);
    expect(one.objects.order).toBe(one.data.order);
    expect(Object.isFrozen(one.objects) || Object.isFrozen(one.data)).toBe(false);
    sandbox.forApp('s', 'shopify').upsert('orders', '5312894021', { tags: ['vip'] });
    const three = runStartOf(catalog, orderPaid, event, sandbox);
    expect((three.objects.order as Record<string, unknown>).tags).toEqual(['vip']);
  });
});
