/**
 * A store's simulated data, generated: deterministic for a store id and a
 * time (`now`, the moment of seeding: orders are spread over the 90 days
 * before it), and different from store to store. Every store also holds the
 * sample (anchor) records of samples.ts, so trigger sample payloads name
 * records that exist.
 *
 * What each store is guaranteed, whatever its seed (the templates rely on
 * it): 37 orders of which 13 unfulfilled (6 of them with a product tagged
 * `presale`, the sample order included), 3 partly fulfilled, 2 cancelled and
 * 3 by guests; 24 customers with order counts and amounts that agree with
 * their orders, most with a `custom.loyalty_points` metafield; 14 products
 * with variants (3 presale, one draft, one archived); 6 draft orders.
 */
import { ORDER_NOTES, GIFT_MESSAGES } from './pools';
import { hashText, seededRandom, type Random } from './random';
import type { CustomerRecord, DraftOrderRecord, LineItemRecord, OrderRecord, ProductRecord } from './records';
import { SAMPLE_RECORDS } from './samples';
import { type StoreResource, STORE_DATA_APP } from './storeResources';
import { DAY_MS, generateProducts, iso, round2, idsFor, type StoreIds } from './generateProducts';
import { type DraftCustomer, generateCustomers } from './generateCustomers';

/** A store's data, one list per resource. */
export interface StoreData {
  customers: CustomerRecord[];
  orders: OrderRecord[];
  products: ProductRecord[];
  draft_orders: DraftOrderRecord[];
}

export const GENERATED_ORDERS = 36;
const FULFILLMENT = { unfulfilled: 12, partial: 3 } as const;
const PRESALE_ORDERS = 5;
const CANCELLED_ORDERS = 2;
const GUEST_ORDERS = 3;
const FINANCIAL: readonly [OrderRecord['financial_status'], number][] = [
  ['pending', 4],
  ['authorized', 2],
  ['partially_refunded', 2],
  ['refunded', 1],
];

function spread<T>(total: number, counts: readonly [T, number][], rest: T): T[] {
  const out = counts.flatMap(([value, n]) => Array<T>(n).fill(value));
  return [...out, ...Array<T>(total - out.length).fill(rest)];
}

interface LineItemMaker {
  (product: ProductRecord): LineItemRecord;
}

function lineItemMaker(rng: Random, ids: StoreIds): LineItemMaker {
  let n = 0;
  return (product) => {
    const variant = rng.pick(product.variants);
    return {
      id: ids.lineItem(n++),
      product_id: product.id,
      variant_id: variant.id,
      title: product.title,
      variant_title: variant.title,
      sku: variant.sku,
      quantity: rng.chance(0.8) ? 1 : rng.int(2, 3),
      price: variant.price,
    };
  };
}

/** One to three distinct products; a presale order starts with a presale product. */
function pickItems(rng: Random, presale: boolean, catalogue: { presale: ProductRecord[]; regular: ProductRecord[] }): ProductRecord[] {
  const regular = rng.shuffle(catalogue.regular).slice(0, rng.int(presale ? 0 : 1, 2));
  return presale ? [rng.pick(catalogue.presale), ...regular] : regular;
}

function totals(items: readonly LineItemRecord[], rng: Random) {
  const subtotal = round2(items.reduce((sum, li) => sum + li.price * li.quantity, 0));
  const shipping = subtotal >= 300 ? 0 : rng.pick([14.99, 19.99]);
  return { subtotal_price: subtotal, shipping_price: shipping, total_price: round2(subtotal + shipping) };
}

function generateOrders(rng: Random, ids: StoreIds, nowMs: number, customers: readonly CustomerRecord[], products: readonly ProductRecord[]): OrderRecord[] {
  const active = products.filter((p) => p.status === 'active');
  const catalogue = { presale: active.filter((p) => p.tags.includes('presale')), regular: active.filter((p) => !p.tags.includes('presale')) };
  const makeItem = lineItemMaker(rng, ids);
  const fulfillment = rng.shuffle(spread<OrderRecord['fulfillment_status']>(GENERATED_ORDERS, [['unfulfilled', FULFILLMENT.unfulfilled], ['partial', FULFILLMENT.partial]], 'fulfilled'));
  const unfulfilled = rng.shuffle(fulfillment.flatMap((f, i) => (f === 'unfulfilled' ? [i] : [])));
  const presale = new Set(unfulfilled.slice(0, PRESALE_ORDERS));
  const cancelled = new Set(unfulfilled.slice(PRESALE_ORDERS, PRESALE_ORDERS + CANCELLED_ORDERS));
  const financial = rng.shuffle(spread(GENERATED_ORDERS, FINANCIAL, 'paid'));
  const risk = rng.shuffle(spread<OrderRecord['risk_level']>(GENERATED_ORDERS, [['medium', 2], ['high', 1]], 'low'));
  const buyers = rng.shuffle([...Array<'guest'>(GUEST_ORDERS).fill('guest'), 'sample', 'sample', ...Array<'any'>(GENERATED_ORDERS - GUEST_ORDERS - 2).fill('any')]);
  const times = Array.from({ length: GENERATED_ORDERS }, () => nowMs - rng.int(0, 90 * 24 * 60) * 60_000).sort((a, b) => a - b);
  const firstNumber = 1053 + rng.int(0, 30);
  const sample = SAMPLE_RECORDS.customers[0]!;
  const others = customers.filter((c) => c.id !== sample.id && c.state !== 'disabled');
  return times.map((created, i): OrderRecord => {
    const customer = buyers[i] === 'guest' ? undefined : buyers[i] === 'sample' ? sample : rng.pick(others);
    const lineItems = pickItems(rng, presale.has(i), catalogue).map(makeItem);
    const gift = rng.chance(0.15);
    const tags = [gift ? 'gift' : '', customer?.tags.includes('wholesale') ? 'wholesale' : '', rng.chance(0.1) ? 'priority' : ''].filter(Boolean);
    const paid = financial[i]!;
    const isCancelled = cancelled.has(i);
    const fulfilled = fulfillment[i] === 'fulfilled';
    const updated = Math.min(nowMs, created + (fulfilled ? rng.int(1, 4) * DAY_MS : rng.int(0, 120) * 60_000));
    const number = firstNumber + i;
    return {
      id: ids.order(i),
      name: `#${number}`,
      order_number: number,
      email: customer?.email ?? `gosc${number}@example.pl`,
      customer_id: customer?.id ?? null,
      status: isCancelled ? 'cancelled' : fulfilled && paid === 'paid' && nowMs - created > 30 * DAY_MS ? 'closed' : 'open',
      financial_status: isCancelled ? (paid === 'pending' || paid === 'authorized' ? 'voided' : 'refunded') : paid,
      fulfillment_status: fulfillment[i]!,
      risk_level: risk[i]!,
      currency: 'PLN',
      ...totals(lineItems, rng),
      line_items_count: lineItems.length,
      tags,
      note: rng.chance(0.2) ? rng.pick(ORDER_NOTES) : '',
      created_at: iso(created),
      updated_at: iso(updated),
      line_items: lineItems,
      metafields: gift ? [{ namespace: 'custom', key: 'gift_message', type: 'single_line_text_field', value: rng.pick(GIFT_MESSAGES) }] : [],
    };
  });
}

export const GENERATED_DRAFT_ORDERS = 5;

function generateDraftOrders(rng: Random, ids: StoreIds, nowMs: number, customers: readonly CustomerRecord[], products: readonly ProductRecord[]): DraftOrderRecord[] {
  const regular = products.filter((p) => p.status === 'active' && !p.tags.includes('presale'));
  const makeItem = lineItemMaker(rng, { ...ids, lineItem: (n) => ids.lineItem(900 + n) });
  const statuses = rng.shuffle<DraftOrderRecord['status']>(['open', 'open', 'open', 'invoice_sent', 'completed']);
  return statuses.map((status, i): DraftOrderRecord => {
    const customer = rng.pick(customers);
    const lineItems = rng.shuffle(regular).slice(0, rng.int(1, 2)).map(makeItem);
    const subtotal = round2(lineItems.reduce((sum, li) => sum + li.price * li.quantity, 0));
    const created = nowMs - rng.int(0, 20 * 24 * 60) * 60_000;
    return {
      id: ids.draftOrder(i),
      name: `#D${8 + i}`,
      status,
      email: customer.email,
      customer_id: customer.id,
      currency: 'PLN',
      subtotal_price: subtotal,
      total_price: subtotal,
      tags: rng.chance(0.3) ? ['b2b'] : [],
      note: rng.chance(0.3) ? rng.pick(ORDER_NOTES) : '',
      created_at: iso(created),
      updated_at: iso(created),
      line_items: lineItems,
      metafields: [],
    };
  });
}

/** Order counts, amounts spent (cancelled orders left out), `returning` tags and loyalty points from the orders. */
function withTotals(drafts: readonly DraftCustomer[], orders: readonly OrderRecord[]): CustomerRecord[] {
  return drafts.map(({ record, loyalty }) => {
    const own = orders.filter((o) => o.customer_id === record.id);
    const spent = round2(own.filter((o) => o.status !== 'cancelled').reduce((sum, o) => sum + o.total_price, 0));
    const latest = Math.max(Date.parse(record.created_at), ...own.map((o) => Date.parse(o.created_at)));
    const others = record.metafields.filter((m) => !(m.namespace === 'custom' && m.key === 'loyalty_points'));
    return {
      ...record,
      orders_count: own.length,
      total_spent: spent,
      tags: own.length >= 2 && !record.tags.includes('returning') ? [...record.tags, 'returning'] : record.tags,
      updated_at: latest > Date.parse(record.updated_at) ? iso(latest) : record.updated_at,
      metafields: loyalty ? [...others, { namespace: 'custom', key: 'loyalty_points', type: 'number_integer', value: String(Math.floor(spent / 10)) }] : others,
    };
  });
}

/** The store's data: generated records and the sample records, newest order first. Same inputs, same data. */
export function generateStoreData(storeId: string, now: string): StoreData {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new Error(`"${now}" is not a date and time`);
  const hash = hashText(storeId);
  const rng = seededRandom(hash);
  const ids = idsFor(hash);
  const samples = structuredClone(SAMPLE_RECORDS) as StoreData;
  const products = [...samples.products, ...generateProducts(rng, ids, nowMs)];
  const drafts: DraftCustomer[] = [
    ...samples.customers.map((record) => ({ record, loyalty: true })),
    ...generateCustomers(rng, ids, nowMs, new Set(samples.customers.map((c) => c.email))),
  ];
  const customersSoFar = drafts.map((d) => d.record);
  const orders = [...samples.orders, ...generateOrders(rng, ids, nowMs, customersSoFar, products)];
  const draftOrders = [...samples.draft_orders, ...generateDraftOrders(rng, ids, nowMs, customersSoFar, products)];
  return { customers: withTotals(drafts, orders), orders, products, draft_orders: draftOrders };
}

/** The store data as sandbox rows (app "shopify", a collection per resource, keyed by id). */
export function storeDataRows(storeId: string, data: StoreData): { storeId: string; appId: string; collection: StoreResource; id: string; record: Record<string, unknown> }[] {
  return (Object.keys(data) as StoreResource[]).flatMap((collection) =>
    data[collection].map((record) => ({ storeId, appId: STORE_DATA_APP, collection, id: record.id, record: { ...record } })),
  );
}
