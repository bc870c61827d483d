/**
 * Running Run code: the input query over the run's data, the script in the
 * QuickJS sandbox, the output checked against the schema before later steps
 * (conditions, Liquid) read runCode.<field>; console.log lines, the input
 * and the output in the record; hostile scripts fail only their step; and
 * one sandbox (one engine load) serves every call.
 */
import { describe, expect, it } from 'vitest';
import { all, context, event, fakeSlack, orgWith, workflow } from '../../../test/fixtures/engine';
import { runCodeStep } from '../../domain/workflow/kinds/runCode';
import { startRun } from '../interpreter';
import { createSandbox } from '../runCode';
import type { ActionCall } from '../types';

const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const code = (id: string, more: Record<string, unknown> = {}) => {
  const { id: _id, position: _p, note: _n, ...body } = runCodeStep({ x: 0, y: 0 });
  return { id, body: { ...body, ...more } };
};
const points = (value: number) => ({ kind: 'criterion' as const, field: 'runCode.points', operator: 'greater_than' as const, value });

function setup() {
  const calls: ActionCall[] = [];
  const ctx = context(orgWith({ 'store-1': ['slack'] }), [fakeSlack(calls)]);
  ctx.sandbox.forApp('store-1', 'shopify').upsert('orders', '7', { id: 7, name: '#1007', total_price: 249.99 });
  return { ctx, calls };
}

/** trigger → Run code r → condition c: then → a, otherwise → b. */
function branching(script?: string) {
  return workflow({
    trigger: ['shopify', 'order-created'],
    steps: [
      code('r', script ? { script } : {}),
      { id: 'c', condition: all(points(20)) },
      slack('a', '{{ order.name }} earns {{ runCode.points }} points'),
      slack('b', 'few points'),
    ],
    links: [['t', 'next', 'r'], ['r', 'next', 'c'], ['c', 'then', 'a'], ['c', 'otherwise', 'b']],
  });
}
const orderEvent = () => event('shopify', 'order-created', { order_id: 7 });

describe('running Run code', () => {
  it("runs the script on its input query's result, records input, output and logs, and later steps branch on runCode.points", async () => {
    const { ctx, calls } = setup();
    const { run } = await startRun({ ...ctx, workflow: branching(), event: orderEvent() });
    expect(run.status).toBe('succeeded');
    expect(run.steps.find((s) => s.stepId === 'r')).toMatchObject({
      status: 'succeeded',
      input: { order: { name: '#1007', totalPrice: 249.99 } },
      output: { points: 24 },
      logs: ['Order #1007 earns 24 points'],
    });
    expect(run.steps.find((s) => s.stepId === 'c')?.branch).toBe('then');
    expect(calls.map((c) => c.fields.text)).toEqual(['#1007 earns 24 points']);

    const low = await startRun({ ...ctx, workflow: branching('export default function main(input) { return { points: 3 } }'), event: orderEvent() });
    expect(low.run.steps.find((s) => s.stepId === 'c')?.branch).toBe('otherwise');
    expect(calls.at(-1)?.fields.text).toBe('few points');
  });

  it('fails the step when the result does not fit the output schema, and nothing after it reads it', async () => {
    const { ctx, calls } = setup();
    const wf = branching('export default function main() { console.log("about to"); return { points: "12", extra: true } }');
    const { run } = await startRun({ ...ctx, workflow: wf, event: orderEvent() });
    expect(run.status).toBe('failed');
    const record = run.steps.find((s) => s.stepId === 'r')!;
    expect(record.error).toBe('The script\'s result doesn\'t fit the output schema: Output.points: expected an Int, got "12"; Output.extra: is not a field of Output');
    expect(record.logs).toEqual(['about to']);
    expect(record.output).toEqual({ result: { points: '12', extra: true } });
    expect(run.steps.map((s) => s.stepId)).toEqual(['t', 'r']);
    expect(calls).toEqual([]);
  });

  it('fails the step with the query\'s words when the run\'s data lacks a field', async () => {
    const { ctx } = setup();
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [code('r', { input: '{ order { loyaltyTier } }' })] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: orderEvent() });
    expect(run.steps.find((s) => s.stepId === 'r')?.error).toMatch(/order\.loyaltyTier \(line 1, column 11\)/);
  });

  it.each([
    ['an endless loop', 'export default function main() { while (true) {} }', /^The script ran too long: it was stopped after 1,000 steps\.$/],
    ['a huge allocation', 'export default function main() { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }', /^The script used more than 32 MB of memory\.$/],
    ['fetch', 'export default function main() { fetch("https://example.com"); return { points: 1 } }', /fetch is not available in Run code: scripts have no network access/],
    ['import()', 'export default function main() { import("lodash"); return { points: 1 } }', /The script imports "lodash": Run code scripts cannot import modules/],
    ['the page\'s globals', 'export default function main() { return { points: typeof globalThis.postMessage === "function" ? 1 : self.x } }', /'self' is not defined/],
  ])('fails only its step for %s, with a clear error, and the next run works', async (_what, script, error) => {
    const { ctx, calls } = setup();
    const { run } = await startRun({ ...ctx, workflow: branching(script), event: orderEvent() });
    expect(run.status).toBe('failed');
    expect(run.steps.find((s) => s.stepId === 'r')?.error).toMatch(error);
    expect(calls).toEqual([]);
    const next = await startRun({ ...ctx, workflow: branching(), event: orderEvent() });
    expect(next.run.status).toBe('succeeded');
  });

  it('loads the sandbox\'s engine once and reuses it for every call', async () => {
    const { ctx } = setup();
    let loads = 0;
    const scripts = createSandbox({
      loadEngine: async () => {
        loads++;
        const { loadQuickJS } = await import('../runCode/engine');
        return loadQuickJS();
      },
    });
    for (let i = 0; i < 5; i++) {
      const { run } = await startRun({ ...ctx, scripts, workflow: branching(), event: orderEvent() });
      expect(run.status).toBe('succeeded');
    }
    expect(loads).toBe(1);
    expect(scripts.loads).toBe(1);
  });
});
