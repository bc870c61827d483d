/**
 * Where the store data lives: the sandbox of the built-in app "shopify" in
 * each store, one collection per resource (customers, orders, products,
 * draft_orders), one record per object keyed by its numeric id. Runs, dry
 * runs, the Sandbox page and Get data all read these same records.
 */
import { z } from 'zod';
import type { ObjectTypeName } from './objectTypes';

/** The app whose sandbox holds the store data. */
export const STORE_DATA_APP = 'shopify';

/** The resources of the store data, named as their sandbox collections (and as Get data names them). */
export const STORE_RESOURCES = ['orders', 'customers', 'products', 'draft_orders'] as const;
export const StoreResource = z.enum(STORE_RESOURCES);
export type StoreResource = z.infer<typeof StoreResource>;

/** The object type of a resource's records. */
export const RESOURCE_OBJECT: Readonly<Record<StoreResource, ObjectTypeName>> = {
  orders: 'order',
  customers: 'customer',
  products: 'product',
  draft_orders: 'draft_order',
};

/** The resource (collection) holding the objects of a type, for the types the store keeps. */
export const OBJECT_RESOURCE: Readonly<Partial<Record<ObjectTypeName, StoreResource>>> = {
  order: 'orders',
  customer: 'customers',
  product: 'products',
  draft_order: 'draft_orders',
};

/** True when a sandbox row (by app and collection) is part of the store data. */
export function isStoreDataRow(row: { appId: string; collection: string }): boolean {
  return row.appId === STORE_DATA_APP && (STORE_RESOURCES as readonly string[]).includes(row.collection);
}
