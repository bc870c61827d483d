/**
 * The catalog's two parts in the app's state: the index is there at once,
 * the manifests after ensureFullCatalog(). Each test starts from a fresh
 * module (vi.resetModules), as the app does at start.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppManifest } from '../domain/catalog/manifest';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';

const acme = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as AppManifest;
const custom: AppManifest = { ...acme, builtIn: false, authRequiresFlowInStore: false, notes: [] };
const fresh = () => import('./catalog');

beforeEach(() => {
  vi.resetModules();
});

describe('the catalog in the app state', () => {
  it('has the index from the start, and the manifests only once loaded', async () => {
    const state = await fresh();
    expect(state.currentIndex().byId.get('slack')?.name.en).toBe('Slack');
    // Actions come with the manifests (domain/catalog/catalog.ts IndexApp).
    expect(state.currentIndex().byId.get('slack')?.actions).toBeUndefined();
    expect(() => state.currentCatalog()).toThrow(/not loaded yet: await ensureFullCatalog\(\)/);

    const loaded = await state.ensureFullCatalog();
    expect(loaded.byId.get('slack')?.setup.fields.length).toBeGreaterThan(0);
    expect(state.currentCatalog()).toBe(loaded);
    expect(await state.ensureFullCatalog()).toBe(loaded); // loaded once
  });

  it('composes custom apps only once the composer is loaded (the start loads it when there are some); with none the built-in index is used', async () => {
    const state = await fresh();
    const builtIn = state.currentIndex();
    expect(state.setCustomApps([])).toEqual([]);
    expect(state.currentIndex()).toBe(builtIn);
    expect(() => state.setCustomApps([custom])).toThrow(/Await loadComposer\(\)/);
    await state.loadComposer();
    state.setCustomApps([custom]);
    expect(state.currentIndex().byId.get('acme-loyalty')).toBe(custom);
  });

  it('has English names in the index from the start and the Polish ones once loaded, custom apps kept', async () => {
    const state = await fresh();
    await state.loadComposer();
    state.setCustomApps([custom]);
    expect(state.currentIndex().byId.get('slack')?.name).toEqual({ en: 'Slack' });
    await state.loadPolishNames();
    expect(state.currentIndex().byId.get('shopify')?.triggers.find((t) => t.id === 'order-created')?.name).toEqual({ en: 'Order created', pl: 'Utworzono zamówienie' });
    expect(state.currentIndex().byId.get('acme-loyalty')).toBe(custom);
    // Custom apps handed over later are composed with the Polish names too.
    state.setCustomApps([]);
    expect(state.currentIndex().byId.get('shopify')?.name.pl).toBe('Shopify');
    expect(state.currentIndex().byId.has('acme-loyalty')).toBe(false);
  });

  it('adds custom apps to the index at once and to the manifests when they load, leaving out the same apps', async () => {
    const state = await fresh();
    await state.loadComposer();
    const clash = { ...custom, id: 'slack' };
    expect(state.setCustomApps([custom, clash]).map((s) => s.id)).toEqual(['slack']);
    expect(state.currentIndex().byId.get('acme-loyalty')).toBe(custom);
    expect(state.currentIndex().customIds?.has('acme-loyalty')).toBe(true);

    const loaded = await state.ensureFullCatalog();
    expect(loaded.byId.get('acme-loyalty')).toBe(custom);
    expect(loaded.byId.get('slack')?.name.en).toBe('Slack');
    expect(loaded.apps.map((a) => a.id)).toEqual(state.currentIndex().apps.map((a) => a.id));

    // After the load, a change of custom apps replaces both snapshots together.
    state.setCustomApps([]);
    expect(state.currentCatalog().byId.has('acme-loyalty')).toBe(false);
    expect(state.currentIndex().byId.has('acme-loyalty')).toBe(false);
  });

  it('tells followers of the catalog when the manifests arrive', async () => {
    const state = await fresh();
    const seen: number[] = [];
    const stop = state.catalogSource.subscribe(() => seen.push(state.currentCatalog().apps.length));
    await state.ensureFullCatalog();
    stop();
    expect(seen).toEqual([state.currentIndex().apps.length]);
  });

  it('first-page paths work before the manifests load: one-workflow export from the index, the gallery waiting for them', async () => {
    const state = await fresh();
    const { exportDocument } = await import('./transfer');
    expect((await exportDocument(sampleWorkflow())).text).toContain('"workflows"');
    expect(() => state.currentCatalog()).toThrow(/not loaded yet/);

    const { loadTemplates } = await import('./templates');
    expect((await loadTemplates()).length).toBeGreaterThan(0);
    expect(state.currentCatalog().apps.length).toBe(state.currentIndex().apps.length);
  });
});
