/**
 * engine-vs-nodered's flow, shared by our two sides (reviews.ts in Node,
 * bench/pages/reviewsApp.ts in Chromium) and the peer's inputs: the review
 * payloads, the workflow trigger → condition `trigger.rating < 3` → Slack
 * "Send message" (Liquid), and its organization. No storage here (reviews.ts
 * loads fake-indexeddb; the page uses the browser's IndexedDB).
 */
import type { Organization } from '../../src/domain/org/organization';
import { Workflow } from '../../src/domain/workflow/document';
import { WORKFLOW_SCHEMA_VERSION } from '../../src/domain/workflow/migrations';
import type { TriggerEvent } from '../../src/engine/types';
import { T0 } from './scenario';

export const STORE = 'store-1';

/** The text both sides make for a low rating: Liquid here, the same words in Mustache on Node-RED. */
export const LIQUID_TEXT = 'Low rating {{ trigger.rating }} for product {{ trigger.product_id }} from {{ trigger.reviewer_email }}: {{ trigger.review_text }}';
export const MUSTACHE_TEXT = 'Low rating {{payload.rating}} for product {{payload.product_id}} from {{payload.reviewer_email}}: {{payload.review_text}}';

/** The review payloads, the same on both sides: ratings 1–5 in turn (2 of 5 are low). */
export function reviewPayloads(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    customer_id: String(7_000_000 + (i % 300)),
    product_id: String(8_000_000 + (i % 200)),
    rating: 1 + (i % 5),
    review_text: `Review number ${i} says the strap broke after a week`,
    reviewer_email: `r${i % 300}@example.com`,
  }));
}

export function organization(): Organization {
  return {
    name: 'Benchmark org',
    stores: [{ id: STORE, name: 'Store 1', flowInstalled: true, createdAt: T0, timeZone: 'UTC' }],
    installations: ['loox', 'slack'].map((appId) => ({ storeId: STORE, appId, installedAt: T0, settings: {}, secretsSet: [] })),
  };
}

export function reviewWorkflow(): Workflow {
  const position = { x: 0, y: 0 };
  return Workflow.parse({
    schemaVersion: WORKFLOW_SCHEMA_VERSION,
    id: 'wf-reviews',
    name: 'Low ratings to Slack',
    description: '',
    activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
    steps: [
      { id: 't', kind: 'trigger', app: 'loox', trigger: 'new-review', position, note: '' },
      {
        id: 'low',
        kind: 'condition',
        criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'trigger.rating', operator: 'less_than', value: 3 }] },
        position,
        note: '',
      },
      { id: 'slack', kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '#reviews', text: LIQUID_TEXT }, position, note: '' },
    ],
    links: [
      { from: 't', port: 'next', to: 'low' },
      { from: 'low', port: 'then', to: 'slack' },
    ],
  });
}

/** The events of `count` reviews, at T0 in the one store. */
export function reviewEvents(count: number): TriggerEvent[] {
  return reviewPayloads(count).map((payload, i) => ({ id: `ev-${i}`, storeId: STORE, app: 'loox', trigger: 'new-review', payload, at: T0, depth: 0 }));
}

