/**
 * engine-vs-nodered, our side: `count` review events (Loox "New review")
 * through one workflow, trigger → condition `trigger.rating < 3` → Slack
 * "Send message" whose text is Liquid, with the real Engine (one `fire` per
 * event, as the engine benchmark), keeping and persisting every run record
 * and the sandbox rows it changed as the app does: the engine's progress
 * hands each finished run and `changedRows()` to the app's RunWriter
 * (src/state/runtime/runWriter.ts, batches of 100, one transaction each),
 * as the worker handler and runJob do, into a FlowbenchDb on fake-indexeddb
 * (Node has no IndexedDB). Timed from firing the first event until the
 * writer has closed (the last run record is stored). Records are stored as
 * the app stores them (runRepo.writeRunBatch, v7: split, the workflow version
 * and the store objects the trigger read kept once and referenced).
 *
 * The peer's side is bench/engine/nodered.mjs (the same events, the same
 * text). Loaded from bench/run.mjs with Vite's module runner.
 */
import 'fake-indexeddb/auto';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Organization } from '../../src/domain/org/organization';
import { Workflow } from '../../src/domain/workflow/document';
import { WORKFLOW_SCHEMA_VERSION } from '../../src/domain/workflow/migrations';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import type { TriggerEvent } from '../../src/engine/types';
import { RunWriter } from '../../src/state/runtime/runWriter';
import { FlowbenchDb } from '../../src/storage/db';
import { T0 } from './scenario';

const STORE = 'store-1';

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

function organization(): Organization {
  return {
    name: 'Benchmark org',
    stores: [{ id: STORE, name: 'Store 1', flowInstalled: true, createdAt: T0, timeZone: 'UTC' }],
    installations: ['loox', 'slack'].map((appId) => ({ storeId: STORE, appId, installedAt: T0, settings: {}, secretsSet: [] })),
  };
}

function reviewWorkflow(): Workflow {
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

export interface ReviewsResult {
  ms: number;
  events: number;
  /** Messages made for low ratings, and the last one's text (both sides must agree). */
  low: number;
  last: string;
  /** Run records in the database at the end. */
  stored: number;
  /** The size of the last run record as JSON, in characters, as the engine made it ... */
  recordChars: number;
  /** ... and as it is stored (the run row's record, with references to the parts it shares with other runs). */
  storedChars: number;
  /** Rows of the shared parts stored (workflow versions, store objects), for the note. */
  parts: number;
}

/** Our side for `count` events; each call starts from an empty sandbox and a new, empty database. */
export function reviewsBench(count = 20_000) {
  const workflows = [reviewWorkflow()];
  const org = organization();
  const events: TriggerEvent[] = reviewPayloads(count).map((payload, i) => ({
    id: `ev-${i}`,
    storeId: STORE,
    app: 'loox',
    trigger: 'new-review',
    payload,
    at: T0,
    depth: 0,
  }));
  let round = 0;

  async function ours(): Promise<ReviewsResult> {
    const name = `bench-reviews-${++round}`;
    await FlowbenchDb.delete(name);
    const db = new FlowbenchDb(name);
    await db.open();
    const sandbox = new MemorySandbox();
    const writer = new RunWriter(db);
    let lastRun: { id: string } | undefined;
    const engine = new Engine({
      catalog,
      registry: builtInRegistry,
      sandbox,
      clock: new ManualClock(T0),
      ids: counterIds(),
      onProgress: (p) => {
        if (p.kind !== 'run-finished') return;
        const rows = sandbox.changedRows();
        sandbox.markClean();
        writer.add(p.run, rows);
        lastRun = p.run;
      },
    });
    const start = performance.now();
    for (const event of events) await engine.fire(event, workflows, org);
    await writer.close();
    const ms = performance.now() - start;
    const messages = sandbox.reader(STORE, 'slack').list('messages');
    const stored = await db.runs.count();
    const storedChars = JSON.stringify((lastRun && (await db.runs.get(lastRun.id))?.record) ?? null).length;
    const parts = (await db.runWorkflows.count()) + (await db.runObjects.count());
    db.close();
    await FlowbenchDb.delete(name);
    const recordChars = JSON.stringify(lastRun ?? null).length;
    return { ms, events: events.length, low: messages.length, last: String(messages.at(-1)?.text ?? ''), stored, recordChars, storedChars, parts };
  }

  return { ours, events: events.length };
}
