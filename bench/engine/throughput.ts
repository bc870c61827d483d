/**
 * engine-throughput: 10,000 trigger events through the 20 workflows of
 * scenario.ts over 4 stores, with the real Engine (conditions, Liquid
 * fields, simulated adapters, in-memory sandbox, no persistence) against the
 * hand-written baseline (handwritten.ts). Each call of `ours`/`baseline`
 * starts from an empty sandbox and returns the elapsed milliseconds.
 * Loaded from bench/run.mjs from a build for Node (vite build --ssr, bench/dist-node/).
 */
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import { handwrittenEngine } from './handwritten';
import { T0, benchEvents, benchOrganization, benchWorkflows } from './scenario';

export interface SideResult {
  ms: number;
  runs: number;
  statuses: Record<string, number>;
  sandboxRecords: number;
}

function count(statuses: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[s] = (out[s] ?? 0) + 1;
  return out;
}

/** The benchmark for `eventCount` events; both sides see the same workflows, organization and events. */
export function engineBench(eventCount = 10_000) {
  const workflows = benchWorkflows();
  const org = benchOrganization();
  const events = benchEvents(eventCount);

  async function ours(): Promise<SideResult> {
    const sandbox = new MemorySandbox();
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox, clock: new ManualClock(T0), ids: counterIds() });
    const statuses: string[] = [];
    const start = performance.now();
    for (const event of events) {
      const batch = await engine.fire(event, workflows, org);
      for (const run of batch.runs) statuses.push(run.status);
    }
    const ms = performance.now() - start;
    return { ms, runs: statuses.length, statuses: count(statuses), sandboxRecords: sandbox.rows().length };
  }

  async function baseline(): Promise<SideResult> {
    const statuses: string[] = [];
    const start = performance.now();
    const engine = handwrittenEngine(workflows, org, catalog, builtInRegistry, T0);
    for (const event of events) {
      for (const run of await engine.handle(event)) statuses.push(run.status);
    }
    const ms = performance.now() - start;
    return { ms, runs: statuses.length, statuses: count(statuses), sandboxRecords: engine.sandboxSize() };
  }

  return { ours, baseline, workflows: workflows.length, events: events.length };
}
