/**
 * The engine's door to a store's simulated data (the sandbox of the app
 * "shopify"): reading one object as a workflow sees it, and searching a
 * resource as Get data does. Both go through the store's SandboxApi, so a
 * run, a dry run (a copy of the sandbox) and an adapter attempt (a staged
 * view) read exactly what they would write.
 *
 * The rules are the domain's: resolving references one level
 * (domain/shopify/resolve.ts) and the search syntax (domain/search).
 */
import { type SearchOutcome, type SearchRequest, searchStore } from '../domain/search/search';
import type { ObjectTypeName } from '../domain/shopify/objectTypes';
import { type StoreReader, resolveRecord, resolveRecords } from '../domain/shopify/resolve';
import { OBJECT_RESOURCE, RESOURCE_OBJECT, type StoreResource } from '../domain/shopify/storeResources';
import type { SandboxReader } from './sandbox';

/**
 * What reading the store needs: a SandboxApi (copies), or the sandbox's
 * {@link SandboxReader} (its frozen records, no copies). Nothing here
 * changes what it reads; resolving makes new objects around the records.
 */
export type StoreRecords = SandboxReader;

/** The store data of a SandboxApi or reader (the store's Shopify sandbox) as the domain reads it. */
export function storeReader(shopify: StoreRecords): StoreReader {
  return {
    get: (resource, id) => shopify.get(resource, id),
    list: (resource) => shopify.list(resource),
  };
}

/** `gid://shopify/Order/42`, `42` and ` 42 ` all become "42"; undefined when there is no id. */
export function resourceKey(id: unknown): string | undefined {
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id !== 'string') return undefined;
  const trimmed = id.trim();
  if (trimmed === '') return undefined;
  // Only a global id has a prefix to take off (most ids are plain: no regular expression for them).
  return trimmed.startsWith('gid:') ? trimmed.replace(/^gid:\/\/shopify\/\w+\//, '') : trimmed;
}

/**
 * One object of the store as a workflow reads it: the stored record with its
 * references resolved one level (an order's customer, each line item's
 * product and variant; a customer's orders) and `admin_graphql_api_id`.
 * Undefined when the store has no such object. `id` may be a global id.
 */
export function resolveObject(
  shopify: StoreRecords,
  object: Extract<ObjectTypeName, 'order' | 'customer' | 'product' | 'draft_order'>,
  id: unknown,
): Record<string, unknown> | undefined {
  const key = resourceKey(id);
  const resource = OBJECT_RESOURCE[object]!;
  const record = key === undefined ? undefined : shopify.get(resource, key);
  return record && resolveRecord(object, record, storeReader(shopify));
}

/**
 * Get data: searches one resource of the store (query in Shopify's search
 * syntax with Liquid already rendered, sort key, reverse, 1–100 results) and
 * returns the matches resolved as {@link resolveObject} does. Errors (the
 * query, the sort key, the limit) come back as `{ ok: false, error }` with a
 * code, the offset in the query and an English sentence.
 */
export function queryStore(shopify: StoreRecords, resource: StoreResource, request: SearchRequest): SearchOutcome {
  const reader = storeReader(shopify);
  const outcome = searchStore(reader, resource, request);
  if (!outcome.ok) return outcome;
  return { ...outcome, records: resolveRecords(RESOURCE_OBJECT[resource], outcome.records, reader) };
}
