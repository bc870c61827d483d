/**
 * Each hand-written Flow file whose tasks Flowbench all knows runs in the
 * sandbox once imported: the steps run in turn and none fails. The files
 * that hold a task Flowbench doesn't know (a connector's) stop at it with
 * "Flowbench can't run <task id>".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { BUILT_IN_ADAPTERS } from '../../src/engine/adapters/index';
import { startRun } from '../../src/engine/interpreter';
import { parseImport } from '../../src/io/importDocument';
import { context, event, orgWith } from '../fixtures/engine';

const read = (name: string) => readFileSync(new URL(`../fixtures/flow/valid/${name}`, import.meta.url), 'utf8');
const ORDER = { order_id: 'gid://shopify/Order/1', customer_id: 'gid://shopify/Customer/1', order_name: '#1001', email: 'anna@example.pl', total_price: 250, currency: 'PLN', created_at: '2026-01-01T10:00:00Z' };

async function runFile(name: string, trigger = 'order-created', payload: Record<string, unknown> = ORDER) {
  const parsed = parseImport(read(name), { catalog });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const workflow = { ...parsed.value.workflows[0]!, activation: { on: true, scope: { kind: 'all' as const }, offInStores: [] } };
  const ctx = context(orgWith({ 'store-1': [] }), [...BUILT_IN_ADAPTERS]);
  return (await startRun({ ...ctx, workflow, event: event('shopify', trigger, payload), dryRun: true })).run;
}

describe('Flow files run in the sandbox', () => {
  for (const name of ['condition-branches.flow.json', 'foreach-after.flow.json', 'wait-and-log.flow.json', 'paid-in-zloty.flow', 'api-body.json']) {
    it(`${name}: every step it reaches runs, none fails`, async () => {
      const run = await runFile(name);
      expect(run.steps.filter((s) => s.status === 'failed').map((s) => s.error)).toEqual([]);
      expect(run.steps.length).toBeGreaterThan(1);
    });
  }

  it('scheduled-get-data.flow.json: the schedule fires, Get data reads the store and the log line is written', async () => {
    const run = await runFile('scheduled-get-data.flow.json', 'scheduled-time', { scheduled_at: '2027-01-01T09:00:00+01:00' });
    expect(run.steps.map((s) => [s.kind, s.status])).toEqual([
      ['trigger', 'succeeded'],
      ['getData', 'succeeded'],
      ['log', 'succeeded'],
    ]);
  });

  it('condition-branches.flow.json: a big order from @example.pl takes the Then branch and gets its tags', async () => {
    const run = await runFile('condition-branches.flow.json');
    expect(run.steps.map((s) => s.kind)).toEqual(['trigger', 'condition', 'action']);
  });

  it('run-code-condition.flow.json: Run code computes the points in the sandbox and the condition on runCode.points takes Then', async () => {
    const run = await runFile('run-code-condition.flow.json');
    expect(run.steps.map((s) => [s.kind, s.status])).toEqual([
      ['trigger', 'succeeded'],
      ['runCode', 'succeeded'],
      ['condition', 'succeeded'],
      ['action', 'succeeded'],
    ]);
    const input = run.steps[1]?.input as { order: { totalPrice: unknown } };
    expect(run.steps[1]?.output).toEqual({ points: Math.floor(Number(input.order.totalPrice)) });
    expect(run.steps[1]?.output?.points).toBeGreaterThanOrEqual(100);
    expect(run.steps[2]?.branch).toBe('then');
  });

  it('admin-api-chain.flow.json: orderCancel, which the sandbox does not simulate, fails its step naming the mutations it does', async () => {
    const run = await runFile('admin-api-chain.flow.json');
    const failed = run.steps.filter((s) => s.status === 'failed');
    expect(failed.map((s) => s.kind)).toEqual(['adminApi']);
    expect(failed[0]?.error).toMatch(/orderCancel/);
    expect(failed[0]?.error).toMatch(/tagsAdd/);
  });

  for (const [name, taskId] of [['connector-task.flow.json', 'acme_crm::flow::sync_contact']] as const) {
    it(`${name}: stops at the task Flowbench doesn't know, saying so`, async () => {
      const run = await runFile(name);
      const failed = run.steps.filter((s) => s.status === 'failed');
      expect(failed.map((s) => [s.kind, s.error])).toEqual([['foreign', expect.stringMatching(new RegExp(`^Flowbench can't run ${taskId}`))]]);
    });
  }
});
