/**
 * Reading store objects the way a workflow sees them: a stored record with
 * its references resolved ONE level (an order's customer; each line item's
 * product and variant; a customer's orders) and its derived attributes
 * (`admin_graphql_api_id`) added. Objects reached through a reference are
 * not resolved further: a line item's product has its variants and tags but
 * no further references, and a customer's orders carry their line items as
 * stored (product ids, not products). Pure: it reads through a StoreReader,
 * so the engine (over the sandbox), the samples and tests share it.
 */
import { gidOf } from './gid';
import type { ObjectTypeName } from './objectTypes';
import { OBJECT_RESOURCE, type StoreResource } from './storeResources';

type Rec = Record<string, unknown>;

/** What resolving reads: records by resource and id, and all records of a resource. */
export interface StoreReader {
  get(resource: StoreResource, id: string): Rec | undefined;
  list(resource: StoreResource): Rec[];
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const idText = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** The record with its derived attributes, references left as ids (what "one level deep" ends with). */
function shallow(object: ObjectTypeName, record: Rec): Rec {
  const id = idText(record.id);
  return OBJECT_RESOURCE[object] && id ? { ...record, admin_graphql_api_id: gidOf(object, id) } : { ...record };
}

function resolveLineItems(items: unknown, reader: StoreReader): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item: unknown) => {
    if (!isRec(item)) return item;
    const out: Rec = { ...item };
    const productId = idText(item.product_id);
    const product = productId === undefined ? undefined : reader.get('products', productId);
    if (product) {
      out.product = shallow('product', product);
      const variantId = idText(item.variant_id);
      const variant = Array.isArray(product.variants) ? product.variants.find((v) => isRec(v) && idText(v.id) === variantId) : undefined;
      if (isRec(variant)) out.variant = { ...variant };
    }
    return out;
  });
}

/** Milliseconds of an ISO time (offsets differ between records, so text order is not time order); 0 when unreadable. */
const timeOf = (v: unknown): number => {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
};

/** Orders by customer id, per frozen list of orders (a list that cannot change is indexed once). */
const byCustomerOf = new WeakMap<readonly Rec[], Map<string, Rec[]>>();

/** The orders whose customer is `customerId`, in list order. */
function ordersWithCustomer(customerId: string, orders: readonly Rec[]): Rec[] {
  if (!Object.isFrozen(orders)) return orders.filter((o) => idText(o.customer_id) === customerId);
  let index = byCustomerOf.get(orders);
  if (!index) {
    index = new Map();
    for (const o of orders) {
      const id = idText(o.customer_id);
      if (id === undefined) continue;
      const list = index.get(id);
      if (list) list.push(o);
      else index.set(id, [o]);
    }
    byCustomerOf.set(orders, index);
  }
  return [...(index.get(customerId) ?? [])];
}

/** Ids in numeric-aware order: the same as `localeCompare(…, 'en', { numeric: true })`, one collator for all. */
const byId = new Intl.Collator('en', { numeric: true }).compare;

/** The orders of a customer, oldest first (the `inverse` attribute customer.orders). */
function ordersOf(customerId: string, orders: readonly Rec[]): Rec[] {
  // Each order's time is read once, not once per comparison.
  return ordersWithCustomer(customerId, orders)
    .map((order) => ({ order, time: timeOf(order.created_at), id: String(order.id) }))
    .sort((a, b) => a.time - b.time || byId(a.id, b.id))
    .map(({ order }) => shallow('order', order));
}

/**
 * A stored record as a workflow reads it (see the module header). `orders`
 * may be passed when resolving many customers, so the orders are listed once.
 */
export function resolveRecord(object: ObjectTypeName, record: Rec, reader: StoreReader, orders?: readonly Rec[]): Rec {
  const out = shallow(object, record);
  if (object === 'order' || object === 'draft_order') {
    const customerId = idText(record.customer_id);
    const customer = customerId === undefined ? undefined : reader.get('customers', customerId);
    if (customer) out.customer = shallow('customer', customer);
    out.line_items = resolveLineItems(record.line_items, reader);
  }
  if (object === 'customer') {
    const id = idText(record.id);
    if (id !== undefined) out.orders = ordersOf(id, orders ?? reader.list('orders'));
  }
  return out;
}

/** Resolves many records of one type (a Get data result), listing what they share once. */
export function resolveRecords(object: ObjectTypeName, records: readonly Rec[], reader: StoreReader): Rec[] {
  const orders = object === 'customer' ? reader.list('orders') : undefined;
  return records.map((r) => resolveRecord(object, r, reader, orders));
}
