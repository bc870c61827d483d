/**
 * run-code-step: what a Run code step adds to a run, through the real
 * engine (the input query over the run's data, the sandboxed call, the
 * output check, the variable bound and a condition reading runCode.points),
 * against the same workflow with a Log output step in its place (a step
 * that renders one line and binds nothing). Both sides branch the same way.
 * Every run of ours goes through one sandbox: `loads` counts how many times
 * its QuickJS engine was loaded (1 when it is reused, as it must be).
 * Loaded from bench/run.mjs with Vite's module runner, in Node.
 */
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Organization } from '../../src/domain/org/organization';
import { Workflow } from '../../src/domain/workflow/document';
import { runCodeStep } from '../../src/domain/workflow/kinds/runCode';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { startRun } from '../../src/engine/interpreter';
import { createSandbox } from '../../src/engine/runCode/sandbox';
import { MemorySandbox } from '../../src/engine/sandbox';

const T0 = '2026-03-02T10:00:00.000Z';
const at = { x: 0, y: 0 };

const org: Organization = {
  name: 'Bench',
  stores: [{ id: 'store-1', name: 'Store 1', flowInstalled: true, createdAt: T0, timeZone: 'UTC' }],
  installations: [],
};

/** trigger → middle → condition (then → tag) on `field`. */
function workflowWith(middle: object, field: string, value: number): Workflow {
  return Workflow.parse({
    schemaVersion: 2,
    id: 'wf-bench',
    name: 'Bench',
    description: '',
    activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
    steps: [
      { id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: at, note: '' },
      { ...middle, id: 'm', position: at, note: '' },
      { id: 'c', kind: 'condition', position: at, note: '', criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field, operator: 'greater_than', value }] } },
      { id: 'tag', kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: 'points' }, position: at, note: '' },
    ],
    links: [
      { from: 't', port: 'next', to: 'm' },
      { from: 'm', port: 'next', to: 'c' },
      { from: 'c', port: 'then', to: 'tag' },
    ],
  });
}

/** The benchmark: `runs` runs per round of each side. */
export function runCodeStepBench(runs = 200) {
  const { id: _id, position: _p, note: _n, ...code } = runCodeStep(at);
  const withCode = workflowWith(code, 'runCode.points', 10);
  // The same decision without code: the order's total over 100 is its points over 10.
  const withLog = workflowWith({ kind: 'log', message: 'Order {{ order.name }}: {{ order.total_price }}' }, 'order.total_price', 100);
  const scripts = createSandbox();
  const payloads = Array.from({ length: 8 }, (_, i) => ({ order_id: `gid://shopify/Order/${100 + i}`, total_price: 40 + i * 30 }));

  async function side(workflow: Workflow): Promise<{ ms: number; branches: string[] }> {
    const ctx = { catalog, org, registry: builtInRegistry, sandbox: new MemorySandbox(), clock: new ManualClock(T0), ids: counterIds(), scripts };
    const branches: string[] = [];
    const start = performance.now();
    for (let i = 0; i < runs; i++) {
      const payload = payloads[i % payloads.length]!;
      const event = { id: `e${i}`, storeId: 'store-1', app: 'shopify', trigger: 'order-paid', payload, at: T0, depth: 0 };
      const { run } = await startRun({ ...ctx, workflow, event, dryRun: true });
      if (run.status !== 'succeeded') throw new Error(`run-code-step: a run ${run.status}: ${run.steps.find((s) => s.error)?.error ?? run.reasons.join('; ')}`);
      if (i < payloads.length) branches.push(run.steps.find((s) => s.stepId === 'c')?.branch ?? '?');
    }
    return { ms: (performance.now() - start) / runs, branches };
  }

  return {
    ours: () => side(withCode),
    baseline: () => side(withLog),
    runs,
    get loads() {
      return scripts.loads;
    },
  };
}
