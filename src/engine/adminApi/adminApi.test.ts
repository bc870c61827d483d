/**
 * The simulated Admin API mutations over a store's data: each one's happy
 * path (the record changes and the payload is shaped like Shopify's), its
 * userErrors (nothing written), and refusals of an unsupported mutation or
 * variables that are not a JSON object.
 */
import { describe, expect, it } from 'vitest';
import { generateStoreData, storeDataRows } from '../../domain/shopify/generate';
import { MemorySandbox } from '../sandbox';
import { SUPPORTED_ADMIN_MUTATIONS, runAdminMutation } from './index';

const NOW = '2026-03-05T12:00:00.000Z';
const ORDER = 'gid://shopify/Order/5312894021';
const CUSTOMER = 'gid://shopify/Customer/7054216839';
const PRODUCT = 'gid://shopify/Product/8123456789';

function store() {
  const sandbox = MemorySandbox.fromRows(storeDataRows('s', generateStoreData('s', '2026-03-02T10:00:00Z')));
  const shopify = sandbox.forApp('s', 'shopify');
  const run = (name: string, variables: unknown) => runAdminMutation(shopify, name, variables, { now: NOW });
  return { shopify, run, snapshot: () => JSON.stringify(sandbox.rows()) };
}

describe('tagsAdd and tagsRemove', () => {
  it('add tags to an order (repeats ignoring case dropped) and answer { node: { id }, userErrors: [] }', () => {
    const { shopify, run } = store();
    expect(run('tagsAdd', { id: ORDER, tags: ['presale', 'GIFT'] })).toEqual({
      ok: true,
      response: { tagsAdd: { node: { id: ORDER }, userErrors: [] } },
      userErrors: [],
    });
    expect(shopify.get('orders', '5312894021')).toMatchObject({ tags: ['gift', 'presale'], updated_at: NOW });
  });

  it('take the tags as one comma-separated text, and work on customers, products and draft orders', () => {
    const { shopify, run } = store();
    run('tagsAdd', JSON.stringify({ id: CUSTOMER, tags: 'gold, loyal' }));
    expect(shopify.get('customers', '7054216839')?.tags).toEqual(expect.arrayContaining(['vip', 'gold', 'loyal']));
    run('tagsAdd', { id: PRODUCT, tags: ['sale'] });
    expect(shopify.get('products', '8123456789')?.tags).toEqual(['outdoor', 'bestseller', 'sale']);
    run('tagsAdd', { id: 'gid://shopify/DraftOrder/1094567812', tags: ['phone'] });
    expect(shopify.get('draft_orders', '1094567812')?.tags).toEqual(['phone']);
  });

  it('remove tags ignoring case', () => {
    const { shopify, run } = store();
    expect(run('tagsRemove', { id: PRODUCT, tags: ['BESTSELLER', 'absent'] })).toMatchObject({ ok: true, userErrors: [] });
    expect(shopify.get('products', '8123456789')?.tags).toEqual(['outdoor']);
  });

  it('answer userErrors naming the field, and write nothing, for bad input', () => {
    const { run, snapshot } = store();
    const before = snapshot();
    const cases: [unknown, string[], RegExp][] = [
      [{ id: '5312894021', tags: ['x'] }, ['id'], /not a global ID like gid:\/\/shopify\/Order\/123/],
      [{ id: 'gid://shopify/Order/999', tags: ['x'] }, ['id'], /^Order does not exist$/],
      [{ id: 'gid://shopify/OnlineStoreArticle/3', tags: ['x'] }, ['id'], /OnlineStoreArticle is not simulated/],
      [{ id: ORDER }, ['tags'], /tags is required/],
      [{ id: ORDER, tags: [' , '] }, ['tags'], /give at least one tag/],
      [{ id: ORDER, tags: ['ok', 'x'.repeat(256)] }, ['tags', '1'], /longer than 255/],
      [{ id: ORDER, tags: ['x'], extra: 1 }, [], /unknown key "extra"/],
    ];
    for (const [variables, field, message] of cases) {
      const result = run('tagsAdd', variables);
      expect(result.ok, JSON.stringify(variables)).toBe(true);
      if (!result.ok) continue;
      expect(result.response.tagsAdd).toMatchObject({ node: null });
      expect(result.userErrors[0]?.field).toEqual(field);
      expect(result.userErrors[0]?.message).toMatch(message);
    }
    expect(snapshot()).toBe(before);
  });
});

describe('orderUpdate, customerUpdate and productUpdate', () => {
  it('overwrite an order’s note, tags and e-mail and add metafields, answering with the order', () => {
    const { shopify, run } = store();
    const result = run('orderUpdate', {
      input: { id: ORDER, note: 'Ship with the presale batch', tags: ['presale'], email: 'anna@example.com', metafields: [{ namespace: 'custom', key: 'batch', type: 'number_integer', value: '3' }] },
    });
    expect(result).toMatchObject({ ok: true, userErrors: [], response: { orderUpdate: { order: { id: ORDER, name: '#1052', note: 'Ship with the presale batch', tags: ['presale'], email: 'anna@example.com', updatedAt: NOW } } } });
    expect(shopify.get('orders', '5312894021')).toMatchObject({ note: 'Ship with the presale batch', tags: ['presale'], metafields: [{ namespace: 'custom', key: 'batch', type: 'number_integer', value: '3' }] });
  });

  it('update a customer with GraphQL’s field names mapped to the record’s', () => {
    const { shopify, run } = store();
    expect(run('customerUpdate', { input: { id: CUSTOMER, firstName: 'Ania', phone: '+48500100200', note: 'Prefers e-mail' } })).toMatchObject({
      ok: true,
      response: { customerUpdate: { customer: { id: CUSTOMER, firstName: 'Ania', phone: '+48500100200' }, userErrors: [] } },
    });
    expect(shopify.get('customers', '7054216839')).toMatchObject({ first_name: 'Ania', phone: '+48500100200', note: 'Prefers e-mail' });
  });

  it('update a product through `product` (and the older `input`), status in Shopify’s upper case', () => {
    const { shopify, run } = store();
    expect(run('productUpdate', { product: { id: PRODUCT, status: 'DRAFT', title: 'Plecak Tatra 20 l' } })).toMatchObject({
      response: { productUpdate: { product: { id: PRODUCT, status: 'DRAFT', title: 'Plecak Tatra 20 l' }, userErrors: [] } },
    });
    expect(shopify.get('products', '8123456789')).toMatchObject({ status: 'draft', title: 'Plecak Tatra 20 l' });
    run('productUpdate', { input: { id: PRODUCT, vendor: 'Tatra' } });
    expect(shopify.get('products', '8123456789')?.vendor).toBe('Tatra');
  });

  it('refuse bad values, unknown fields and fields the sandbox does not keep, with their paths, writing nothing', () => {
    const { run, snapshot } = store();
    const before = snapshot();
    const bad = run('customerUpdate', { input: { id: CUSTOMER, email: 'not-an-email', shoeSize: 42, emailMarketingConsent: {} } });
    expect(bad.ok && bad.userErrors.map((e) => [e.field, e.message])).toEqual([
      [['input', 'email'], 'input.email must be an e-mail address like name@example.com, or empty'],
      [['input', 'shoeSize'], 'shoeSize is not a field of CustomerInput'],
      [['input', 'emailMarketingConsent'], expect.stringMatching(/^emailMarketingConsent is not simulated: the sandbox keeps note, tags, email, firstName/)],
    ]);
    expect(run('productUpdate', { product: { id: PRODUCT, status: 'GONE' } })).toMatchObject({ userErrors: [{ field: ['product', 'status'] }] });
    expect(run('orderUpdate', { input: { id: CUSTOMER } })).toMatchObject({ userErrors: [{ field: ['input', 'id'], message: expect.stringMatching(/Customer is not simulated for this mutation; use the ID of one of: Order/) }] });
    expect(run('orderUpdate', { id: ORDER, note: 'x' })).toMatchObject({ userErrors: [{ field: ['id'] }, { field: ['note'] }] });
    expect(run('orderUpdate', {})).toMatchObject({ userErrors: [{ field: ['input'], message: expect.stringMatching(/input is required/) }] });
    expect(snapshot()).toBe(before);
  });
});

describe('metafieldsSet', () => {
  it('creates and updates metafields on several owners at once, keeping the type of one that exists', () => {
    const { shopify, run } = store();
    const result = run('metafieldsSet', {
      metafields: [
        { ownerId: CUSTOMER, namespace: 'custom', key: 'loyalty_points', value: '250' },
        { ownerId: ORDER, namespace: 'custom', key: 'gift_note', type: 'multi_line_text_field', value: 'Happy\nbirthday' },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      userErrors: [],
      response: { metafieldsSet: { metafields: [
        { namespace: 'custom', key: 'loyalty_points', type: 'number_integer', value: '250', ownerType: 'CUSTOMER' },
        { namespace: 'custom', key: 'gift_note', type: 'multi_line_text_field', ownerType: 'ORDER' },
      ], userErrors: [] } },
    });
    const points = (shopify.get('customers', '7054216839')?.metafields as { key: string; value: string }[]).filter((m) => m.key === 'loyalty_points');
    expect(points).toEqual([{ namespace: 'custom', key: 'loyalty_points', type: 'number_integer', value: '250' }]);
  });

  it('sets nothing when any metafield is wrong, answering each with Shopify’s codes', () => {
    const { run, snapshot } = store();
    const before = snapshot();
    const result = run('metafieldsSet', {
      metafields: [
        { ownerId: CUSTOMER, namespace: 'custom', key: 'fine', type: 'boolean', value: 'true' },
        { ownerId: CUSTOMER, namespace: 'custom', key: 'new_one', value: 'x' },
        { ownerId: ORDER, namespace: 'custom', key: 'count', type: 'number_integer', value: 'many' },
        { ownerId: ORDER, namespace: 'custom', key: 'colour', type: 'color', value: '#fff' },
        { ownerId: 'gid://shopify/Order/1', namespace: 'custom', key: 'x1', type: 'boolean', value: 'true' },
      ],
    });
    expect(result.ok && result.userErrors.map((e) => [e.field?.join('.'), e.code])).toEqual([
      ['metafields.1.type', 'BLANK'],
      ['metafields.2.value', 'INVALID_VALUE'],
      ['metafields.3.type', 'INVALID_TYPE'],
      ['metafields.4.ownerId', 'INVALID'],
    ]);
    expect(snapshot()).toBe(before);
  });

  it('refuses a namespace or key Shopify would refuse, naming the field', () => {
    const { run } = store();
    const result = run('metafieldsSet', { metafields: [{ ownerId: ORDER, namespace: 'custom', key: 'n', type: 'boolean', value: 'true' }] });
    expect(result).toMatchObject({ ok: true, userErrors: [{ field: ['metafields', '0', 'key'], code: 'INVALID', message: expect.stringMatching(/2 to 64 letters/) }] });
  });

  it('refuses more than 25 metafields in one call', () => {
    const { run } = store();
    const metafields = Array.from({ length: 26 }, (_, i) => ({ ownerId: ORDER, namespace: 'custom', key: `k${i}`, type: 'boolean', value: 'true' }));
    expect(run('metafieldsSet', { metafields })).toMatchObject({ userErrors: [{ field: ['metafields'], message: expect.stringMatching(/at most 25/) }] });
  });
});

describe('runAdminMutation', () => {
  it('refuses a mutation the sandbox does not support, listing those it does', () => {
    const { run } = store();
    expect(run('orderCancel', {})).toEqual({
      ok: false,
      code: 'unsupported-mutation',
      error: '"orderCancel" is not a mutation the sandbox supports. Supported: tagsAdd, tagsRemove, orderUpdate, customerUpdate, productUpdate, metafieldsSet.',
    });
    expect(SUPPORTED_ADMIN_MUTATIONS).toHaveLength(6);
  });

  it('fails the call when the variables are not a JSON object', () => {
    const { run } = store();
    expect(run('tagsAdd', '{"id": ')).toMatchObject({ ok: false, code: 'invalid-variables', error: expect.stringMatching(/^The variables are not valid JSON/) });
    expect(run('tagsAdd', '[1]')).toMatchObject({ ok: false, code: 'invalid-variables' });
    expect(run('tagsAdd', '')).toMatchObject({ ok: true, userErrors: [{ field: ['id'] }, { field: ['tags'] }] });
  });
});
