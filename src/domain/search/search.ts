/**
 * Searching a store's data as Get data does: a query in Shopify's search
 * syntax (Liquid already rendered by the caller), a sort key with a reverse
 * flag, and a maximum of 1–100 results. Pure: it reads the store through a
 * StoreReader and returns stored records (resolving them for a workflow is
 * the caller's next step, shopify/resolve.ts).
 */
import type { StoreReader } from '../shopify/resolve';
import type { StoreResource } from '../shopify/storeResources';
import { MAX_RESULTS, type SearchError, limitOutOfRange, unknownSortKey } from './errors';
import { matches, prune } from './evaluate';
import { SORT_KEYS, type SearchContext, type SortKey } from './fields';
import { parseSearch } from './parse';

type Rec = Record<string, unknown>;

export interface SearchRequest {
  /** The query, Liquid rendered; blank matches everything. */
  readonly query: string;
  /** One of the resource's sort keys (SORT_KEYS); the first, ID, by default. */
  readonly sortKey?: string;
  readonly reverse?: boolean;
  /** At most this many records, 1–100; 100 by default. */
  readonly limit?: number;
  /** The time `now` means in the query (ISO), the run's simulated time. */
  readonly now: string;
}

export type SearchOutcome =
  | {
      readonly ok: true;
      /** The matching records, sorted, at most `limit`. */
      readonly records: Rec[];
      /** How many records matched before the limit. */
      readonly total: number;
      /** Filter names the resource does not know, ignored as Shopify ignores them. */
      readonly ignoredFields: string[];
    }
  | { readonly ok: false; readonly error: SearchError };

/** The sort keys a resource offers, the default first. */
export function sortKeysOf(resource: StoreResource): string[] {
  return Object.keys(SORT_KEYS[resource]);
}

/** The other records filters and sort keys may read, listed once per search. */
function contextFor(reader: StoreReader, resource: StoreResource): SearchContext {
  let byCustomer: Map<string, Rec[]> | undefined;
  return {
    ordersOf: (customerId) => {
      if (!byCustomer) {
        byCustomer = new Map();
        for (const o of reader.list('orders')) {
          const id = typeof o.customer_id === 'string' ? o.customer_id : undefined;
          if (id !== undefined) byCustomer.set(id, [...(byCustomer.get(id) ?? []), o]);
        }
      }
      return byCustomer.get(customerId) ?? [];
    },
    customer: (id) => (resource === 'customers' ? undefined : reader.get('customers', id)),
  };
}

function sortValue(key: SortKey, record: Rec, ctx: SearchContext): number | string {
  const v = key.read(record, ctx);
  switch (key.kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY;
    case 'date': {
      const t = Date.parse(String(v));
      return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
    }
    case 'id': {
      const n = Number(String(v));
      return Number.isFinite(n) ? n : Number.NEGATIVE_INFINITY;
    }
    case 'text':
      return String(v ?? '');
  }
}

function byValue(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'pl', { sensitivity: 'base', numeric: true });
}

/**
 * Runs a search over one resource of a store. Errors (a query that does not
 * parse, an unknown sort key, a limit outside 1–100) are returned, not thrown.
 */
export function searchStore(reader: StoreReader, resource: StoreResource, request: SearchRequest): SearchOutcome {
  const limit = request.limit ?? MAX_RESULTS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS) return { ok: false, error: limitOutOfRange(limit) };
  const keys = SORT_KEYS[resource];
  const sortName = request.sortKey ?? sortKeysOf(resource)[0]!;
  const sortKey = Object.hasOwn(keys, sortName) ? keys[sortName]! : undefined;
  if (!sortKey) return { ok: false, error: unknownSortKey(sortName, sortKeysOf(resource)) };
  const parsed = parseSearch(request.query);
  if (!parsed.ok) return parsed;
  const { query, ignored } = prune(parsed.query, resource);
  const ctx = contextFor(reader, resource);
  const found = reader.list(resource).filter((r) => matches(query, r, resource, ctx, request.now));
  const keyed = found.map((record) => ({ record, value: sortValue(sortKey, record, ctx), id: Number(String(record.id)) }));
  // Ties fall back to the id, so the order is total and the same on every run.
  keyed.sort((a, b) => byValue(a.value, b.value) || a.id - b.id);
  if (request.reverse) keyed.reverse();
  return { ok: true, records: keyed.slice(0, limit).map((k) => k.record), total: found.length, ignoredFields: ignored };
}
