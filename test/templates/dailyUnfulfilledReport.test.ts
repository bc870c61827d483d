/**
 * The "Daily report of unfulfilled orders by e-mail" template does what its
 * name says: fired at its scheduled time, Get data finds the store's open,
 * unfulfilled orders (oldest first) and the internal e-mail lists each of
 * them; with none, the e-mail says so. Orders that are fulfilled or
 * cancelled stay out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Organization } from '../../src/domain/org/organization';
import { validateWorkflow } from '../../src/domain/workflow/validate';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import { parseImport } from '../../src/io/importDocument';

const AT = '2026-12-08T07:00:00.000Z';
const org: Organization = {
  name: 'Org',
  stores: [{ id: 'store-1', name: 'Store 1', flowInstalled: true, createdAt: '2026-11-01T00:00:00.000Z', timeZone: 'Europe/Warsaw' }],
  installations: [],
};

function template() {
  const parsed = parseImport(readFileSync(new URL('../../src/domain/templates/daily-unfulfilled-orders-email.json', import.meta.url), 'utf8'), { catalog });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const wf = parsed.value.workflows[0]!;
  return { ...wf, activation: { ...wf.activation, on: true } };
}

async function fire(orders: Record<string, unknown>[]) {
  const sandbox = new MemorySandbox();
  const shopify = sandbox.forApp('store-1', 'shopify');
  for (const order of orders) shopify.upsert('orders', String(order.id), order);
  const engine = new Engine({ catalog, registry: builtInRegistry, sandbox, clock: new ManualClock(AT), ids: counterIds() });
  const batch = await engine.fire(
    { id: 'e1', storeId: 'store-1', app: 'shopify', trigger: 'scheduled-time', payload: { scheduled_at: '2026-12-08T08:00:00+01:00' }, at: AT, depth: 0 },
    [template()],
    org,
  );
  return { run: batch.runs[0]!, outbox: shopify.list('outbox') };
}

const order = (id: number, name: string, fulfillment: string, status: string, created: string) => ({
  id,
  name,
  email: `${name.slice(1)}@example.com`,
  status,
  fulfillment_status: fulfillment,
  financial_status: 'paid',
  total_price: id * 10,
  currency: 'PLN',
  tags: [],
  created_at: created,
  updated_at: created,
});

describe('the daily report of unfulfilled orders', () => {
  it('is complete: a daily Scheduled time at 08:00 Warsaw time, no problems at all', () => {
    const wf = template();
    expect(wf.steps[0]).toMatchObject({ trigger: 'scheduled-time', schedule: 'DTSTART;TZID=Europe/Warsaw:20261201T080000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO' });
    expect(validateWorkflow(wf, { catalog, org })).toEqual([]);
  });

  it("e-mails the store's open unfulfilled orders, oldest first, and leaves the others out", async () => {
    const { run, outbox } = await fire([
      order(1, '#1001', 'unfulfilled', 'open', '2026-12-05T10:00:00Z'),
      order(2, '#1002', 'fulfilled', 'open', '2026-12-01T10:00:00Z'),
      order(3, '#1003', 'unfulfilled', 'cancelled', '2026-12-02T10:00:00Z'),
      order(4, '#1004', 'unfulfilled', 'open', '2026-12-03T10:00:00Z'),
    ]);
    expect(run.status).toBe('succeeded');
    expect(run.steps.find((s) => s.stepId === 'get')?.output).toMatchObject({ count: 2, ids: ['4', '1'] });
    expect(outbox).toEqual([
      expect.objectContaining({
        to: 'team@example.com',
        subject: 'Unfulfilled orders on 2026-12-08',
        body:
          'Orders still waiting to be fulfilled, oldest first:\n\n' +
          '- #1004, placed 2026-12-03: 40 PLN, 1004@example.com\n' +
          '- #1001, placed 2026-12-05: 10 PLN, 1001@example.com',
      }),
    ]);
  });

  it('says so when every order is fulfilled', async () => {
    const { outbox } = await fire([order(2, '#1002', 'fulfilled', 'open', '2026-12-01T10:00:00Z')]);
    expect(outbox[0]).toMatchObject({ body: 'Orders still waiting to be fulfilled, oldest first:\n\nNone: every order is fulfilled.' });
  });
});
