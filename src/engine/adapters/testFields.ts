/**
 * Test support for adapter tests (no test framework imported, so it type-checks
 * with the app): a valid sample value per manifest field type, an in-memory
 * SandboxApi and a builder for ActionCall. Generic on purpose: fields whose
 * service demands a particular shape (a sheet URL, a tier name, a date) are
 * passed as overrides by the test that knows the app.
 */
import type { FieldDef } from '../../domain/catalog/manifest';
import type { Organization } from '../../domain/org/organization';
import type { ActionCall, SandboxApi, TriggerEvent } from '../types';

/** Fixed simulated time used by tests unless they pass their own. */
export const TEST_NOW = '2025-03-14T10:00:00.000Z';
export const TEST_STORE_ID = 'store-1';

export const SAMPLE_IDS = {
  customer: '7054216842',
  order: '5012345678',
  product: '8123456789',
} as const;
export const SAMPLE_EMAIL = 'customer@example.com';

/** A value that passes the engine's type check for this field (checkFieldValue). */
export function sampleValue(field: Pick<FieldDef, 'key' | 'type' | 'format'>): unknown {
  const words = field.key.replace(/_/g, ' ');
  switch (field.type) {
    case 'single_line_text_field':
      return field.format === 'e164' ? '+48123456789' : `Sample ${words}`;
    case 'multi_line_text_field':
      return `Sample ${words}`;
    case 'number_integer':
      return 3;
    case 'number_decimal':
      return 12.5;
    case 'boolean':
      return true;
    case 'email':
      return SAMPLE_EMAIL;
    case 'url':
      return `https://example.com/${field.key.replace(/_/g, '-')}`;
    case 'customer_reference':
      return SAMPLE_IDS.customer;
    case 'order_reference':
      return SAMPLE_IDS.order;
    case 'product_reference':
      return SAMPLE_IDS.product;
  }
}

/**
 * Sample values for a list of inputs: every input (or only the required ones),
 * then the overrides on top (an override of `undefined` removes the field).
 */
export function sampleFields(
  inputs: readonly Pick<FieldDef, 'key' | 'type' | 'format' | 'required'>[],
  options: { requiredOnly?: boolean; overrides?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const input of inputs) {
    if (options.requiredOnly && !input.required) continue;
    fields[input.key] = sampleValue(input);
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value === undefined) delete fields[key];
    else fields[key] = value;
  }
  return fields;
}

/** A SandboxApi over plain maps, with helpers to look at what changed. */
export class MemorySandbox implements SandboxApi {
  private readonly data = new Map<string, Map<string, Record<string, unknown>>>();
  private nextId = 1;

  private table(collection: string): Map<string, Record<string, unknown>> {
    let table = this.data.get(collection);
    if (!table) {
      table = new Map();
      this.data.set(collection, table);
    }
    return table;
  }

  insert(collection: string, record: Record<string, unknown>): string {
    const given = record.id;
    const id = typeof given === 'string' && given !== '' ? given : `${collection}-${this.nextId++}`;
    this.table(collection).set(id, structuredClone({ ...record, id }));
    return id;
  }

  get(collection: string, id: string): Record<string, unknown> | undefined {
    const found = this.data.get(collection)?.get(id);
    return found ? structuredClone(found) : undefined;
  }

  upsert(collection: string, id: string, fields: Record<string, unknown>): void {
    const table = this.table(collection);
    table.set(id, structuredClone({ ...table.get(id), ...fields, id }));
  }

  list(collection: string): Record<string, unknown>[] {
    return [...(this.data.get(collection)?.values() ?? [])].map((r) => structuredClone(r));
  }

  count(collection: string): number {
    return this.data.get(collection)?.size ?? 0;
  }

  /** Names of the collections that hold at least one record. */
  collectionNames(): string[] {
    return [...this.data].filter(([, table]) => table.size > 0).map(([name]) => name).sort();
  }

  /** Everything, as JSON, to compare before and after a call. */
  snapshot(): string {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const [name, table] of [...this.data].sort(([a], [b]) => a.localeCompare(b))) {
      out[name] = [...table.values()];
    }
    return JSON.stringify(out);
  }
}

/** An organization with one store that has the app installed with these settings. */
export function testOrg(appId: string, settings: Record<string, string> = {}): Organization {
  return {
    name: 'Test organization',
    stores: [{ id: TEST_STORE_ID, name: 'Store 1', flowInstalled: true, createdAt: TEST_NOW }],
    installations: [{ storeId: TEST_STORE_ID, appId, installedAt: TEST_NOW, settings, secretsSet: [] }],
  };
}

/** An ActionCall for one action with a fresh MemorySandbox unless one is given. */
export function testCall(
  appId: string,
  actionId: string,
  fields: Record<string, unknown>,
  options: {
    sandbox?: SandboxApi;
    now?: string;
    settings?: Record<string, string>;
    event?: Partial<TriggerEvent>;
  } = {},
): ActionCall {
  const now = options.now ?? TEST_NOW;
  return {
    storeId: TEST_STORE_ID,
    appId,
    actionId,
    fields,
    event: {
      id: 'event-1',
      storeId: TEST_STORE_ID,
      app: 'shopify',
      trigger: 'order-created',
      payload: { order_id: SAMPLE_IDS.order, customer_id: SAMPLE_IDS.customer, email: SAMPLE_EMAIL },
      at: now,
      depth: 0,
      ...options.event,
    },
    now,
    sandbox: options.sandbox ?? new MemorySandbox(),
    org: testOrg(appId, options.settings),
  };
}
