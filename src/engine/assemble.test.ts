import { describe, expect, it } from 'vitest';
import acme from '../../test/fixtures/custom-apps/acme-loyalty.json';
import { T0, event, orgWith, workflow } from '../../test/fixtures/engine';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { checkCustomApp } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { assembleEngine } from './assemble';
import { ManualClock, counterIds } from './clock';
import { MemorySandbox } from './sandbox';
import type { ActionHandler } from './types';

const acmeApp = ((): AppManifest => {
  const r = checkCustomApp(acme, builtInCatalog);
  if (!r.ok) throw new Error('fixture');
  return r.manifest;
})();
const run = () => ({ sandbox: new MemorySandbox(), clock: new ManualClock(T0), ids: counterIds() });

describe('assembleEngine', () => {
  it('runs on the built-in apps plus the custom apps, which run on the generic adapter', async () => {
    const { engine, catalog } = assembleEngine({ customApps: [acmeApp], ...run() });
    expect(catalog.byId.get('acme-loyalty')).toBe(catalog.apps.find((a) => a.id === 'acme-loyalty'));
    expect(catalog.apps).toHaveLength(builtInCatalog.apps.length + 1);
    const wf = workflow({
      trigger: ['acme-loyalty', 'member-joined'],
      steps: [{ id: 'a1', action: ['acme-loyalty', 'add-points'], fields: { member_email: 'a@example.com', points: '5' } }],
    });
    const batch = await engine.fire(event('acme-loyalty', 'member-joined', acmeApp.triggers[0]!.samplePayload), [wf], orgWith({ 'store-1': ['acme-loyalty'] }));
    expect(batch.runs.map((r) => r.status)).toEqual(['succeeded']);
    expect(batch.runs[0]!.steps.find((s) => s.stepId === 'a1')?.output).toHaveProperty('call_id');
  });

  it('refuses a custom app that cannot join the catalog, naming it and why', () => {
    const clash = { ...acmeApp, id: 'slack' };
    expect(() => assembleEngine({ customApps: [clash], ...run() })).toThrow(/the custom app "slack" cannot be used: its id is the id of the built-in app Slack/);
  });

  it('answers Shopify\'s "Send HTTP request" with the live handler only when one is given', async () => {
    const live: ActionHandler = () => ({ output: { status_code: 201, response_body: 'live' } });
    const hook = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [{ id: 'a1', action: ['shopify', 'send-http-request'], fields: { method: 'POST', url: 'https://example.com/hook', body: 'x' } }],
    });
    const statuses: unknown[] = [];
    for (const liveHttp of [undefined, live]) {
      const { engine } = assembleEngine({ liveHttp, ...run() });
      const batch = await engine.fire(event('shopify', 'order-created', { order_id: '1' }), [hook], orgWith({ 'store-1': [] }));
      statuses.push(batch.runs[0]!.steps.find((s) => s.stepId === 'a1')?.output?.status_code);
    }
    expect(statuses).toEqual([200, 201]);
  });
});
