/**
 * Simulated Edit Order by Cleverific. Orders keep the line items the app has
 * added ("SKU, quantity" lines); "Expand bundles" replaces every line whose
 * SKU is a bundle set up in the Edit Order feature (the "bundles" collection,
 * seeded with one example bundle when empty) by the bundle's components.
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import { optionalBoolean, reject, requiredResourceId, requiredText, setting } from './adapterHelpers';

interface LineItem {
  sku: string;
  quantity: number;
}

interface Bundle {
  sku: string;
  components: LineItem[];
}

const EXAMPLE_BUNDLE: Bundle = {
  sku: 'GIFT-BOX',
  components: [
    { sku: 'MUG', quantity: 1 },
    { sku: 'COFFEE-250G', quantity: 2 },
  ],
};

const MAX_QUANTITY = 10000;

function isLineItem(value: unknown): value is LineItem {
  const v = value as LineItem;
  return typeof v === 'object' && v !== null && typeof v.sku === 'string' && typeof v.quantity === 'number';
}

function orderLines(call: ActionCall, orderId: string): LineItem[] {
  const lines = call.sandbox.get('orders', orderId)?.lineItems;
  return Array.isArray(lines) ? lines.filter(isLineItem) : [];
}

/** Adds quantities of the same SKU together, keeping the first position. */
function mergeLines(lines: readonly LineItem[]): LineItem[] {
  const merged = new Map<string, LineItem>();
  for (const line of lines) {
    const key = line.sku.toUpperCase();
    const found = merged.get(key);
    if (found) found.quantity += line.quantity;
    else merged.set(key, { ...line });
  }
  return [...merged.values()];
}

function bundles(call: ActionCall): Bundle[] {
  let records = call.sandbox.list('bundles');
  if (records.length === 0) {
    call.sandbox.upsert('bundles', EXAMPLE_BUNDLE.sku, { ...EXAMPLE_BUNDLE, example: true });
    records = call.sandbox.list('bundles');
  }
  return records.flatMap((r) =>
    typeof r.sku === 'string' && Array.isArray(r.components)
      ? [{ sku: r.sku, components: r.components.filter(isLineItem) }]
      : [],
  );
}

const expandBundles: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const known = new Map(bundles(call).map((b) => [b.sku.toUpperCase(), b]));
  const before = orderLines(call, orderId);
  let expandedBundleCount = 0;
  const after: LineItem[] = [];
  for (const line of before) {
    const bundle = known.get(line.sku.toUpperCase());
    if (!bundle) {
      after.push(line);
      continue;
    }
    expandedBundleCount += line.quantity;
    for (const part of bundle.components) after.push({ sku: part.sku, quantity: part.quantity * line.quantity });
  }
  call.sandbox.upsert('orders', orderId, { orderId, lineItems: mergeLines(after), updatedAt: call.now });
  call.sandbox.insert('edits', {
    orderId,
    kind: 'expand bundles',
    detail: expandedBundleCount === 0 ? 'no bundles in the order' : `${expandedBundleCount} bundle(s) expanded`,
    editedBy: setting(call, 'staffEmail') ?? '',
    editedAt: call.now,
  });
  return { output: { expanded_bundle_count: expandedBundleCount } };
};

/** "SKU, quantity" lines (quantity 1 when left out); rejects a malformed line by number. */
function parseLineItems(text: string): LineItem[] {
  const items: LineItem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const [skuPart, quantityPart, ...rest] = line.split(',').map((s) => s.trim());
    const sku = skuPart ?? '';
    if (sku === '' || rest.length > 0) {
      reject(`line item ${i + 1} ("${line}") is not in the form "SKU, quantity"`);
    }
    const quantity = quantityPart === undefined || quantityPart === '' ? 1 : Number(quantityPart);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      reject(`line item ${i + 1} ("${line}") has quantity "${quantityPart}"; it must be a whole number from 1 to ${MAX_QUANTITY}`);
    }
    items.push({ sku, quantity });
  });
  if (items.length === 0) reject('no line items given: write one "SKU, quantity" per line');
  return items;
}

const editAddLineItems: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const added = parseLineItems(requiredText(call.fields, 'line_items', 'the line items'));
  const notifyCustomer = optionalBoolean(call.fields, 'notify_customer') ?? false;
  const lineItems = mergeLines([...orderLines(call, orderId), ...added]);
  call.sandbox.upsert('orders', orderId, { orderId, lineItems, updatedAt: call.now });
  call.sandbox.insert('edits', {
    orderId,
    kind: 'add line items',
    detail: added.map((l) => `${l.quantity} × ${l.sku}`).join(', '),
    customerNotified: notifyCustomer,
    editedBy: setting(call, 'staffEmail') ?? '',
    editedAt: call.now,
  });
  return {};
};

export const cleverificAdapter: AppAdapter = {
  appId: 'cleverific',
  actions: { 'expand-bundles': expandBundles, 'edit-add-line-items': editAddLineItems },
  collections: { orders: 'Orders (line items)', bundles: 'Bundles', edits: 'Order edits' },
};
