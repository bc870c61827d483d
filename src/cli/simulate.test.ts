import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulate } from './simulate';

const files: Record<string, string> = {
  'template.json': readFileSync(new URL('../domain/templates/vip-orders.json', import.meta.url), 'utf8'),
  'event.json': JSON.stringify({ app: 'shopify', trigger: 'order-paid', payload: { order_id: '1001', customer_id: '7054216839', order_name: '#1001', email: 'a@example.pl', total_price: 900, currency: 'PLN', created_at: '2026-11-28T09:00:00Z' }, at: '2026-11-28T09:00:00Z' }),
  'bad-event.json': JSON.stringify({ app: 'shopify', trigger: 'nope' }),
};

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { readFile: async (p: string) => files[p] ?? Promise.reject(new Error(`no file ${p}`)), out: (t: string) => out.push(t), err: (l: string) => err.push(l) },
  };
}

describe('npm run simulate', () => {
  it('runs an exported workflow on an event in every store of the demo organization and prints the run records', async () => {
    const t = io();
    expect(await runSimulate(['--export', 'template.json', '--event', 'event.json'], t.io)).toBe(0);
    const runs = JSON.parse(t.out.join('')) as { storeId: string; status: string; reasons: string[] }[];
    expect(runs.map((r) => [r.storeId, r.status])).toEqual([
      ['store-1', 'succeeded'],
      ['store-2', 'succeeded'],
      ['store-3', 'skipped'],
      ['store-4', 'skipped'],
    ]);
    expect(runs[2]!.reasons).toEqual(['Slack is not installed in Store 3.']);
  });

  it('fires in one store with --store', async () => {
    const t = io();
    await runSimulate(['--export', 'template.json', '--event', 'event.json', '--store', 'store-2'], t.io);
    expect((JSON.parse(t.out.join('')) as unknown[]).length).toBe(1);
  });

  it('names the problem in a bad event file and exits 1; prints usage and exits 2 without arguments', async () => {
    const t = io();
    expect(await runSimulate(['--export', 'template.json', '--event', 'bad-event.json'], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/\$\.trigger: "shopify\/nope" is not a trigger/);
    expect(await runSimulate([], io().io)).toBe(2);
  });
});

describe('npm run simulate with a custom app in the export', () => {
  it('runs the custom app that came with the export on the generic adapter', async () => {
    const acme = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as { triggers: Record<string, unknown>[] };
    acme.triggers[0]!.samplePayload = { customer_id: '7054216839', member_email: 'm@example.com', tier: 'Gold' };
    const exportDoc = {
      format: 'flowbench',
      version: 1,
      customApps: [acme],
      organization: { name: 'Org', stores: [{ id: 's1', name: 'S1', flowInstalled: true, createdAt: '2026-11-28T09:00:00.000Z' }], installations: [{ storeId: 's1', appId: 'acme-loyalty', installedAt: '2026-11-28T09:00:00.000Z', settings: { programName: 'Acme' } }] },
      workflows: [
        {
          schemaVersion: 2, id: 'wf', name: 'Points', description: '', activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
          steps: [
            { id: 't', kind: 'trigger', app: 'acme-loyalty', trigger: 'member-joined', position: { x: 0, y: 0 }, note: '' },
            { id: 'a', kind: 'action', app: 'acme-loyalty', action: 'add-points', fields: { member_email: '{{ trigger.member_email }}', points: '5' }, position: { x: 0, y: 100 }, note: '' },
          ],
          links: [{ from: 't', port: 'next', to: 'a' }],
        },
      ],
    };
    files['custom.json'] = JSON.stringify(exportDoc);
    files['custom-event.json'] = JSON.stringify({ app: 'acme-loyalty', trigger: 'member-joined', payload: acme.triggers[0]!.samplePayload, at: '2026-11-28T09:00:00Z' });
    const t = io();
    expect(await runSimulate(['--export', 'custom.json', '--event', 'custom-event.json'], t.io)).toBe(0);
    const runs = JSON.parse(t.out.join('')) as { status: string; steps: { output?: Record<string, unknown> }[] }[];
    expect(runs.map((r) => r.status)).toEqual(['succeeded']);
    expect(runs[0]!.steps[1]!.output).toMatchObject({ call_id: expect.any(String) });
  });
});

describe('npm run simulate with an error handler in the export', () => {
  it('fires Workflow error occurred when a run fails, and the handler runs in the same store', async () => {
    const handler = (JSON.parse(readFileSync(new URL('../domain/templates/error-handler-to-slack.json', import.meta.url), 'utf8')) as { workflows: unknown[] }).workflows[0];
    // The channel renders empty, so the Slack step fails its required field at run time.
    const failing = {
      schemaVersion: 2, id: 'wf-fail', name: 'Post orders', description: '', activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
      steps: [
        { id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: { x: 0, y: 0 }, note: '' },
        { id: 's', kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '{% if false %}#x{% endif %}', text: 'paid' }, position: { x: 0, y: 140 }, note: '' },
      ],
      links: [{ from: 't', port: 'next', to: 's' }],
    };
    files['with-handler.json'] = JSON.stringify({ format: 'flowbench', version: 2, workflows: [failing, handler] });
    const t = io();
    expect(await runSimulate(['--export', 'with-handler.json', '--event', 'event.json', '--store', 'store-1'], t.io)).toBe(0);
    const runs = JSON.parse(t.out.join('')) as { workflowName: string; status: string; event: { payload: Record<string, unknown> } }[];
    expect(runs.map((r) => [r.workflowName, r.status])).toEqual([['Post orders', 'failed'], ['Error handler: tell Slack when a workflow fails', 'succeeded']]);
    expect(runs[1]!.event.payload).toMatchObject({ workflow_name: 'Post orders', shop_domain: 'store-1.myshopify.com', failed_step_name: 'Slack · Send Slack message' });
  });
});
