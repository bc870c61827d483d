/**
 * Secrets never leave the secrets table. Planted through saveAppSetup (the
 * Organization page's path), they must appear in no export, no log line, no
 * run record, no error message and no other table, whatever runs: the
 * engine directly with faults that fail the apps holding the secrets, the
 * app's runtime (worker protocol, run persistence), exports of everything,
 * refused setup changes and refused imports.
 *
 * The console is captured for the whole file; a secret in any argument of
 * any console call fails the last test.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInCatalog, builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Workflow } from '../../src/domain/workflow/document';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import type { FaultConfig } from '../../src/engine/faults';
import { MemorySandbox } from '../../src/engine/sandbox';
import type { RunRecord } from '../../src/engine/types';
import { buildExport, serializeExport } from '../../src/io/exportFormat';
import { parseImport } from '../../src/io/importDocument';
import { fireTrigger, samplePayload, setFault } from '../../src/state/runtime';
import { readRuns } from '../../src/state/runtime/runs';
import { exportWorkflows, importText } from '../../src/state/transfer';
import { getDb } from '../../src/storage/db';
import { readExportSource } from '../../src/storage/importRepo';
import { loadOrganization, readSecrets, saveAppSetup, setFlowInstalled } from '../../src/storage/orgRepo';
import { putWorkflow } from '../../src/storage/workflowRepo';
import { T0, workflow } from '../fixtures/engine';
import { freshRuntime } from '../fixtures/runtime';

/** One planted secret per app that has a secret setup field in the demo organization. */
const PLANTED: { storeId: string; appId: string; values: Record<string, string>; secret: string }[] = [
  { storeId: 'store-1', appId: 'slack', values: { workspace: 'acme', botToken: 'xoxb-PLANTED-SECRET-slack' }, secret: 'xoxb-PLANTED-SECRET-slack' },
  { storeId: 'store-1', appId: 'asana', values: { workspace: 'acme', accessToken: '1/PLANTED-SECRET-asana' }, secret: '1/PLANTED-SECRET-asana' },
  { storeId: 'store-1', appId: 'reviews-io', values: { storeId: 'acme', apiKey: 'PLANTED-SECRET-reviews' }, secret: 'PLANTED-SECRET-reviews' },
  { storeId: 'store-2', appId: 'klaviyo', values: { privateApiKey: 'pk_PLANTED-SECRET-klaviyo', plan: 'email' }, secret: 'pk_PLANTED-SECRET-klaviyo' },
  { storeId: 'store-3', appId: 'trello', values: { accountEmail: 'ops@example.com', apiToken: 'PLANTED-SECRET-trello' }, secret: 'PLANTED-SECRET-trello' },
];
const SECRETS = PLANTED.map((p) => p.secret);

const logged: string[] = [];
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Fails with the place and the secret when any text holds a planted secret (or a telling part of one). */
function expectNoSecret(where: string, text: string) {
  for (const secret of SECRETS) {
    expect(text.includes(secret), `${where} contains the secret ${secret}`).toBe(false);
    expect(text.includes(secret.slice(-16)), `${where} contains the end of the secret ${secret}`).toBe(false);
  }
  expect(/PLANTED-SECRET/.test(text), `${where} contains a planted secret`).toBe(false);
}

const slackStep = { id: 'a1', action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text: 'Review {{ trigger.rating }}' } };
const WORKFLOWS: Workflow[] = [
  workflow({ id: 'wf-slack', name: 'Reviews to Slack', trigger: ['loox', 'new-review'], steps: [slackStep] }),
  workflow({ id: 'wf-asana', name: 'Reviews to Asana', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['asana', 'create-task'], fields: { project: 'Support', task_name: 'Review' } }] }),
  workflow({ id: 'wf-klaviyo', name: 'Orders to Klaviyo', trigger: ['shopify', 'order-created'], steps: [{ id: 'a1', action: ['klaviyo', 'track-event'], fields: { email: 'ops@example.com', event_name: 'Order' } }] }),
  workflow({ id: 'wf-trello', name: 'Reviews to Trello', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['trello', 'create-card'], fields: { board: 'B', list: 'L', card_name: 'C' } }] }),
];

/** Faults that fail each app holding a secret: auth-like refusals are where a token would be tempting to echo. */
const FAULTS: Record<string, FaultConfig> = {
  'store-1/slack': { mode: 'always', status: 401 },
  'store-1/asana': { mode: 'always', status: 403 },
  'store-2/klaviyo': { mode: 'transient', status: 503 },
  'store-3/trello': { mode: 'timeout' },
  'store-2/slack': { mode: 'always', status: 500 },
};

beforeAll(async () => {
  for (const method of METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
    });
  }
  await freshRuntime({ 'store-3': ['slack'] });
  const db = getDb();
  for (const p of PLANTED) await saveAppSetup(db, builtInCatalog, p.storeId, p.appId, p.values);
  for (const wf of WORKFLOWS) await putWorkflow(db, wf, T0);
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('secrets planted through the Organization page', () => {
  it('are stored (in the secrets table only) and marked as set', async () => {
    const db = getDb();
    for (const p of PLANTED) {
      const key = Object.keys(p.values).find((k) => p.values[k] === p.secret)!;
      expect(await readSecrets(db, p.storeId, p.appId)).toEqual({ [key]: p.secret });
    }
    const org = await loadOrganization(db);
    expect(org.installations.find((i) => i.storeId === 'store-1' && i.appId === 'slack')).toMatchObject({ settings: { workspace: 'acme' }, secretsSet: ['botToken'] });
    expectNoSecret('the organization model', JSON.stringify(org));
  });

  it('are in no run record of the engine, even when the apps holding them fail', async () => {
    const org = await loadOrganization(getDb());
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox: new MemorySandbox(), faults: (s, a) => FAULTS[`${s}/${a}`], clock: new ManualClock(T0), ids: counterIds() });
    const runs: RunRecord[] = [];
    for (const storeId of ['store-1', 'store-2', 'store-3', 'store-4']) {
      for (const [app, trigger] of [['loox', 'new-review'], ['shopify', 'order-created']] as const) {
        const sample = catalog.byId.get(app)!.triggers.find((t) => t.id === trigger)!.samplePayload as Record<string, unknown>;
        const batch = await engine.fire({ id: `ev-${storeId}-${trigger}`, storeId, app, trigger, payload: sample, at: T0, depth: 0 }, WORKFLOWS, org);
        runs.push(...batch.runs);
      }
    }
    const statuses = new Set(runs.map((r) => r.status));
    expect(statuses).toEqual(new Set(['succeeded', 'failed', 'skipped']));
    expect(runs.some((r) => r.steps.some((s) => /\(401, simulated fault\)/.test(s.error ?? '')))).toBe(true);
    expectNoSecret('engine run records', JSON.stringify(runs));
    expectNoSecret('engine errors', runs.flatMap((r) => [...r.reasons, ...r.steps.map((s) => s.error ?? '')]).join('\n'));
  });

  it('are in no run record the app stores (worker protocol, persistence), with faults set on the Organization’s apps', async () => {
    for (const [pair, config] of Object.entries(FAULTS)) {
      const [storeId, appId] = pair.split('/') as [string, string];
      await setFault(storeId, appId, config);
    }
    const fired = [
      ...(await fireTrigger({ app: 'loox', trigger: 'new-review', payload: samplePayload('loox', 'new-review'), storeIds: ['store-1', 'store-2', 'store-3', 'store-4'] })),
      ...(await fireTrigger({ app: 'shopify', trigger: 'order-created', payload: samplePayload('shopify', 'order-created'), storeIds: ['store-2', 'store-4'] })),
    ];
    expect(fired.some((r) => r.status === 'failed')).toBe(true);
    const stored = await readRuns({});
    expect(stored.map((r) => r.id).sort()).toEqual(fired.map((r) => r.id).sort());
    expectNoSecret('stored run records', JSON.stringify(stored));
  });

  it('are in no export of everything, built by the app or from storage', async () => {
    const file = await exportWorkflows('all');
    expect(file.text).toContain('"workspace": "acme"');
    expectNoSecret('the export of everything', file.text);
    expect(file.text).not.toMatch(/botToken|accessToken|privateApiKey|apiToken|apiKey|secretsSet/);
    expectNoSecret('the export built from storage', serializeExport(buildExport({ ...(await readExportSource(getDb())), catalog })));
  });

  it('are in no other table of the database', async () => {
    const db = getDb();
    for (const table of db.tables) {
      if (table.name === 'secrets') continue;
      expectNoSecret(`the ${table.name} table`, JSON.stringify(await table.toArray()));
    }
  });

  it('are in no error message: refused setup changes and imports that carry a secret', async () => {
    const db = getDb();
    const messages: string[] = [];
    const capture = async (operation: Promise<unknown>) => {
      try {
        await operation;
      } catch (error) {
        messages.push(error instanceof Error ? `${error.name}: ${error.message} ${JSON.stringify(error)}` : String(error));
      }
    };
    // A select value that is not an option, next to a new secret.
    await capture(saveAppSetup(db, builtInCatalog, 'store-2', 'klaviyo', { privateApiKey: 'pk_PLANTED-SECRET-klaviyo', plan: 'enterprise' }));
    // A setting the app does not have, holding a secret.
    await capture(saveAppSetup(db, builtInCatalog, 'store-1', 'slack', { bot_token: 'xoxb-PLANTED-SECRET-slack' }));
    // Slack's authentication cannot change in a store without Flow.
    await setFlowInstalled(db, 'store-3', false);
    await capture(saveAppSetup(db, builtInCatalog, 'store-3', 'trello', { apiToken: 'PLANTED-SECRET-trello' }));
    expect(messages).toHaveLength(3);
    expectNoSecret('refused setup changes', messages.join('\n'));

    // A file that carries a secret in an installation's settings is refused without repeating it.
    const source = JSON.parse((await exportWorkflows('all')).text) as { organization: { installations: { appId: string; storeId: string; settings: Record<string, string> }[] } };
    const slack = source.organization.installations.find((i) => i.appId === 'slack' && i.storeId === 'store-1')!;
    slack.settings.botToken = 'xoxb-PLANTED-SECRET-slack';
    const text = JSON.stringify(source);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    expectNoSecret('import problems', JSON.stringify(parsed));
    const outcome = await importText(text);
    expect(outcome.ok).toBe(false);
    expectNoSecret('the import outcome', JSON.stringify(outcome));
  });

  it('never reached the console', () => {
    expectNoSecret('console output', logged.join('\n'));
  });
});
