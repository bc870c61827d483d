import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from './builtIn';
import { builtInIndex } from './builtInIndex';
import { buildIndex, catalogIndexText } from './catalogIndex';
import { composeCatalog } from './customApps';
import type { AppManifest } from './manifest';

const INDEX_FILE = 'src/domain/catalog/catalogIndex.json';

describe('the catalog index', () => {
  it('is what the manifests give (run `npm run catalog-index` after changing a manifest)', () => {
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(catalogIndexText(builtInCatalog));
  });

  it('has every app, trigger and action of the manifests, in catalog order, with their names in both languages', () => {
    expect(builtInIndex.apps.map((a) => a.id)).toEqual(builtInCatalog.apps.map((a) => a.id));
    for (const app of builtInCatalog.apps) {
      const entry = builtInIndex.byId.get(app.id)!;
      expect(entry.name).toEqual(app.name);
      expect(entry.builtIn).toBe(app.builtIn);
      expect(entry.triggers).toEqual(app.triggers.map(({ id, name }) => ({ id, name })));
      expect(entry.actions).toEqual(app.actions.map(({ id, name }) => ({ id, name })));
    }
  });

  it('holds only ids and names: no fields, setup, sample payloads or descriptions', () => {
    const keys = new Set(builtInIndex.apps.flatMap((a) => [...Object.keys(a), ...[...a.triggers, ...a.actions].flatMap((x) => Object.keys(x))]));
    expect([...keys].sort()).toEqual(['actions', 'builtIn', 'id', 'name', 'triggers']);
    expect(Object.isFrozen(builtInIndex.apps[0])).toBe(true);
  });

  it('is refused when an entry does not parse or an app is listed twice, naming the place', () => {
    expect(() => buildIndex([{ id: 'Bad Id', name: { en: 'x', pl: 'x' }, triggers: [], actions: [] }])).toThrow(/\$\[0\]\.id/);
    const slack = JSON.parse(catalogIndexText(builtInCatalog)).find((a: { id: string }) => a.id === 'slack');
    expect(() => buildIndex([slack, slack])).toThrow(/"slack" is listed twice/);
  });

  it('leaves out the same custom apps as the manifests do, for the same reasons', () => {
    const acme = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as AppManifest;
    const custom: AppManifest[] = [
      { ...acme, builtIn: false, notes: [], authRequiresFlowInStore: false },
      { ...acme, id: 'slack', builtIn: false, notes: [], authRequiresFlowInStore: false },
      { ...acme, id: 'klevu-copy', builtIn: false, notes: [], authRequiresFlowInStore: false, actions: [{ ...acme.actions[0]!, onlyWithTrigger: { app: 'shopify', trigger: 'no-such-trigger' } }] },
    ];
    const fromIndex = composeCatalog(custom, builtInIndex);
    const fromManifests = composeCatalog(custom, builtInCatalog);
    expect(fromIndex.skipped).toEqual(fromManifests.skipped);
    expect(fromIndex.skipped.map((s) => s.id)).toEqual(['slack', 'klevu-copy']);
    expect(fromIndex.catalog.apps.map((a) => a.id)).toEqual(fromManifests.catalog.apps.map((a) => a.id));
    expect(fromIndex.catalog.byId.get('acme-loyalty')).toBe(custom[0]);
  });
});
