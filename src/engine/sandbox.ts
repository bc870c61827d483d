/**
 * The connector sandbox in memory: per store → app → collection → id → record,
 * the simulated state adapters read and write (Slack messages, sheet rows,
 * loyalty accounts…). Each store's simulated Shopify data lives here too,
 * under the app "shopify" (collections `customers`, `orders`, `products`,
 * `draft_orders`; docs/store-data.md).
 *
 * Contracts:
 * - Records are copied in (cloneData.ts) and kept deep-frozen: a write
 *   replaces the stored record with a new frozen one (its unchanged parts
 *   shared with the old), nothing changes a stored record in place. So a
 *   record read once stays what it was, whoever writes later.
 * - Adapters get copies out (`forApp`, `stage`): an adapter that mutates what
 *   it read changes nothing, and records must be plain, cloneable data.
 * - The engine's own read-only paths (a run's Shopify data, Get data) read
 *   through {@link MemorySandbox.reader}: the frozen records themselves, no
 *   copies (copying every order of a store for each run was most of the
 *   engine's time, bench/engine). A dry run's copy of the sandbox shares the
 *   frozen records too.
 * - Every record carries its own `id`, equal to its key.
 * - Generated ids are a counter per store, app and collection, named after
 *   the collection in the singular: `message-1`, `row-2`, `account-3`.
 *   Loading rows restores the counters, so ids are never reused.
 * - {@link MemorySandbox.stage} gives an adapter attempt a private view whose
 *   writes apply only on commit: a failing attempt leaves no half-written
 *   state behind for other runs to see.
 * - `changedRows()` lists records written since `markClean()`, so callers
 *   persist only what changed (the stored frozen records, not copies).
 *   Records are never deleted (the adapter API has no delete).
 */
import { cloneData, cloneFrozen } from './cloneData';
import { freezeDeep } from './frozen';
import type { SandboxApi } from './types';

/** One stored sandbox record, flat, as persisted (storage adds its own bookkeeping). */
export interface SandboxRow {
  storeId: string;
  appId: string;
  collection: string;
  id: string;
  record: Record<string, unknown>;
}

type Rec = Record<string, unknown>;
const SEP = '\u0000';
const rowKey = (collectionKey: string, id: string) => collectionKey + SEP + id;

/** store → app → collection → the collection's key ("store␀app␀collection"), made once per name. */
const collectionKeys = new Map<string, Map<string, Map<string, string>>>();

/**
 * The key of a store's app's collection. The same string object every time (looked up by its
 * parts, whose hashes V8 keeps), so the maps keyed by it don't hash a new concatenation on
 * every read (the engine reads the revisions of three collections per run).
 */
function key(storeId: string, appId: string, collection: string): string {
  let byApp = collectionKeys.get(storeId);
  if (!byApp) collectionKeys.set(storeId, (byApp = new Map()));
  let byCollection = byApp.get(appId);
  if (!byCollection) byApp.set(appId, (byCollection = new Map()));
  let k = byCollection.get(collection);
  if (k === undefined) byCollection.set(collection, (k = storeId + SEP + appId + SEP + collection));
  return k;
}

/** A collection key's store, app and collection (split once per key). */
const keyParts = new Map<string, readonly string[]>();

function partsOfKey(collectionKey: string): readonly string[] {
  let parts = keyParts.get(collectionKey);
  if (!parts) keyParts.set(collectionKey, (parts = collectionKey.split(SEP)));
  return parts;
}

/** `messages` → `message`, `entries` → `entry`: the prefix of generated ids. */
export function idPrefix(collection: string): string {
  if (/ies$/.test(collection)) return collection.slice(0, -3) + 'y';
  if (/[^s]s$/.test(collection)) return collection.slice(0, -1);
  return collection;
}

/** Reading one app's committed records in one store, without copies: every record is deep-frozen. */
export interface SandboxReader {
  get(collection: string, id: string): Readonly<Record<string, unknown>> | undefined;
  /** The collection's records in the order they were first written. */
  list(collection: string): Readonly<Record<string, unknown>>[];
}

/** A view of one app's sandbox in one store whose writes wait for `commit()`. */
export interface SandboxStage {
  api: SandboxApi;
  /** Applies the staged writes to the sandbox. */
  commit(): void;
}

/** The whole sandbox of an organization, in memory (see the module header for the contracts). */
export class MemorySandbox {
  /** collection key (store, app, collection) → id → record */
  private readonly data = new Map<string, Map<string, Rec>>();
  private readonly counters = new Map<string, number>();
  /** row key → (collection key, id) of rows written since markClean */
  private readonly dirty = new Map<string, readonly [string, string]>();
  /** collection key → how many writes it has had (see {@link revision}) */
  private readonly revisions = new Map<string, number>();
  /** collection key → its records as one frozen list, at a revision (for {@link reader}) */
  private readonly lists = new Map<string, { revision: number; records: Rec[] }>();

  /** A sandbox holding the given rows, with nothing marked as changed. */
  static fromRows(rows: readonly SandboxRow[]): MemorySandbox {
    const sandbox = new MemorySandbox();
    for (const row of rows) sandbox.write(row.storeId, row.appId, row.collection, row.id, row.record);
    sandbox.markClean();
    return sandbox;
  }

  /** The app's sandbox in the store; writes apply at once. */
  forApp(storeId: string, appId: string): SandboxApi {
    const stage = this.stage(storeId, appId);
    const api = stage.api;
    return {
      get: (collection, id) => api.get(collection, id),
      list: (collection) => api.list(collection),
      count: (collection) => api.count(collection),
      insert: (collection, record) => {
        const id = api.insert(collection, record);
        stage.commit();
        return id;
      },
      upsert: (collection, id, fields) => {
        api.upsert(collection, id, fields);
        stage.commit();
      },
    };
  }

  /** The app's committed records in the store as they are (deep-frozen, not copied); for read-only paths. */
  reader(storeId: string, appId: string): SandboxReader {
    return {
      get: (collection, id) => this.data.get(key(storeId, appId, collection))?.get(id),
      list: (collection) => this.listed(key(storeId, appId, collection)),
    };
  }

  /**
   * A number that changes whenever a record of the collection is written (0: never written):
   * what was read from it is still current while this stays the same.
   */
  revision(storeId: string, appId: string, collection: string): number {
    return this.revisions.get(key(storeId, appId, collection)) ?? 0;
  }

  /**
   * A number that changes whenever any collection of the app in the store is written (0: never):
   * while it stays the same, so does every {@link revision} of that app's collections.
   */
  appRevision(storeId: string, appId: string): number {
    return this.revisions.get(key(storeId, appId, '')) ?? 0;
  }

  /** The collection's records as a frozen list, made again only after a write to it. */
  private listed(collectionKey: string): Readonly<Record<string, unknown>>[] {
    const revision = this.revisions.get(collectionKey) ?? 0;
    let cached = this.lists.get(collectionKey);
    if (!cached || cached.revision !== revision) {
      cached = { revision, records: Object.freeze([...(this.data.get(collectionKey)?.values() ?? [])]) as Rec[] };
      this.lists.set(collectionKey, cached);
    }
    return cached.records;
  }

  /** A private view of the app's sandbox in the store; nothing changes until `commit()`. */
  stage(storeId: string, appId: string): SandboxStage {
    return new Stage(this, storeId, appId);
  }

  /** @internal The committed records of a collection (Stage reads through this; never change them). */
  committed(storeId: string, appId: string, collection: string): ReadonlyMap<string, Rec> | undefined {
    return this.data.get(key(storeId, appId, collection));
  }

  /** @internal The last number generated for the collection's ids. */
  lastGenerated(storeId: string, appId: string, collection: string): number | undefined {
    return this.counters.get(key(storeId, appId, collection));
  }

  /** @internal Applies a stage's writes (its records are private copies carrying their ids already: not copied again). */
  applyStaged(storeId: string, appId: string, writes: ReadonlyMap<string, ReadonlyMap<string, Rec>>, counters: ReadonlyMap<string, number> | undefined): void {
    for (const [collection, records] of writes) {
      for (const [id, rec] of records) this.write(storeId, appId, collection, id, rec, false);
    }
    if (counters) for (const [collection, n] of counters) this.counters.set(key(storeId, appId, collection), n);
  }

  /**
   * An independent copy (for dry runs); the copy starts with nothing marked as changed. The
   * records themselves are shared: they are frozen, and writes to either side replace them.
   */
  clone(): MemorySandbox {
    const copy = new MemorySandbox();
    for (const [k, records] of this.data) copy.data.set(k, new Map(records));
    for (const [k, n] of this.counters) copy.counters.set(k, n);
    return copy;
  }

  /** Every record as a flat row, copied. */
  rows(): SandboxRow[] {
    const out: SandboxRow[] = [];
    for (const [k, records] of this.data) {
      for (const id of records.keys()) out.push(this.row(k, id));
    }
    return out;
  }

  /**
   * Rows written since the last `markClean()` (or since loading). Each row is new; its record is
   * the stored one, deep-frozen (as {@link reader} hands them out), not a copy: the rows are
   * persisted or posted, which copy them anyway.
   */
  changedRows(): SandboxRow[] {
    const out: SandboxRow[] = [];
    for (const [collectionKey, id] of this.dirty.values()) {
      const [storeId = '', appId = '', collection = ''] = partsOfKey(collectionKey);
      out.push({ storeId, appId, collection, id, record: this.data.get(collectionKey)!.get(id)! });
    }
    return out;
  }

  /** Forgets which rows changed, e.g. once they are persisted. */
  markClean(): void {
    // Clearing a map makes it a new table: not when it is empty already (once per run).
    if (this.dirty.size > 0) this.dirty.clear();
  }

  private row(collectionKey: string, id: string): SandboxRow {
    const [storeId = '', appId = '', collection = ''] = partsOfKey(collectionKey);
    return { storeId, appId, collection, id, record: cloneData(this.data.get(collectionKey)!.get(id)!) };
  }

  private write(storeId: string, appId: string, collection: string, id: string, record: Rec, copy = true): void {
    const k = key(storeId, appId, collection);
    let records = this.data.get(k);
    if (!records) this.data.set(k, (records = new Map()));
    // A staged record is a private copy with its id (Stage): frozen as it is.
    records.set(id, copy ? cloneFrozen({ ...record, id }) : freezeDeep(record.id === id ? record : { ...record, id }));
    this.dirty.set(rowKey(k, id), [k, id]);
    this.revisions.set(k, (this.revisions.get(k) ?? 0) + 1);
    const appKey = key(storeId, appId, '');
    this.revisions.set(appKey, (this.revisions.get(appKey) ?? 0) + 1);
    const m = generatedId(collection).exec(id);
    if (m) this.counters.set(k, Math.max(this.counters.get(k) ?? 0, Number(m[1])));
  }
}

const generatedIds = new Map<string, RegExp>();

/** Matches the ids generated for a collection (`message-12`), capturing the number. */
function generatedId(collection: string): RegExp {
  let re = generatedIds.get(collection);
  if (!re) generatedIds.set(collection, (re = new RegExp(`^${escapeRegExp(idPrefix(collection))}-(\\d+)$`)));
  return re;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An adapter attempt's private view of one app's sandbox in one store (MemorySandbox.stage):
 * reads see the stage's own writes over the committed records, `commit` applies the writes.
 * One object per attempt, its maps made on the first write (most attempts write one record).
 */
class Stage implements SandboxApi, SandboxStage {
  /** collection → id → record */
  private writes: Map<string, Map<string, Rec>> | undefined;
  /** collection → last generated number */
  private counters: Map<string, number> | undefined;

  constructor(
    private readonly sandbox: MemorySandbox,
    private readonly storeId: string,
    private readonly appId: string,
  ) {}

  get api(): SandboxApi {
    return this;
  }

  private read(collection: string, id: string): Rec | undefined {
    return this.writes?.get(collection)?.get(id) ?? this.sandbox.committed(this.storeId, this.appId, collection)?.get(id);
  }

  private staged(collection: string): Map<string, Rec> {
    this.writes ??= new Map();
    let m = this.writes.get(collection);
    if (!m) this.writes.set(collection, (m = new Map()));
    return m;
  }

  get(collection: string, id: string): Record<string, unknown> | undefined {
    const rec = this.read(collection, id);
    return rec && cloneData(rec);
  }

  list(collection: string): Record<string, unknown>[] {
    const base = this.sandbox.committed(this.storeId, this.appId, collection);
    const ids = new Set([...(base?.keys() ?? []), ...(this.writes?.get(collection)?.keys() ?? [])]);
    return [...ids].map((id) => cloneData(this.read(collection, id)!));
  }

  count(collection: string): number {
    const base = this.sandbox.committed(this.storeId, this.appId, collection);
    const staged = this.writes?.get(collection);
    if (!staged) return base?.size ?? 0;
    let added = 0;
    for (const id of staged.keys()) if (!base?.has(id)) added++;
    return (base?.size ?? 0) + added;
  }

  insert(collection: string, record: Record<string, unknown>): string {
    const own = record.id;
    let id: string;
    if (typeof own === 'string' || typeof own === 'number') {
      id = String(own);
    } else {
      let n = this.counters?.get(collection) ?? this.sandbox.lastGenerated(this.storeId, this.appId, collection) ?? 0;
      do id = `${idPrefix(collection)}-${++n}`;
      while (this.read(collection, id));
      (this.counters ??= new Map()).set(collection, n);
    }
    const copy = cloneData(record);
    copy.id = id;
    this.staged(collection).set(id, copy);
    return id;
  }

  upsert(collection: string, id: string, fields: Record<string, unknown>): void {
    this.staged(collection).set(id, { ...this.read(collection, id), ...cloneData(fields), id });
  }

  commit(): void {
    if (this.writes) this.sandbox.applyStaged(this.storeId, this.appId, this.writes, this.counters);
    this.writes = undefined;
    this.counters = undefined;
  }
}
