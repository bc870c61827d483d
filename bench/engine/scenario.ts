/**
 * The engine benchmark's world: four stores with Flow, Slack, Klaviyo and
 * Google Sheets installed everywhere; 20 workflows (four per Shopify
 * trigger) with conditions on the trigger's data and action fields written
 * in Liquid; and a deterministic stream of trigger events spread over the
 * stores and triggers. Shared by the engine benchmark (Node) and the run-log
 * benchmark page (which turns the same events into run records).
 */
import type { Organization } from '../../src/domain/org/organization';
import { Workflow, type Criterion } from '../../src/domain/workflow/document';
import { WORKFLOW_SCHEMA_VERSION } from '../../src/domain/workflow/migrations';
import type { TriggerEvent } from '../../src/engine/types';

export const T0 = '2026-03-02T10:00:00.000Z';
export const STORE_IDS = ['store-1', 'store-2', 'store-3', 'store-4'] as const;
const APPS = ['slack', 'klaviyo', 'google-sheets'];

export function benchOrganization(): Organization {
  return {
    name: 'Benchmark org',
    stores: STORE_IDS.map((id, i) => ({ id, name: `Store ${i + 1}`, flowInstalled: true, createdAt: T0, timeZone: 'UTC' })),
    installations: STORE_IDS.flatMap((storeId) =>
      APPS.map((appId) => ({ storeId, appId, installedAt: T0, settings: {}, secretsSet: [] })),
    ),
  };
}

type Resource = 'order' | 'customer' | 'product';

/** The Shopify triggers the workflows start with, the object each brings, and a condition on its payload. */
const TRIGGERS: { trigger: string; resource: Resource; criterion: Criterion }[] = [
  { trigger: 'order-created', resource: 'order', criterion: { kind: 'criterion', field: 'trigger.total_price', operator: 'greater_than', value: 100 } },
  { trigger: 'order-paid', resource: 'order', criterion: { kind: 'criterion', field: 'trigger.total_price', operator: 'less_or_equal', value: 250 } },
  { trigger: 'customer-created', resource: 'customer', criterion: { kind: 'criterion', field: 'trigger.accepts_marketing', operator: 'equal', value: true } },
  { trigger: 'product-created', resource: 'product', criterion: { kind: 'criterion', field: 'trigger.status', operator: 'equal', value: 'active' } },
  { trigger: 'inventory-quantity-changed', resource: 'product', criterion: { kind: 'criterion', field: 'trigger.quantity_after', operator: 'less_than', value: 10 } },
];

/** One line of Liquid that reads the trigger's object, per resource. */
const SUMMARY: Record<Resource, string> = {
  order: 'Order {{ order.name }}: {{ order.total_price }} {{ order.currency }} for {{ customer.first_name }} {{ customer.last_name | upcase }}',
  customer: 'Customer {{ customer.first_name }} {{ customer.last_name }} <{{ customer.email }}>, {{ customer.orders_count }} orders',
  product: 'Product {{ product.title }} by {{ product.vendor | downcase }}: {{ product.total_inventory }} in stock',
};

const EMAIL: Record<Resource, string> = {
  order: '{{ customer.email }}',
  customer: '{{ customer.email }}',
  product: 'stock@example.com',
};

interface StepSpec {
  id: string;
  kind: 'action' | 'condition';
  app?: string;
  action?: string;
  fields?: Record<string, string>;
  criterion?: Criterion;
}

function variant(resource: Resource, v: number, criterion: Criterion): { steps: StepSpec[]; links: [string, 'next' | 'then' | 'otherwise', string][] } {
  const summary = SUMMARY[resource];
  const slack: StepSpec = { id: 'slack', kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '#shop-events', text: summary } };
  const email: StepSpec = {
    id: 'email',
    kind: 'action',
    app: 'shopify',
    action: 'send-internal-email',
    fields: { to: 'staff@example.com', subject: `{{ "${resource}" | capitalize }} update`, body: `${summary}\n-- Flowbench` },
  };
  const klaviyo: StepSpec = { id: 'klaviyo', kind: 'action', app: 'klaviyo', action: 'track-event', fields: { email: EMAIL[resource], event_name: `Shop ${resource} event`, ...(resource === 'order' ? { value: '{{ trigger.total_price }}' } : {}) },
  };
  const sheet: StepSpec = {
    id: 'sheet',
    kind: 'action',
    app: 'google-sheets',
    action: 'add-row',
    fields: { spreadsheet: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', sheet_name: resource, row_values: `{{ trigger.${resource === 'product' ? 'product_id' : resource === 'order' ? 'order_id' : 'customer_id'} }}, ${summary}` },
  };
  const cond: StepSpec = { id: 'check', kind: 'condition', criterion };
  const tags: StepSpec =
    resource === 'customer'
      ? { id: 'tags', kind: 'action', app: 'shopify', action: 'add-customer-tags', fields: { tags: 'bench, {{ customer.first_name | downcase }}' } }
      : resource === 'order'
        ? { id: 'tags', kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: 'bench, {{ order.currency | downcase }}' } }
        : email;
  switch (v) {
    case 0:
      return { steps: [cond, tags, sheet], links: [['t', 'next', 'check'], ['check', 'then', tags.id], ['check', 'otherwise', 'sheet']] };
    case 1:
      return { steps: [slack], links: [['t', 'next', 'slack']] };
    case 2:
      return { steps: [cond, klaviyo], links: [['t', 'next', 'check'], ['check', 'then', 'klaviyo']] };
    default:
      return { steps: [email, sheet], links: [['t', 'next', 'email'], ['email', 'next', 'sheet']] };
  }
}

/** The 20 workflows: four per trigger, all on in every store. */
export function benchWorkflows(): Workflow[] {
  return TRIGGERS.flatMap(({ trigger, resource, criterion }, ti) =>
    [0, 1, 2, 3].map((v) => {
      const { steps, links } = variant(resource, v, criterion);
      return Workflow.parse({
        schemaVersion: WORKFLOW_SCHEMA_VERSION,
        id: `wf-${ti}-${v}`,
        name: `Bench ${trigger} ${v}`,
        description: '',
        activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
        steps: [
          { id: 't', kind: 'trigger', app: 'shopify', trigger, position: { x: 0, y: 0 }, note: '' },
          ...steps.map((s, i) => {
            const position = { x: 0, y: (i + 1) * 120 };
            return s.kind === 'condition'
              ? { id: s.id, kind: 'condition', criteria: { kind: 'group', join: 'and', items: [s.criterion!] }, position, note: '' }
              : { id: s.id, kind: 'action', app: s.app, action: s.action, fields: s.fields, position, note: '' };
          }),
        ],
        links: links.map(([from, port, to]) => ({ from, port, to })),
      });
    }),
  );
}

function payload(trigger: string, i: number): Record<string, unknown> {
  const customer = String(7_000_000 + (i % 300));
  switch (trigger) {
    case 'order-created':
    case 'order-paid':
      return {
        order_id: String(5_000_000 + (i % 500)),
        customer_id: customer,
        order_name: `#${1000 + i}`,
        email: `c${i % 300}@example.com`,
        total_price: (i * 37) % 400,
        currency: i % 3 === 0 ? 'EUR' : 'PLN',
        created_at: T0,
      };
    case 'customer-created':
      return { customer_id: customer, email: `c${i % 300}@example.com`, first_name: 'Anna', last_name: 'Nowak', accepts_marketing: i % 2 === 0 };
    case 'product-created':
      return { product_id: String(8_000_000 + (i % 200)), title: `Product ${i % 200}`, vendor: 'Bench', product_type: 'Test', status: i % 4 === 0 ? 'draft' : 'active' };
    default:
      return { product_id: String(8_000_000 + (i % 200)), variant_title: 'Default', location: 'Main', quantity_before: 20, quantity_after: i % 25 };
  }
}

/** `count` trigger events, round robin over the triggers and the stores. */
export function benchEvents(count: number): TriggerEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const { trigger } = TRIGGERS[i % TRIGGERS.length]!;
    return { id: `ev-${i}`, storeId: STORE_IDS[Math.floor(i / TRIGGERS.length) % STORE_IDS.length]!, app: 'shopify', trigger, payload: payload(trigger, i), at: T0, depth: 0 };
  });
}
