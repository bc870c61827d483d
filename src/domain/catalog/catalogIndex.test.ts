import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from './builtIn';
import { builtInIndex, builtInIndexChecked } from './builtInIndex';
import { catalogIndexText, readIndex } from './catalogIndex';
import { polishNamesText, withPolishNames } from './catalogIndexPolish';
import polishNames from './catalogIndex.pl.json';
import { composeCatalog } from './customApps';
import type { AppManifest } from './manifest';

const INDEX_FILE = 'src/domain/catalog/catalogIndex.json';
const POLISH_FILE = 'src/domain/catalog/catalogIndex.pl.json';
const names = ({ id, name }: { id: string; name: unknown }) => ({ id, name });

describe('the catalog index', () => {
  it('is what the manifests give (run `npm run catalog-index` after changing a manifest)', () => {
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(catalogIndexText(builtInCatalog));
    expect(readFileSync(POLISH_FILE, 'utf8')).toBe(polishNamesText(builtInCatalog));
  });

  it('has every app and trigger of the manifests, in catalog order, with English names (the first page carries no Polish), and no actions', () => {
    expect(builtInIndex.apps.map((a) => a.id)).toEqual(builtInCatalog.apps.map((a) => a.id));
    const english = ({ id, name }: { id: string; name: { en: string } }) => ({ id, name: { en: name.en } });
    for (const app of builtInCatalog.apps) {
      const entry = builtInIndex.byId.get(app.id)!;
      expect(entry.name).toEqual({ en: app.name.en });
      expect(entry.builtIn).toBe(app.builtIn);
      expect(entry.triggers).toEqual(app.triggers.map(english));
      // The built-in actions' names come with the manifests: what names an action reads the catalog.
      expect(entry.actions).toBeUndefined();
    }
  });

  it('with the Polish names file, has the names of the manifests in both languages, as a new frozen index', () => {
    const both = withPolishNames(builtInIndex, polishNames);
    expect(both.apps.map((a) => a.id)).toEqual(builtInCatalog.apps.map((a) => a.id));
    for (const app of builtInCatalog.apps) {
      const entry = both.byId.get(app.id)!;
      expect(entry).toBe(both.apps.find((a) => a.id === app.id));
      expect(entry.name).toEqual(app.name);
      expect(entry.triggers).toEqual(app.triggers.map(names));
      expect(entry.actions).toBeUndefined();
    }
    expect(Object.isFrozen(both.apps[0]!.triggers[0]!.name)).toBe(true);
    expect(builtInIndex.byId.get('shopify')!.name).toEqual({ en: 'Shopify' });
  });

  it('refuses a Polish names file that does not match the index, naming the place', () => {
    const file = polishNames as Record<string, { name: string; triggers: Record<string, string> }>;
    const { shopify } = file;
    expect(() => withPolishNames(builtInIndex, { ...file, shopify: { ...shopify, name: '' } })).toThrow(/\$\.shopify\.name/);
    expect(() => withPolishNames(builtInIndex, { ...file, 'no-such-app': shopify })).toThrow(/app "no-such-app" is not in the index/);
    const { 'order-created': _dropped, ...triggers } = shopify!.triggers;
    expect(() => withPolishNames(builtInIndex, { ...file, shopify: { ...shopify, triggers } })).toThrow(/"shopify\/order-created" has no Polish name/);
    expect(() => withPolishNames(builtInIndex, { ...file, shopify: { ...shopify, triggers: { ...shopify!.triggers, 'no-such-trigger': 'x' } } })).toThrow(/"shopify\/no-such-trigger" is not in the index/);
    // Actions are not in the index, so neither are their Polish names.
    expect(() => withPolishNames(builtInIndex, { ...file, shopify: { ...shopify, actions: {} } })).toThrow(/\$\.shopify: unknown key "actions"/);
  });

  it('holds only ids and names: no fields, setup, sample payloads or descriptions', () => {
    const keys = new Set(builtInIndex.apps.flatMap((a) => [...Object.keys(a), ...a.triggers.flatMap((x) => Object.keys(x))]));
    expect([...keys].sort()).toEqual(['builtIn', 'id', 'name', 'triggers']);
    expect(Object.isFrozen(builtInIndex.apps[0])).toBe(true);
  });

  it('is refused when an entry does not parse or an app is listed twice, naming the place', async () => {
    const bad = readIndex([{ id: 'Bad Id', name: { en: 'x', pl: 'x' }, triggers: [], actions: [] }]);
    expect(bad.index).toBeUndefined();
    await expect(bad.problems).rejects.toThrow(/^The catalog index has problems:\n\$\[0\]\.id: must be lower-case words joined by hyphens/);
    const slack = JSON.parse(catalogIndexText(builtInCatalog)).find((a: { id: string }) => a.id === 'slack');
    await expect(readIndex([slack, slack]).problems).rejects.toThrow(/"slack" is listed twice/);
    // The committed file has none: the start, which awaits this, goes on.
    await expect(builtInIndexChecked).resolves.toBeUndefined();
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
