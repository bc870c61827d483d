/**
 * Sample objects of every type of the model. They tell one story with the
 * built-in Shopify triggers' sample payloads (same ids: order #1052 of Anna
 * Kowalska, the Tatra backpack whose "Grafitowy" variant runs low), and they
 * are also the fixed "anchor" records every store's generated data contains,
 * so firing a trigger with its sample payload reads a real record of the
 * store, line items and all.
 *
 * `SAMPLE_RECORDS` are stored records (references as ids); `sampleObject`
 * gives an object as a workflow reads it (resolved one level, resolve.ts).
 */
import type { ObjectTypeName } from './objectTypes';
import type { CustomerRecord, DraftOrderRecord, OrderRecord, ProductRecord } from './records';
import { type StoreReader, resolveRecord } from './resolve';
import type { StoreResource } from './storeResources';

const ANNA: CustomerRecord = {
  id: '7054216839',
  email: 'anna.kowalska@example.pl',
  first_name: 'Anna',
  last_name: 'Kowalska',
  phone: '+48601234567',
  state: 'enabled',
  tags: ['vip', 'newsletter'],
  note: '',
  orders_count: 7,
  total_spent: 1843.5,
  accepts_marketing: true,
  country: 'PL',
  created_at: '2023-02-14T09:30:00+01:00',
  updated_at: '2024-06-03T10:15:42+02:00',
  metafields: [{ namespace: 'custom', key: 'loyalty_points', type: 'number_integer', value: '184' }],
};

const TATRA: ProductRecord = {
  id: '8123456789',
  title: 'Plecak miejski Tatra 20 l',
  handle: 'plecak-miejski-tatra-20-l',
  vendor: 'Górska Pracownia',
  product_type: 'Plecaki',
  status: 'active',
  tags: ['outdoor', 'bestseller'],
  total_inventory: 42,
  created_at: '2024-03-01T08:00:00+01:00',
  updated_at: '2024-06-03T10:15:42+02:00',
  variants: [
    { id: '44123456789', title: 'Grafitowy', sku: 'TATRA-20-GRF', price: 149.99, inventory_quantity: 3 },
    { id: '44123456790', title: 'Oliwkowy', sku: 'TATRA-20-OLV', price: 149.99, inventory_quantity: 39 },
  ],
  metafields: [],
};

const HALNY: ProductRecord = {
  id: '8123456790',
  title: 'Czołówka LED Halny 400 lm',
  handle: 'czolowka-led-halny-400-lm',
  vendor: 'Halny Outdoor',
  product_type: 'Latarki',
  status: 'active',
  tags: ['presale', 'nowość'],
  total_inventory: 0,
  created_at: '2024-05-20T09:00:00+02:00',
  updated_at: '2024-05-20T09:00:00+02:00',
  variants: [{ id: '44123456791', title: 'Default Title', sku: 'HALNY-400', price: 80, inventory_quantity: 0 }],
  metafields: [{ namespace: 'custom', key: 'ships_on', type: 'date', value: '2024-07-15' }],
};

const ORDER_1052: OrderRecord = {
  id: '5312894021',
  name: '#1052',
  order_number: 1052,
  email: 'anna.kowalska@example.pl',
  customer_id: '7054216839',
  status: 'open',
  financial_status: 'paid',
  fulfillment_status: 'unfulfilled',
  risk_level: 'low',
  currency: 'PLN',
  subtotal_price: 229.99,
  shipping_price: 20,
  total_price: 249.99,
  line_items_count: 2,
  tags: ['gift'],
  note: '',
  created_at: '2024-06-03T10:15:42+02:00',
  updated_at: '2024-06-03T10:15:42+02:00',
  line_items: [
    { id: '13501234001', product_id: '8123456789', variant_id: '44123456789', title: TATRA.title, variant_title: 'Grafitowy', sku: 'TATRA-20-GRF', quantity: 1, price: 149.99 },
    { id: '13501234002', product_id: '8123456790', variant_id: '44123456791', title: HALNY.title, variant_title: 'Default Title', sku: 'HALNY-400', quantity: 1, price: 80 },
  ],
  metafields: [],
};

const DRAFT_D7: DraftOrderRecord = {
  id: '1094567812',
  name: '#D7',
  status: 'open',
  email: 'anna.kowalska@example.pl',
  customer_id: '7054216839',
  currency: 'PLN',
  subtotal_price: 149.99,
  total_price: 149.99,
  tags: [],
  note: 'Zamówienie przyjęte telefonicznie',
  created_at: '2024-06-01T14:20:00+02:00',
  updated_at: '2024-06-01T14:20:00+02:00',
  line_items: [
    { id: '13501234101', product_id: '8123456789', variant_id: '44123456790', title: TATRA.title, variant_title: 'Oliwkowy', sku: 'TATRA-20-OLV', quantity: 1, price: 149.99 },
  ],
  metafields: [],
};

/** The sample (anchor) records of each resource, as stored; every store's data contains them. */
export const SAMPLE_RECORDS: {
  readonly customers: readonly CustomerRecord[];
  readonly orders: readonly OrderRecord[];
  readonly products: readonly ProductRecord[];
  readonly draft_orders: readonly DraftOrderRecord[];
} = { customers: [ANNA], orders: [ORDER_1052], products: [TATRA, HALNY], draft_orders: [DRAFT_D7] };

const SAMPLE_SHOP = { name: 'Sklep demo', email: 'sklep@example.pl', currency: 'PLN', myshopify_domain: 'sklep-demo.myshopify.com' };

/** Reads the sample records (and nothing else). */
export const SAMPLE_READER: StoreReader = {
  get: (resource: StoreResource, id: string) => {
    const found = (SAMPLE_RECORDS[resource] as readonly { id: string }[]).find((r) => r.id === id);
    return found && structuredClone(found);
  },
  list: (resource: StoreResource) => structuredClone([...SAMPLE_RECORDS[resource]]),
};

const FIRST: Readonly<Record<'customer' | 'order' | 'product' | 'draft_order', Record<string, unknown>>> = {
  customer: ANNA,
  order: ORDER_1052,
  product: TATRA,
  draft_order: DRAFT_D7,
};

/**
 * A sample object of the type as a workflow reads it (references resolved one
 * level among the samples). `overrides` replaces stored values before
 * resolving (`{ id: '42' }` to match a trigger payload). A fresh copy each call.
 */
export function sampleObject(object: ObjectTypeName, overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  switch (object) {
    case 'shop':
      return { ...SAMPLE_SHOP, ...overrides };
    case 'line_item':
      return { ...(sampleObject('order').line_items as Record<string, unknown>[])[0]!, ...overrides };
    case 'variant':
      return { ...TATRA.variants[0]!, ...overrides };
    case 'metafield':
      return { ...ANNA.metafields[0]!, ...overrides };
    default:
      return resolveRecord(object, structuredClone({ ...FIRST[object], ...overrides }), SAMPLE_READER);
  }
}
