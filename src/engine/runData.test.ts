import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/catalog';
import { MemorySandbox } from './sandbox';
import { buildRunData, resourceKey } from './runData';

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

  it('normalizes resource ids', () => {
    expect([resourceKey(42), resourceKey(' 42 '), resourceKey('gid://shopify/Customer/42'), resourceKey(''), resourceKey(null)]).toEqual(['42', '42', '42', undefined, undefined]);
  });
});
