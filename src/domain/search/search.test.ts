/**
 * Searching store records: each filter kind (text, words, numbers, dates,
 * booleans, ids, tags and tag_not), free text, exists and prefixes, NOT/OR,
 * unknown filters ignored as Shopify ignores them, sort keys with reverse,
 * the limit, and the errors for a bad query, sort key or limit.
 */
import { describe, expect, it } from 'vitest';
import type { StoreReader } from '../shopify/resolve';
import type { StoreResource } from '../shopify/storeResources';
import { generateStoreData } from '../shopify/generate';
import { searchStore, sortKeysOf } from './search';

type Rec = Record<string, unknown>;
const order = (id: string, fields: Rec): Rec => ({ id, name: `#${id}`, tags: [], note: '', line_items: [], ...fields });

const STORE: Record<StoreResource, Rec[]> = {
  orders: [
    order('1', { email: 'bo.wang@gmail.com', customer_id: '10', status: 'open', financial_status: 'paid', fulfillment_status: 'unfulfilled', total_price: 120, order_number: 1, tags: ['presale', 'gift'], created_at: '2024-06-01T10:00:00Z', updated_at: '2024-06-01T10:00:00Z', line_items: [{ title: 'Red shirt', sku: 'RS-1' }] }),
    order('2', { email: 'ann@example.pl', customer_id: '11', status: 'closed', financial_status: 'refunded', fulfillment_status: 'fulfilled', total_price: 80, order_number: 2, tags: ['Wholesale'], created_at: '2024-06-02T23:30:00Z', updated_at: '2024-06-05T08:00:00Z', note: 'Leave at the door' }),
    order('3', { email: '', customer_id: null, status: 'cancelled', financial_status: 'voided', fulfillment_status: 'unfulfilled', total_price: 300, order_number: 3, created_at: '2024-06-03T00:00:00Z', updated_at: '2024-06-03T00:00:00Z', line_items: [{ title: 'Blue norm shirt', sku: 'BS-2' }] }),
  ],
  customers: [
    { id: '10', first_name: 'Bob', last_name: 'Norman', email: 'bo.wang@gmail.com', tags: ['vip'], orders_count: 5, total_spent: 1200.5, accepts_marketing: true, created_at: '2023-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' },
    { id: '11', first_name: 'Ann', last_name: 'Zielińska', email: 'ann@example.pl', tags: [], orders_count: 1, total_spent: 80, accepts_marketing: false, created_at: '2024-05-01T00:00:00Z', updated_at: '2024-05-01T00:00:00Z' },
  ],
  products: [
    { id: '100', title: 'The Minimal Snowboard', vendor: 'Snow', product_type: 'Boards', status: 'active', tags: ['winter'], total_inventory: 200, variants: [{ sku: 'SB-1', inventory_quantity: 200 }] },
    { id: '101', title: 'Snow Hat', vendor: 'Hats', product_type: 'Hats', status: 'draft', tags: ['presale'], total_inventory: 0, variants: [{ sku: 'HAT-1', inventory_quantity: 0 }] },
  ],
  draft_orders: [],
};

const reader: StoreReader = {
  get: (resource, id) => STORE[resource].find((r) => r.id === id),
  list: (resource) => STORE[resource],
};
const NOW = '2024-06-04T12:00:00Z';
const ids = (resource: StoreResource, query: string, extra: Partial<Parameters<typeof searchStore>[2]> = {}) => {
  const outcome = searchStore(reader, resource, { query, now: NOW, ...extra });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.records.map((r) => r.id);
};

describe('filters', () => {
  it('compare text whole and ignoring case, words by word, and quoted words whole', () => {
    expect(ids('orders', 'status:OPEN')).toEqual(['1']);
    expect(ids('orders', 'fulfillment_status:unfulfilled')).toEqual(['1', '3']);
    expect(ids('orders', 'email:gmail.com')).toEqual(['1']);
    expect(ids('orders', 'email:"bo.wang@gmail.com"')).toEqual(['1']);
    expect(ids('orders', 'email:"gmail.com"')).toEqual([]);
    expect(ids('products', 'title:snowboard')).toEqual(['100']);
    expect(ids('products', 'title:"Snow Hat"')).toEqual(['101']);
  });

  it('compare numbers and ids with every comparator', () => {
    expect(ids('customers', 'orders_count:>3')).toEqual(['10']);
    expect(ids('customers', 'orders_count:<5')).toEqual(['11']);
    expect(ids('customers', 'orders_count:>=1 orders_count:<=1')).toEqual(['11']);
    expect(ids('customers', 'total_spent:1200.5')).toEqual(['10']);
    expect(ids('customers', 'orders_count:many')).toEqual([]);
    expect(ids('orders', 'id:>=2')).toEqual(['2', '3']);
    expect(ids('orders', 'customer_id:gid://shopify/Customer/11')).toEqual(['2']);
    expect(ids('products', 'inventory_total:>150')).toEqual(['100']);
  });

  it('compare dates as instants, a bare date as its whole UTC day for ":", and "now" as the given time', () => {
    expect(ids('orders', "created_at:'2024-06-02'")).toEqual(['2']);
    expect(ids('orders', "created_at:>'2024-06-02T00:00:00Z'")).toEqual(['2', '3']);
    expect(ids('orders', 'created_at:<2024-06-03')).toEqual(['1', '2']);
    expect(ids('orders', 'updated_at:>now')).toEqual(['2']);
    expect(ids('orders', 'created_at:>soon')).toEqual([]);
    expect(ids('customers', "order_date:>='2024-06-02'")).toEqual(['11']);
    expect(ids('customers', "NOT order_date:>='2024-06-02'")).toEqual(['10']);
  });

  it('compare booleans', () => {
    expect(ids('customers', 'accepts_marketing:true')).toEqual(['10']);
    expect(ids('customers', 'accepts_marketing:FALSE')).toEqual(['11']);
    expect(ids('products', 'out_of_stock_somewhere:true')).toEqual(['101']);
  });

  it('match any tag (ignoring case, any of a comma list) and tag_not none of them', () => {
    expect(ids('orders', 'tag:wholesale')).toEqual(['2']);
    expect(ids('orders', "tag:'gift,wholesale'")).toEqual(['1', '2']);
    expect(ids('orders', 'tag_not:presale')).toEqual(['2', '3']);
    expect(ids('orders', 'tag:*')).toEqual(['1', '2']);
    expect(ids('orders', '-tag:*')).toEqual(['3']);
    expect(ids('orders', 'tag:pre*')).toEqual(['1']);
  });

  it('match any line item or variant for list fields like sku', () => {
    expect(ids('orders', 'sku:bs-2')).toEqual(['3']);
    expect(ids('products', 'sku:HAT*')).toEqual(['101']);
  });
});

describe('free text', () => {
  it('looks for every word in the resource’s default fields; quoted, for the phrase', () => {
    expect(ids('orders', 'shirt')).toEqual(['1', '3']);
    expect(ids('orders', 'blue shirt')).toEqual(['3']);
    expect(ids('orders', '"at the door"')).toEqual(['2']);
    expect(ids('customers', 'Bob Norman')).toEqual(['10']);
    expect(ids('customers', 'zielińska')).toEqual(['11']);
    expect(ids('orders', 'nor*')).toEqual(['3']);
  });
});

describe('logic', () => {
  it('combines with AND, OR, NOT and -, with NOT before AND before OR', () => {
    expect(ids('orders', 'status:open OR status:closed')).toEqual(['1', '2']);
    expect(ids('orders', '-status:cancelled fulfillment_status:unfulfilled')).toEqual(['1']);
    expect(ids('orders', 'status:cancelled OR tag:gift financial_status:refunded')).toEqual(['3']);
    expect(ids('orders', '(status:cancelled OR tag:gift) AND NOT financial_status:voided')).toEqual(['1']);
  });
});

describe('unknown filters', () => {
  it('are ignored, so they restrict nothing, and are reported', () => {
    const outcome = searchStore(reader, 'orders', { query: 'colour:red status:open OR -size:xl', now: NOW });
    expect(outcome).toMatchObject({ ok: true, ignoredFields: ['colour', 'size'] });
    expect(outcome.ok && outcome.records.map((r) => r.id)).toEqual(['1']);
    expect(ids('orders', 'colour:red')).toEqual(['1', '2', '3']);
    expect(ids('orders', 'NOT colour:red')).toEqual(['1', '2', '3']);
    // A filter known for one resource may be unknown for another.
    expect(ids('products', 'financial_status:paid')).toEqual(['100', '101']);
  });
});

describe('sorting and the limit', () => {
  it('sorts by the resource’s sort keys, by id when none is given, and reverses on request', () => {
    expect(ids('orders', '')).toEqual(['1', '2', '3']);
    expect(ids('orders', '', { sortKey: 'TOTAL_PRICE' })).toEqual(['2', '1', '3']);
    expect(ids('orders', '', { sortKey: 'TOTAL_PRICE', reverse: true })).toEqual(['3', '1', '2']);
    expect(ids('orders', '', { sortKey: 'UPDATED_AT', reverse: true })).toEqual(['2', '3', '1']);
    expect(ids('orders', '', { sortKey: 'CUSTOMER_NAME' })).toEqual(['3', '2', '1']);
    expect(ids('customers', '', { sortKey: 'NAME' })).toEqual(['11', '10']);
    expect(ids('products', '', { sortKey: 'TITLE' })).toEqual(['101', '100']);
    expect(sortKeysOf('products')[0]).toBe('ID');
  });

  it('returns at most the limit and says how many matched', () => {
    const outcome = searchStore(reader, 'orders', { query: '', now: NOW, limit: 2, sortKey: 'CREATED_AT', reverse: true });
    expect(outcome).toMatchObject({ ok: true, total: 3 });
    expect(outcome.ok && outcome.records.map((r) => r.id)).toEqual(['3', '2']);
  });

  it('refuses a limit outside 1–100, an unknown sort key and a query that does not parse', () => {
    for (const limit of [0, 101, 2.5]) {
      expect(searchStore(reader, 'orders', { query: '', now: NOW, limit })).toMatchObject({ ok: false, error: { code: 'limit-out-of-range' } });
    }
    const sort = searchStore(reader, 'customers', { query: '', now: NOW, sortKey: 'TOTAL_PRICE' });
    expect(sort).toMatchObject({ ok: false, error: { code: 'unknown-sort-key' } });
    expect(!sort.ok && sort.error.message).toBe('"TOTAL_PRICE" is not a sort key here; use one of ID, CREATED_AT, UPDATED_AT, NAME.');
    expect(searchStore(reader, 'orders', { query: 'tag:"x', now: NOW })).toMatchObject({ ok: false, error: { code: 'unclosed-quote', offset: 4 } });
  });
});

describe('on generated store data', () => {
  it('finds the unfulfilled orders of the templates, newest first, and presale products', () => {
    const data = generateStoreData('store-1', '2026-03-02T10:00:00Z');
    const store: StoreReader = { get: (r, id) => data[r].find((x) => x.id === id), list: (r) => data[r] as unknown as Rec[] };
    const outcome = searchStore(store, 'orders', { query: 'fulfillment_status:unfulfilled AND NOT status:cancelled', sortKey: 'CREATED_AT', reverse: true, now: '2026-03-02T10:00:00Z' });
    expect(outcome.ok && outcome.total).toBe(11);
    const products = searchStore(store, 'products', { query: 'tag:presale status:active', now: '2026-03-02T10:00:00Z' });
    expect(products.ok && products.records.map((p) => p.title)).toContain('Czołówka LED Halny 400 lm');
  });
});
