/**
 * A load scenario for the engine (pure, in Node): the demo organization with
 * the action apps installed everywhere, ten workflows over six triggers, N trigger
 * events spread over the stores, and a share of the app/store pairs given
 * injected faults of every kind (permanent 4xx, 5xx that retries cannot
 * cure, transient blips, timeouts, random failure rates). Everything is
 * seeded, so a failure reproduces.
 *
 * `checkAccounting` states what "nothing is lost" means: every event (fired
 * or emitted) has exactly one run per workflow that handles it; every run
 * ends succeeded, failed, skipped or waiting; run ids are unique; every run
 * the engine reported finished is in the batch and the other way round;
 * every failure has a step that says why; and each fault mode shows exactly
 * its own effect on the steps it touches (and nothing touches other steps).
 */
import { expect } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { demoOrganization } from '../../src/domain/org/demo';
import type { Organization } from '../../src/domain/org/organization';
import type { Workflow } from '../../src/domain/workflow/document';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, addMs, counterIds } from '../../src/engine/clock';
import { Engine, dueRuns, type EngineProgress } from '../../src/engine/engine';
import { type FaultConfig, mulberry32 } from '../../src/engine/faults';
import { DEFAULT_RETRY } from '../../src/engine/retry';
import { MemorySandbox } from '../../src/engine/sandbox';
import type { RunRecord, TriggerEvent } from '../../src/engine/types';
import { RunRecordSchema } from '../../src/engine/workerProtocol';
import { T0, workflow } from '../fixtures/engine';

/**
 * The apps with actions the workflows call, installed in every store on top
 * of the demo's installs: 6 pairs with an adapter per store (Shopify
 * included), 24 in all, so 20% of them (5) covers each kind of fault. The
 * trigger apps stay as the demo has them, so runs are also skipped.
 */
const ACTION_APPS = ['slack', 'google-sheets', 'asana', 'klaviyo', 'trello'];

export function loadOrganization(): Organization {
  const org = demoOrganization(T0);
  for (const { id: storeId } of org.stores) {
    for (const appId of ACTION_APPS) {
      if (!org.installations.some((i) => i.storeId === storeId && i.appId === appId)) {
        org.installations.push({ storeId, appId, installedAt: T0, settings: {}, secretsSet: [] });
      }
    }
  }
  return org;
}

const SHEET = 'https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit';
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });

/** Ten workflows; one is off (it must get no runs), one is scoped to store-2, one waits a day. */
export function loadWorkflows(): Workflow[] {
  const scoped = workflow({ id: 'store-2-orders', name: 'Store 2 orders', trigger: ['shopify', 'order-created'], steps: [slack('a1', 'Order {{ order.name }}')] });
  scoped.activation = { on: true, scope: { kind: 'stores', storeIds: ['store-2'] }, offInStores: [] };
  return [
    workflow({ id: 'review-slack', name: 'Reviews to Slack', trigger: ['loox', 'new-review'], steps: [slack('a1', 'New {{ trigger.rating }}-star review')] }),
    workflow({
      id: 'review-trello',
      name: 'Good reviews to Trello',
      trigger: ['loox', 'new-review'],
      steps: [
        { id: 'c', condition: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'trigger.rating', operator: 'greater_or_equal', value: 4 }] } },
        { id: 'a1', action: ['trello', 'create-card'], fields: { board: 'Reviews', list: 'Good', card_name: 'Review {{ trigger.rating }}' } },
      ],
      links: [['t', 'next', 'c'], ['c', 'then', 'a1']],
    }),
    workflow({
      id: 'order-klaviyo',
      name: 'Orders to Klaviyo',
      trigger: ['shopify', 'order-created'],
      steps: [{ id: 'a1', action: ['klaviyo', 'track-event'], fields: { email: 'ops@example.com', event_name: 'Order placed', value: '{{ order.total_price }}' } }],
    }),
    workflow({
      id: 'paid-sheet',
      name: 'Paid orders to a sheet',
      trigger: ['shopify', 'order-paid'],
      steps: [
        { id: 'a1', action: ['shopify', 'add-order-tags'], fields: { tags: 'paid' } },
        { id: 'a2', action: ['google-sheets', 'add-row'], fields: { spreadsheet: SHEET, sheet_name: 'Paid', row_values: '{{ order.name }}' } },
      ],
    }),
    workflow({ id: 'paid-tag', name: 'Tag paid orders', trigger: ['shopify', 'order-paid'], steps: [{ id: 'a1', action: ['shopify', 'add-order-tags'], fields: { tags: 'vip' } }] }),
    workflow({ id: 'welcome', name: 'Welcome after a day', trigger: ['shopify', 'customer-created'], steps: [{ id: 'w', wait: [1, 'days'] }, slack('a1', 'Say hi to {{ customer.first_name }}')] }),
    scoped,
    workflow({ id: 'off', name: 'Turned off', trigger: ['shopify', 'order-created'], steps: [slack('a1', 'never')], on: false }),
    workflow({
      id: 'product-review-task',
      name: 'Product reviews to Asana',
      trigger: ['reviews-io', 'new-product-review'],
      steps: [{ id: 'a1', action: ['asana', 'create-task'], fields: { project: 'Support', task_name: 'Review {{ trigger.review_id }}' } }],
    }),
    workflow({
      id: 'typo-tag',
      name: 'Tag customers with typos',
      trigger: ['typoly', 'wrong-domain-detected'],
      steps: [{ id: 'a1', action: ['shopify', 'add-customer-tags'], fields: { tags: 'check-email' } }],
    }),
  ];
}

const TRIGGERS: [string, string][] = [
  ['loox', 'new-review'],
  ['shopify', 'order-created'],
  ['shopify', 'order-paid'],
  ['shopify', 'customer-created'],
  ['reviews-io', 'new-product-review'],
  ['typoly', 'wrong-domain-detected'],
];

/** The five kinds of fault the issue names, dealt round-robin to the faulty pairs. */
const FAULT_KINDS: FaultConfig[] = [
  { mode: 'always', status: 422 },
  { mode: 'always', status: 500 },
  { mode: 'transient', status: 503 },
  { mode: 'timeout' },
  { mode: 'rate', rate: 0.5, status: 429 },
];

/** Every app/store pair whose adapter a run can call: apps with actions (Shopify, built in, in every store). */
export function pairs(org: Organization): string[] {
  const hasActions = (appId: string) => (catalog.byId.get(appId)?.actions.length ?? 0) > 0;
  return [...org.stores.map((s) => `${s.id}/shopify`), ...org.installations.filter((i) => hasActions(i.appId)).map((i) => `${i.storeId}/${i.appId}`)].sort();
}

/** `share` of the pairs, picked by the seed, get faults of every kind. */
export function chooseFaults(org: Organization, share: number, seed: number): Map<string, FaultConfig> {
  const rng = mulberry32(seed);
  const shuffled = pairs(org)
    .map((p) => [rng(), p] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, p]) => p);
  const count = Math.round(shuffled.length * share);
  return new Map(shuffled.slice(0, count).map((p, i) => [p, FAULT_KINDS[i % FAULT_KINDS.length]!]));
}

/** `count` events over the triggers and stores, at increasing times, with the triggers' sample payloads varied. */
export function loadEvents(count: number, seed: number): TriggerEvent[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const [app, trigger] = TRIGGERS[Math.floor(rng() * TRIGGERS.length)]!;
    const sample = catalog.byId.get(app)!.triggers.find((t) => t.id === trigger)!.samplePayload as Record<string, unknown>;
    const payload = { ...sample, ...('rating' in sample ? { rating: 1 + Math.floor(rng() * 5) } : {}) };
    return { id: `ev-${i}`, storeId: `store-${1 + Math.floor(rng() * 4)}`, app, trigger, payload, at: addMs(T0, i * 1000), depth: 0 };
  });
}

export interface LoadResult {
  workflows: Workflow[];
  faults: Map<string, FaultConfig>;
  engine: Engine;
  /** Every event that was fired or emitted. */
  events: TriggerEvent[];
  /** Runs as the fire batches returned them (waiting runs as they were when they started waiting). */
  fired: RunRecord[];
  /** The waiting runs, resumed a day later. */
  resumed: RunRecord[];
  notes: string[];
  progress: EngineProgress[];
}

/** Fires `count` events (in batches of `batchSize`), then resumes the runs that wait. */
export async function runLoad({ count, share = 0.2, seed = 2026, batchSize = 100 }: { count: number; share?: number; seed?: number; batchSize?: number }): Promise<LoadResult> {
  const org = loadOrganization();
  const workflows = loadWorkflows();
  const faults = chooseFaults(org, share, seed);
  const clock = new ManualClock(T0);
  const progress: EngineProgress[] = [];
  const engine = new Engine({
    catalog,
    registry: builtInRegistry,
    sandbox: new MemorySandbox(),
    faults: (storeId, appId) => faults.get(`${storeId}/${appId}`),
    clock,
    ids: counterIds(),
    onProgress: (p) => progress.push(p),
  });
  const all = loadEvents(count, seed);
  const result: LoadResult = { workflows, faults, engine, events: [], fired: [], resumed: [], notes: [], progress };
  for (let i = 0; i < all.length; i += batchSize) {
    const batch = all.slice(i, i + batchSize);
    clock.set(batch[0]!.at);
    const out = await engine.fire(batch, workflows, org);
    result.events.push(...batch, ...out.events);
    result.fired.push(...out.runs);
    result.notes.push(...out.notes);
  }
  clock.set(addMs(all.at(-1)!.at, 2 * 86_400_000));
  const waiting = result.fired.filter((r) => r.status === 'waiting');
  const resumed = await engine.resumeDue(waiting, workflows, org);
  result.resumed = resumed.runs;
  result.events.push(...resumed.events);
  result.notes.push(...resumed.notes);
  return result;
}

const FINAL = new Set(['succeeded', 'failed', 'skipped']);

/** Asserts that every event and run is accounted for (see the module header). */
export function checkAccounting(r: LoadResult): { byStatus: Record<string, number>; runs: number } {
  expect(r.notes).toEqual([]);

  // One run per handling workflow, for every event, fired or emitted.
  const runsByEvent = new Map<string, RunRecord[]>();
  for (const run of r.fired) runsByEvent.set(run.event.id, [...(runsByEvent.get(run.event.id) ?? []), run]);
  for (const event of r.events) {
    const expected = r.engine.matching(r.workflows, event).map((w) => w.id);
    expect((runsByEvent.get(event.id) ?? []).map((run) => run.workflowId)).toEqual(expected);
  }
  expect([...runsByEvent.keys()].every((id) => r.events.some((e) => e.id === id))).toBe(true);
  expect(r.fired.some((run) => run.workflowId === 'off')).toBe(false);

  // Unique ids; the engine's progress reports match the batches exactly.
  const ids = r.fired.map((run) => run.id);
  expect(new Set(ids).size).toBe(ids.length);
  const finished = r.progress.filter((p) => p.kind === 'run-finished').map((p) => p.run.id);
  expect(finished.sort()).toEqual([...ids, ...r.resumed.map((run) => run.id)].sort());
  const startedIds = new Set(r.progress.filter((p) => p.kind === 'run-started').map((p) => p.runId));
  expect([...startedIds].every((id) => finished.includes(id))).toBe(true);

  // Every waiting run resumed exactly once, and nothing is left unfinished.
  const waiting = r.fired.filter((run) => run.status === 'waiting');
  expect(r.resumed.map((run) => run.id).sort()).toEqual(waiting.map((run) => run.id).sort());
  expect(dueRuns(r.resumed, '9999-01-01T00:00:00.000Z')).toEqual([]);
  const final = new Map(r.fired.map((run) => [run.id, run]));
  for (const run of r.resumed) final.set(run.id, run);
  const byStatus: Record<string, number> = {};
  for (const run of final.values()) {
    expect(FINAL.has(run.status), `run ${run.id} ended ${run.status}`).toBe(true);
    byStatus[run.status] = (byStatus[run.status] ?? 0) + 1;
    checkRun(run, r.faults);
  }
  // A sample of records crosses the worker boundary's schema (all of them is slow at 10,000 events).
  for (const run of [...final.values()].filter((_, i) => i % 25 === 0)) RunRecordSchema.parse(run);
  return { byStatus, runs: final.size };
}

/** A run's story matches its faults: each fault mode does exactly what it says to the steps it hits. */
function checkRun(run: RunRecord, faults: Map<string, FaultConfig>) {
  if (run.status === 'skipped') {
    expect(run.reasons.length).toBeGreaterThan(0);
    expect(run.steps).toEqual([]);
    return;
  }
  if (run.status === 'failed') {
    const failed = run.steps.filter((s) => s.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatch(/\S/);
  }
  for (const step of run.steps) {
    if (step.kind !== 'action') continue;
    const app = run.workflow.steps.find((s) => s.id === step.stepId);
    if (!app || app.kind !== 'action') continue;
    const fault = faults.get(`${run.storeId}/${app.app}`);
    const outcomes = step.attempts.map((a) => a.outcome);
    switch (fault?.mode) {
      case undefined:
        expect([step.status, outcomes]).toEqual(['succeeded', ['ok']]);
        break;
      case 'always':
        expect(step.status).toBe('failed');
        expect(outcomes).toEqual(fault.status! < 500 ? ['permanent'] : Array(DEFAULT_RETRY.maxAttempts).fill('transient'));
        expect(step.error).toContain(`(${fault.status}, simulated fault)`);
        break;
      case 'transient':
        expect([step.status, outcomes]).toEqual(['succeeded', ['transient', 'ok']]);
        break;
      case 'timeout':
        expect([step.status, outcomes]).toEqual(['succeeded', ['timeout', 'ok']]);
        break;
      case 'rate':
        expect(outcomes.slice(0, -1).every((o) => o === 'transient')).toBe(true);
        expect(step.status).toBe(outcomes.at(-1) === 'ok' ? 'succeeded' : 'failed');
        break;
      default:
        throw new Error(`unexpected fault ${String(fault?.mode)}`);
    }
  }
}
