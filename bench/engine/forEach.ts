/**
 * engine-foreach: events whose workflow goes through a 100-item list with a
 * For each (Order created → For each `order.line_items` → Log output with
 * three fields of the item and one of the order), through the real Engine,
 * against a hand-written loop doing the same work: read the same order from
 * the same store data with the engine's own resolver, render the same
 * Liquid line per item (parsed once, the engine's Liquid setup and limits),
 * keep each line in a minimal record per run. What the baseline leaves out
 * is what the engine adds for users: a record per iteration with its loop
 * position and times, binding and unbinding the item, the walk through the
 * loop body's links, copies of the workflow and event in the run.
 * Loaded from bench/run.mjs with Vite's module runner.
 */
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Organization } from '../../src/domain/org/organization';
import { Workflow } from '../../src/domain/workflow/document';
import { MAX_LOOP_ITEMS } from '../../src/domain/workflow/kinds/forEach';
import { createFlowLiquid } from '../../src/domain/workflow/liquid';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { DEFAULT_LIQUID_LIMITS } from '../../src/engine/liquidRender';
import { limitLoopWork } from '../../src/engine/liquidLoops';
import { MemorySandbox, type SandboxRow } from '../../src/engine/sandbox';
import { resolveObject } from '../../src/engine/storeData';
import type { TriggerEvent } from '../../src/engine/types';
import { T0 } from './scenario';

const ORDERS = 20;
const MESSAGE = '{{ lineItemsForeachitem.quantity }} × {{ lineItemsForeachitem.title }} ({{ lineItemsForeachitem.sku }}) in {{ order.name }}';

/** What a side produced: its time, and what the loop wrote, to check both did the same work. */
export interface ForEachSide {
  ms: number;
  runs: number;
  lines: number;
  /** Total characters of all lines, and the last line: a cheap fingerprint of the lines' contents. */
  chars: number;
  last: string;
}

const org: Organization = {
  name: 'Bench',
  stores: [{ id: 'store-1', name: 'Store 1', flowInstalled: true, createdAt: T0, timeZone: 'UTC' }],
  installations: [],
};

/** Orders of MAX_LOOP_ITEMS (100) line items each, in the store data of store-1. */
function storeRows(): SandboxRow[] {
  return Array.from({ length: ORDERS }, (_, o) => {
    const id = String(5_100_000 + o);
    const line_items = Array.from({ length: MAX_LOOP_ITEMS }, (_, i) => ({
      id: `${id}-${i}`,
      title: `Item ${i} of order ${o}`,
      sku: `SKU-${o}-${i}`,
      quantity: 1 + (i % 5),
      price: 10 + i,
    }));
    const record = { id, name: `#${2000 + o}`, email: `o${o}@example.com`, status: 'open', tags: [], line_items, created_at: T0, updated_at: T0 };
    return { storeId: 'store-1', appId: 'shopify', collection: 'orders', id, record };
  });
}

function workflow(): Workflow {
  return Workflow.parse({
    schemaVersion: 2,
    id: 'wf-foreach',
    name: 'Bench For each',
    description: '',
    activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
    steps: [
      { id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' },
      { id: 'f', kind: 'forEach', list: 'order.line_items', position: { x: 0, y: 120 }, note: '' },
      { id: 'l', kind: 'log', message: MESSAGE, position: { x: 0, y: 240 }, note: '' },
    ],
    links: [
      { from: 't', port: 'next', to: 'f' },
      { from: 'f', port: 'loop_body', to: 'l' },
    ],
  });
}

function events(count: number): TriggerEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `ev-${i}`,
    storeId: 'store-1',
    app: 'shopify',
    trigger: 'order-created',
    payload: { order_id: String(5_100_000 + (i % ORDERS)), order_name: `#${2000 + (i % ORDERS)}`, total_price: 100, currency: 'PLN', created_at: T0 },
    at: T0,
    depth: 0,
  }));
}

/** The benchmark for `eventCount` events of a 100-item loop each; both sides see the same workflow, store data and events. */
export function forEachBench(eventCount = 200) {
  const rows = storeRows();
  const wf = workflow();
  const evs = events(eventCount);

  async function ours(): Promise<ForEachSide> {
    const sandbox = MemorySandbox.fromRows(rows);
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox, clock: new ManualClock(T0), ids: counterIds() });
    const out: ForEachSide = { ms: 0, runs: 0, lines: 0, chars: 0, last: '' };
    const start = performance.now();
    for (const event of evs) {
      const batch = await engine.fire(event, [wf], org);
      for (const run of batch.runs) {
        out.runs++;
        if (run.status !== 'succeeded') throw new Error(`engine-foreach: a run ${run.status}: ${run.steps.find((s) => s.error)?.error}`);
        for (const step of run.steps) {
          for (const line of step.logs ?? []) {
            out.lines++;
            out.chars += line.length;
            out.last = line;
          }
        }
      }
    }
    out.ms = performance.now() - start;
    return out;
  }

  async function baseline(): Promise<ForEachSide> {
    const start = performance.now();
    const { parseLimit, memoryLimit, loopLimit } = DEFAULT_LIQUID_LIMITS;
    const liquid = createFlowLiquid({ strictVariables: true, ownPropertyOnly: true, parseLimit, memoryLimit });
    limitLoopWork(liquid, loopLimit);
    const template = liquid.parse(MESSAGE);
    const shopify = MemorySandbox.fromRows(rows).forApp('store-1', 'shopify');
    const out: ForEachSide = { ms: 0, runs: 0, lines: 0, chars: 0, last: '' };
    for (const event of evs) {
      const order = resolveObject(shopify, 'order', event.payload.order_id)!;
      const items = order.line_items as unknown[];
      if (items.length > MAX_LOOP_ITEMS) throw new Error('more than 100 items');
      const record: { stepId: string; index: number; logs: string[] }[] = [];
      for (let index = 0; index < items.length; index++) {
        const line = String(liquid.renderSync(template, { trigger: event.payload, order, lineItemsForeachitem: items[index] }));
        record.push({ stepId: 'l', index, logs: [line] });
        out.lines++;
        out.chars += line.length;
        out.last = line;
      }
      out.runs++;
    }
    out.ms = performance.now() - start;
    return out;
  }

  return { ours, baseline, events: evs.length, items: MAX_LOOP_ITEMS };
}
