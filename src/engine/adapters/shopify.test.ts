/**
 * Shopify's own actions (simulated): tags on the trigger's order and customer,
 * internal e-mails in the outbox, and the simulated HTTP request with the
 * methods, bodies and headers it refuses. The contract every adapter keeps is
 * in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, TEST_NOW } from '../../../test/fixtures/testFields';
import { shopifyAdapter } from './shopify';
import { SAMPLE_RECORDS } from '../../domain/shopify/samples';
import { OrderRecord } from '../../domain/shopify/records';

const { run } = adapterHarness(shopifyAdapter);

describe('shopify', () => {
  it('adds order tags to the trigger order once each, ignoring case', async () => {
    const sandbox = new MemorySandbox();
    await run('add-order-tags', { tags: 'vip, VIP , wholesale,,' }, { sandbox });
    await run('add-order-tags', { tags: 'Wholesale, first-order' }, { sandbox });
    expect(sandbox.get('orders', '5012345678')).toMatchObject({
      id: '5012345678',
      tags: ['gift', 'vip', 'wholesale', 'first-order'],
      updated_at: TEST_NOW,
    });
  });

  it('tags the store data’s own record, keeping the rest of it', async () => {
    const sandbox = new MemorySandbox();
    const order = { ...structuredClone(SAMPLE_RECORDS.orders[0]!), id: '5012345678', tags: ['presale'] };
    sandbox.upsert('orders', '5012345678', order);
    await run('add-order-tags', { tags: 'checked' }, { sandbox });
    expect(sandbox.get('orders', '5012345678')).toEqual({ ...order, tags: ['presale', 'checked'], updated_at: TEST_NOW });
  });

  it('makes a whole store record, from the sample, of an order the store lacks', async () => {
    const sandbox = new MemorySandbox();
    await run('add-order-tags', { tags: 'vip' }, { sandbox, event: { payload: { order_id: '42', customer_id: '77' } } });
    const parsed = OrderRecord.safeParse(sandbox.get('orders', '42'));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ id: '42', customer_id: '77', tags: ['gift', 'vip'] });
  });

  it('adds customer tags to the trigger customer (a GID is read as its number)', async () => {
    const sandbox = new MemorySandbox();
    const event = { payload: { customer_id: 'gid://shopify/Customer/42' } };
    await run('add-customer-tags', { tags: 'vip, gold' }, { sandbox, event });
    expect(sandbox.get('customers', '42')?.tags).toEqual(['vip', 'newsletter', 'gold']);
  });

  it('refuses tags the order cannot keep', async () => {
    const tooLong = await refusal(() => run('add-order-tags', { tags: 'x'.repeat(256) }));
    expect(tooLong.message).toMatch(/longer than 255 characters/);
  });

  it('rejects tags when the trigger has no order, or when no tag is given', async () => {
    const noOrder = await refusal(() =>
      run('add-order-tags', {}, { event: { trigger: 'customer-created', payload: { customer_id: '1' } } }),
    );
    expect(noOrder.message).toMatch(/provides no order/);
    expect((await refusal(() => run('add-order-tags', { tags: ' , ' }))).message).toMatch(/no tags given/);
  });

  it('records internal e-mails in the outbox', async () => {
    const sandbox = new MemorySandbox();
    await run('send-internal-email', { to: 'staff@example.com', subject: 'New VIP order' }, { sandbox });
    expect(sandbox.list('outbox')).toEqual([
      expect.objectContaining({ to: 'staff@example.com', subject: 'New VIP order', sentAt: TEST_NOW }),
    ]);
  });

  it('simulates an HTTP request: records it and echoes it back with status 200', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('send-http-request', { method: 'put', url: 'https://api.example.com/x' }, { sandbox });
    expect(result.output?.status_code).toBe(200);
    expect(JSON.parse(String(result.output?.response_body))).toMatchObject({
      simulated: true,
      method: 'PUT',
      url: 'https://api.example.com/x',
      headers: { 'Content-Type': 'application/json' },
      body: '{"hello": "world"}',
    });
    expect(sandbox.list('requests')[0]).toMatchObject({ method: 'PUT', statusCode: 200, simulated: true });
  });

  it('rejects an unknown method, a GET with a body and a malformed header', async () => {
    expect((await refusal(() => run('send-http-request', { method: 'FETCH' }))).message).toMatch(
      /"FETCH" is not a supported HTTP method/,
    );
    expect((await refusal(() => run('send-http-request', { method: 'GET' }))).message).toMatch(
      /GET request cannot have a body/,
    );
    const header = await refusal(() => run('send-http-request', { headers: 'Accept: */*\nnot a header' }));
    expect(header.message).toMatch(/header line 2/);
  });

  it('adds product tags to the product it names, in the store data, and fails for a product the store lacks', async () => {
    const sandbox = new MemorySandbox();
    const product = { ...structuredClone(SAMPLE_RECORDS.products[0]!), tags: ['outdoor'] };
    sandbox.upsert('products', product.id, product);
    await run('add-product-tags', { product_id: `gid://shopify/Product/${product.id}`, tags: 'presale, Outdoor' }, { sandbox });
    expect(sandbox.get('products', product.id)).toEqual({ ...product, tags: ['outdoor', 'presale'], updated_at: TEST_NOW });
    expect((await refusal(() => run('add-product-tags', { product_id: '999', tags: 'presale' }, { sandbox }))).message).toMatch(/no product 999/);
    expect((await refusal(() => run('add-product-tags', { product_id: 'abc', tags: 'presale' }, { sandbox }))).message).toMatch(/not a valid ID/);
  });
});
