/**
 * The filters and sort keys each store resource understands, and how each
 * filter reads a record. Names follow Shopify's documented filters for the
 * Admin API's orders, customers, products and draft orders queries (and
 * Flow's search-syntax notes); a few are our own choices, marked `ours` and
 * listed in docs/store-data.md. A filter name not listed here is ignored, as
 * Shopify ignores unknown filters.
 */
import type { StoreResource } from '../shopify/storeResources';

type Rec = Record<string, unknown>;

/**
 * How a filter compares:
 * - `text`: the whole value, ignoring case (`status:open`);
 * - `token`: words of the value (`email:gmail.com`); a quoted value must match whole;
 * - `number`, `date`, `boolean`: as such (`orders_count:>3`, `created_at:<'2024-06-01'`);
 * - `id`: a numeric id, plain or as a global id;
 * - `tags`: any tag (comma-separated values: any of them); `tags_not`: none of them.
 * A filter whose reader returns a list matches when any item does.
 */
export type FilterKind = 'text' | 'token' | 'number' | 'date' | 'boolean' | 'id' | 'tags' | 'tags_not';

/** What a filter may need beyond the record: the store's other records. */
export interface SearchContext {
  /** The orders of a customer (for customers' `order_date`). */
  ordersOf(customerId: string): readonly Rec[];
  /** A customer by id (for orders' CUSTOMER_NAME sort). */
  customer(id: string): Rec | undefined;
}

export interface FilterField {
  readonly kind: FilterKind;
  readonly read: (record: Rec, ctx: SearchContext) => unknown;
  /** True for a filter Shopify does not document for this resource (our addition). */
  readonly ours?: boolean;
}

const key = (k: string) => (r: Rec) => r[k];
const f = (kind: FilterKind, read: FilterField['read'], ours = false): FilterField => (ours ? { kind, read, ours } : { kind, read });
const list = (listKey: string, itemKey: string) => (r: Rec) =>
  Array.isArray(r[listKey]) ? (r[listKey] as Rec[]).map((item) => item?.[itemKey]) : [];

const common = {
  id: f('id', key('id')),
  tag: f('tags', key('tags')),
  tag_not: f('tags_not', key('tags')),
  created_at: f('date', key('created_at')),
  updated_at: f('date', key('updated_at')),
};

/** What orders and draft orders are both searched by. */
const orderLike = {
  name: f('text', (r) => [r.name, String(r.name ?? '').replace(/^#/, '')]),
  status: f('text', key('status')),
  email: f('token', key('email')),
  customer_id: f('id', key('customer_id')),
};

/** The filters of each resource by name. */
export const FILTERS: Readonly<Record<StoreResource, Readonly<Record<string, FilterField>>>> = {
  orders: {
    ...common,
    ...orderLike,
    financial_status: f('text', key('financial_status')),
    fulfillment_status: f('text', key('fulfillment_status')),
    risk_level: f('text', key('risk_level')),
    sku: f('text', list('line_items', 'sku')),
    processed_at: f('date', key('created_at')),
    total_price: f('number', key('total_price'), true),
  },
  customers: {
    ...common,
    email: f('token', key('email')),
    first_name: f('text', key('first_name')),
    last_name: f('text', key('last_name')),
    phone: f('text', key('phone')),
    country: f('text', key('country')),
    state: f('text', key('state')),
    orders_count: f('number', key('orders_count')),
    total_spent: f('number', key('total_spent')),
    accepts_marketing: f('boolean', key('accepts_marketing')),
    customer_date: f('date', key('created_at')),
    order_date: f('date', (r, ctx) => ctx.ordersOf(String(r.id)).map((o) => o.created_at)),
  },
  products: {
    ...common,
    title: f('token', key('title')),
    handle: f('text', key('handle'), true),
    vendor: f('text', key('vendor')),
    product_type: f('text', key('product_type')),
    status: f('text', key('status')),
    sku: f('text', list('variants', 'sku')),
    inventory_total: f('number', key('total_inventory')),
    out_of_stock_somewhere: f('boolean', (r) => (Array.isArray(r.variants) ? (r.variants as Rec[]).some((v) => Number(v?.inventory_quantity) <= 0) : false)),
  },
  draft_orders: { ...common, ...orderLike },
};

/** What free text (a term without a filter name) looks in, per resource. */
export const DEFAULT_FIELDS: Readonly<Record<StoreResource, (record: Rec) => unknown[]>> = {
  orders: (r) => [r.name, r.email, r.note, ...arr(r.tags), ...list('line_items', 'title')(r), ...list('line_items', 'sku')(r)],
  customers: (r) => [r.first_name, r.last_name, r.email, r.phone, r.note, ...arr(r.tags)],
  products: (r) => [r.title, r.vendor, r.product_type, ...arr(r.tags), ...list('variants', 'sku')(r)],
  draft_orders: (r) => [r.name, r.email, r.note, ...arr(r.tags)],
};

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A sort key: what it sorts by, and whether as numbers, times or text. */
export interface SortKey {
  readonly kind: 'number' | 'date' | 'text' | 'id';
  readonly read: (record: Rec, ctx: SearchContext) => unknown;
}

const customerName = (r: Rec, ctx: SearchContext) => {
  const c = typeof r.customer_id === 'string' ? ctx.customer(r.customer_id) : undefined;
  return c ? `${String(c.first_name ?? '')} ${String(c.last_name ?? '')}`.trim() : '';
};
const s = (kind: SortKey['kind'], read: SortKey['read']): SortKey => ({ kind, read });

/** The sort keys of each resource (Shopify's names; RELEVANCE is not offered). The first is the default. */
export const SORT_KEYS: Readonly<Record<StoreResource, Readonly<Record<string, SortKey>>>> = {
  orders: {
    ID: s('id', key('id')),
    CREATED_AT: s('date', key('created_at')),
    UPDATED_AT: s('date', key('updated_at')),
    PROCESSED_AT: s('date', key('created_at')),
    ORDER_NUMBER: s('number', key('order_number')),
    TOTAL_PRICE: s('number', key('total_price')),
    CUSTOMER_NAME: s('text', customerName),
    FINANCIAL_STATUS: s('text', key('financial_status')),
    FULFILLMENT_STATUS: s('text', key('fulfillment_status')),
  },
  customers: {
    ID: s('id', key('id')),
    CREATED_AT: s('date', key('created_at')),
    UPDATED_AT: s('date', key('updated_at')),
    NAME: s('text', (r) => `${String(r.first_name ?? '')} ${String(r.last_name ?? '')}`.trim()),
  },
  products: {
    ID: s('id', key('id')),
    CREATED_AT: s('date', key('created_at')),
    UPDATED_AT: s('date', key('updated_at')),
    TITLE: s('text', key('title')),
    VENDOR: s('text', key('vendor')),
    PRODUCT_TYPE: s('text', key('product_type')),
    INVENTORY_TOTAL: s('number', key('total_inventory')),
  },
  draft_orders: {
    ID: s('id', key('id')),
    NUMBER: s('number', (r) => Number(String(r.name ?? '').replace(/\D/g, ''))),
    UPDATED_AT: s('date', key('updated_at')),
    CUSTOMER_NAME: s('text', customerName),
    STATUS: s('text', key('status')),
    TOTAL_PRICE: s('number', key('total_price')),
  },
};
