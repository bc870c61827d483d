import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import type { AppManifest } from '../catalog/manifest';
import { type Activation, DEFAULT_ACTIVATION, turnOnInStore } from '../workflow/activation';
import { demoOrganization } from './demo';
import type { Installation, Organization } from './organization';
import { installStatus, storesWithApp, whyWontRun } from './rules';
import { canChangeAuthentication, canUseInWorkflow, installFlow, uninstallFlow } from './changeRules';

const NOW = '2026-11-28T12:00:00.000Z';
const app = (id: string): AppManifest => catalog.byId.get(id)!;
const loyaltyLion = app('loyaltylion');

function fourStores(installs: [string, string][] = [], flowless: string[] = []): Organization {
  return {
    name: 'Seed example',
    stores: [1, 2, 3, 4].map((n) => ({
      id: `s${n}`,
      name: `Store ${n}`,
      flowInstalled: !flowless.includes(`s${n}`),
      createdAt: NOW,
      timeZone: 'UTC',
    })),
    installations: installs.map(
      ([storeId, appId]): Installation => ({ storeId, appId, installedAt: NOW, settings: {}, secretsSet: [] }),
    ),
  };
}
const on: Activation = { on: true, scope: { kind: 'all' }, offInStores: [] };
const loyaltyWorkflow = {
  name: 'Reward loyal customers',
  activation: on,
  appIds: ['loyaltylion', 'shopify', 'loyaltylion'],
};

describe('rule 1: Installed at organization level', () => {
  it('is Not installed when no store has the app', () => {
    expect(installStatus(fourStores(), loyaltyLion)).toBe('not-installed');
  });
  it('is Installed as soon as one store has it', () => {
    expect(installStatus(fourStores([['s3', 'loyaltylion']]), loyaltyLion)).toBe('installed');
  });
  it('goes back to Not installed when the last store uninstalls it', () => {
    const org = fourStores([['s3', 'loyaltylion']]);
    org.installations = [];
    expect(installStatus(org, loyaltyLion)).toBe('not-installed');
  });
  it('counts an installation in another app as nothing', () => {
    expect(installStatus(fourStores([['s1', 'slack']]), loyaltyLion)).toBe('not-installed');
  });
  it('treats the built-in Shopify app as installed in every store', () => {
    expect(installStatus(fourStores(), app('shopify'))).toBe('installed');
    expect(storesWithApp(fourStores(), app('shopify'))).toHaveLength(4);
  });
  it('treats an organization without stores as having nothing installed, not even Shopify', () => {
    expect(installStatus({ name: 'Empty', stores: [], installations: [] }, app('shopify'))).toBe('not-installed');
  });
});

describe('rule 2: connectors usable only when Installed', () => {
  it('refuses a Not installed connector and says what to do', () => {
    expect(canUseInWorkflow(fourStores(), loyaltyLion)).toMatchObject({
      ok: false,
      reasons: [`Install ${loyaltyLion.name.en} in at least one store to use its connector.`],
    });
  });
  it('allows it once installed in any one store', () => {
    expect(canUseInWorkflow(fourStores([['s4', 'loyaltylion']]), loyaltyLion)).toEqual({ ok: true });
  });
  it('tells an organization without stores to add one first', () => {
    const verdict = canUseInWorkflow({ name: 'Empty', stores: [], installations: [] }, loyaltyLion);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons[0]).toMatch(/Add a store/);
  });
});

describe('rule 3: where a workflow runs', () => {
  it('runs where Flow is installed, the workflow is on, and every connector app is installed', () => {
    expect(whyWontRun(fourStores([['s1', 'loyaltylion']]), catalog, loyaltyWorkflow, 's1')).toEqual({ ok: true });
  });

  it('names the missing app and the store, once even when the workflow uses the app twice', () => {
    expect(whyWontRun(fourStores([['s1', 'loyaltylion']]), catalog, loyaltyWorkflow, 's3')).toMatchObject({
      ok: false,
      reasons: [`${loyaltyLion.name.en} is not installed in Store 3.`],
    });
  });

  it('gives every reason at once: no Flow, workflow off, each missing app', () => {
    const org = fourStores([], ['s2']);
    const workflow = { ...loyaltyWorkflow, activation: DEFAULT_ACTIVATION, appIds: ['loyaltylion', 'slack'] };
    const verdict = whyWontRun(org, catalog, workflow, 's2');
    expect(verdict).toMatchObject({
      ok: false,
      reasons: [
        'The Flow app is not installed in Store 2.',
        'The workflow “Reward loyal customers” is turned off.',
        `${loyaltyLion.name.en} is not installed in Store 2.`,
        'Slack is not installed in Store 2.',
      ],
    });
  });

  it('does not run in a store outside the chosen scope', () => {
    const workflow = { ...loyaltyWorkflow, appIds: ['shopify'], activation: { ...on, scope: { kind: 'stores' as const, storeIds: ['s1'] } } };
    expect(whyWontRun(fourStores(), catalog, workflow, 's1')).toEqual({ ok: true });
    expect(whyWontRun(fourStores(), catalog, workflow, 's2')).toMatchObject({
      ok: false,
      reasons: ['The workflow “Reward loyal customers” is not turned on for Store 2.'],
    });
  });

  it('never requires the built-in Shopify app to be installed', () => {
    const workflow = { ...loyaltyWorkflow, appIds: ['shopify'] };
    expect(whyWontRun(fourStores(), catalog, workflow, 's4')).toEqual({ ok: true });
  });

  it('reports an app missing from the catalog and a store that no longer exists', () => {
    const workflow = { ...loyaltyWorkflow, appIds: ['ghost-app'] };
    expect(whyWontRun(fourStores(), catalog, workflow, 's1')).toMatchObject({
      ok: false,
      reasons: ['The workflow uses an app that is not in the catalog (ghost-app).'],
    });
    expect(whyWontRun(fourStores(), catalog, workflow, 'gone').ok).toBe(false);
  });
});

describe('rule 4: uninstalling Flow', () => {
  const workflows = [
    { id: 'w1', name: 'A', activation: on, appIds: ['shopify'] },
    { id: 'w2', name: 'B', activation: { ...on, on: false }, appIds: ['shopify'] },
  ];

  it('turns every workflow off for that store only, and keeps them', () => {
    const result = uninstallFlow(fourStores(), workflows, 's2');
    expect(result.workflows).toHaveLength(2);
    expect(result.org.stores.find((s) => s.id === 's2')?.flowInstalled).toBe(false);
    const w1 = { ...result.workflows[0]!, name: 'A' };
    expect(whyWontRun(result.org, catalog, w1, 's1')).toEqual({ ok: true });
    const verdict = whyWontRun(result.org, catalog, w1, 's2');
    expect(verdict).toMatchObject({
      ok: false,
      reasons: ['The Flow app is not installed in Store 2.', 'The workflow “A” is turned off in Store 2.'],
    });
  });

  it('does not turn them back on when Flow is reinstalled; the user does', () => {
    const removed = uninstallFlow(fourStores(), workflows, 's2');
    const org = installFlow(removed.org, 's2');
    const w1 = removed.workflows[0]!;
    expect(whyWontRun(org, catalog, w1, 's2')).toMatchObject({
      ok: false,
      reasons: ['The workflow “A” is turned off in Store 2.'],
    });
    const turnedOn = { ...w1, activation: turnOnInStore(w1.activation, 's2') };
    expect(whyWontRun(org, catalog, turnedOn, 's2')).toEqual({ ok: true });
  });

  it('leaves the input untouched (pure) and refuses an unknown store', () => {
    const org = fourStores();
    uninstallFlow(org, workflows, 's1');
    expect(org.stores[0]!.flowInstalled).toBe(true);
    expect(workflows[0]!.activation.offInStores).toEqual([]);
    expect(() => uninstallFlow(org, workflows, 'nope')).toThrow(/no store/);
  });
});

describe('rule 5: authentication of Asana, Google Sheets, Slack and Trello', () => {
  it.each(['asana', 'google-sheets', 'slack', 'trello'])('refuses %s in a store without Flow, with the explanation', (id) => {
    const org = fourStores([['s1', id]], ['s1']);
    const verdict = canChangeAuthentication(org, app(id), 's1');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons[0]).toMatch(/only be changed from a store that has its own copy of the Flow app/);
  });

  it.each(['asana', 'google-sheets', 'slack', 'trello'])('allows %s in a store with Flow', (id) => {
    expect(canChangeAuthentication(fourStores([['s1', id]]), app(id), 's1')).toEqual({ ok: true });
  });

  it('does not restrict other apps', () => {
    expect(canChangeAuthentication(fourStores([['s1', 'klaviyo']], ['s1']), app('klaviyo'), 's1')).toEqual({ ok: true });
  });

  it('asks to install the app first where it is not installed', () => {
    const verdict = canChangeAuthentication(fourStores(), app('slack'), 's1');
    expect(!verdict.ok && verdict.reasons[0]).toMatch(/not installed in Store 1/);
  });
});

describe("the seed's example: four stores and a loyalty app", () => {
  it('is unusable while installed nowhere, and runs only where installed once installed in one store', () => {
    let org = fourStores();
    expect(installStatus(org, loyaltyLion)).toBe('not-installed');
    expect(canUseInWorkflow(org, loyaltyLion).ok).toBe(false);

    org = fourStores([['s1', 'loyaltylion']]);
    expect(installStatus(org, loyaltyLion)).toBe('installed');
    expect(canUseInWorkflow(org, loyaltyLion).ok).toBe(true);
    const running = org.stores.filter((s) => whyWontRun(org, catalog, loyaltyWorkflow, s.id).ok).map((s) => s.name);
    expect(running).toEqual(['Store 1']);
  });
});

describe('the demo organization', () => {
  it('has four stores with Flow, some apps installed, and LoyaltyLion in none', () => {
    const org = demoOrganization(NOW);
    expect(org.stores.map((s) => s.name)).toEqual(['Store 1', 'Store 2', 'Store 3', 'Store 4']);
    expect(org.stores.every((s) => s.flowInstalled)).toBe(true);
    expect(installStatus(org, loyaltyLion)).toBe('not-installed');
    for (const i of org.installations) expect(catalog.byId.has(i.appId)).toBe(true);
    expect(installStatus(org, app('slack'))).toBe('installed');
  });
});
