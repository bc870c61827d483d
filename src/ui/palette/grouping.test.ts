import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { demoOrganization } from '../../domain/org/demo';
import type { Organization } from '../../domain/org/organization';
import { installStatus } from '../../domain/org/rules';
import { isConnectorItem } from '../../state/editor/commands';
import { SECTION_ENTRIES, type PaletteGroups, filterSectionEntries, groupPaletteItems, normalizeForSearch } from './grouping';
import { parsePaletteItem } from '../../state/editor/commands';
import { ensureFullCatalog } from '../../state/catalog';

// The code under test reads the effective catalog, loaded as the editor's page loads it.
beforeAll(async () => {
  await ensureFullCatalog();
});

const org = demoOrganization('2024-01-01T00:00:00.000Z');
const appIds = (groups: PaletteGroups['installed']) => groups.map((g) => g.app.id);
const names = (groups: PaletteGroups['installed']) => groups.flatMap((g) => g.entries.map((e) => e.name.en));

describe('groupPaletteItems', () => {
  it('finds review triggers by their Polish name, split by install status', () => {
    const { installed, notInstalled } = groupPaletteItems(catalog, org, 'trigger', 'recenzja');
    // Loox is installed in the demo stores; Yotpo and Okendo are installed nowhere.
    expect(appIds(installed)).toContain('loox');
    expect(appIds(notInstalled)).toEqual(expect.arrayContaining(['yotpo', 'okendo']));
    expect(names(installed)).toContain('New review');
    expect(appIds([...installed, ...notInstalled])).not.toContain('slack');
  });

  it('ignores case and Polish diacritics in the query and the names', () => {
    expect(normalizeForSearch('Zażółć GĘŚLĄ')).toBe('zazolc gesla');
    const plain = groupPaletteItems(catalog, org, 'trigger', 'UTWORZONO ZAMOWIENIE');
    expect(names(plain.installed)).toEqual(['Order created']);
    expect(groupPaletteItems(catalog, org, 'trigger', 'RECENZJA')).toEqual(
      groupPaletteItems(catalog, org, 'trigger', 'recenzja'),
    );
  });

  it('shows every item of an app whose name matches, in English or Polish', () => {
    const { notInstalled } = groupPaletteItems(catalog, org, 'trigger', 'loyaltylion');
    expect(appIds(notInstalled)).toEqual(['loyaltylion']);
    expect(notInstalled[0]?.entries).toHaveLength(catalog.byId.get('loyaltylion')!.triggers.length);
    const sheets = groupPaletteItems(catalog, org, 'action', 'arkusze');
    expect(names(sheets.installed)).toEqual(['Add row to spreadsheet']);
  });

  it('requires every word of the query, across app and item names', () => {
    const { installed, notInstalled } = groupPaletteItems(catalog, org, 'action', 'slack message');
    expect(names(installed)).toEqual(['Send Slack message']);
    expect(notInstalled).toEqual([]);
  });

  it('puts apps where installStatus says, with the reason for the others', () => {
    for (const kind of ['trigger', 'action'] as const) {
      const { installed, notInstalled } = groupPaletteItems(catalog, org, kind, '');
      for (const g of installed) expect(installStatus(org, g.app)).toBe('installed');
      for (const g of notInstalled) {
        expect(installStatus(org, g.app)).toBe('not-installed');
        expect(g.reasons).toEqual([`Install ${g.app.name.en} in at least one store to use its connector.`]);
      }
      const listed = new Set(appIds([...installed, ...notInstalled]));
      const expected = catalog.apps.filter((a) => (kind === 'trigger' ? a.triggers : a.actions).length > 0);
      expect([...listed].sort()).toEqual(expected.map((a) => a.id).sort());
    }
  });

  it('moves an app to Installed once it is installed in one store', () => {
    const withLion: Organization = {
      ...org,
      installations: [
        ...org.installations,
        { storeId: 'store-2', appId: 'loyaltylion', installedAt: '2024-01-02T00:00:00.000Z', settings: {}, secretsSet: [] },
      ],
    };
    const { installed, notInstalled } = groupPaletteItems(catalog, withLion, 'action', 'loyaltylion');
    expect(appIds(installed)).toEqual(['loyaltylion']);
    expect(notInstalled).toEqual([]);
  });

  it('lists Shopify first as Installed even without stores, then apps by English name', () => {
    const empty: Organization = { name: 'Empty', stores: [], installations: [] };
    const { installed, notInstalled } = groupPaletteItems(catalog, empty, 'action', '');
    expect(appIds(installed)).toEqual(['shopify']);
    expect(notInstalled[0]?.reasons[0]).toMatch(/^Add a store and install/);
    const demo = groupPaletteItems(catalog, org, 'trigger', '');
    expect(demo.installed[0]?.app.id).toBe('shopify');
    const rest = demo.installed.slice(1).map((g) => g.app.name.en);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('carries early access and the only allowed trigger by its name', () => {
    const klevu = groupPaletteItems(catalog, org, 'action', 'klevu').notInstalled[0];
    expect(klevu?.entries[0]?.onlyWithTrigger?.en).toBe('Inventory quantity changed');
    const bundles = groupPaletteItems(catalog, org, 'action', 'expand bundles').notInstalled[0];
    expect(bundles?.entries.map((e) => [e.name.en, e.earlyAccess])).toEqual([['Expand bundles', true]]);
  });
});

describe('Logic and Data entries', () => {
  it('are Flow’s own steps, never a connector', () => {
    expect(SECTION_ENTRIES.logic.map((e) => e.item.kind)).toEqual(['condition', 'wait', 'log', 'forEach', 'runCode', 'adminApi']);
    expect(SECTION_ENTRIES.data.map((e) => e.item)).toEqual([
      { kind: 'getData', resource: 'orders' },
      { kind: 'getData', resource: 'customers' },
      { kind: 'getData', resource: 'products' },
      { kind: 'getData', resource: 'draft_orders' },
    ]);
    for (const e of [...SECTION_ENTRIES.logic, ...SECTION_ENTRIES.data]) expect(isConnectorItem(e.item)).toBe(false);
  });

  it('have keys unique across the palette, and items a drop parses back to the same step to make', () => {
    const all = [...SECTION_ENTRIES.logic, ...SECTION_ENTRIES.data];
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    for (const e of all) expect(parsePaletteItem(JSON.stringify(e.item))).toEqual(e.item);
  });

  it('filter by English or Polish name and never bring in an app', () => {
    expect(filterSectionEntries('logic', '').map((e) => e.name.en)).toEqual(['Condition', 'Wait', 'Log output', 'For each', 'Run code', 'Send Admin API request']);
    expect(filterSectionEntries('logic', 'uruchom kod').map((e) => e.name.en)).toEqual(['Run code']);
    expect(filterSectionEntries('logic', 'dziennik').map((e) => e.name.en)).toEqual(['Log output']);
    expect(filterSectionEntries('logic', 'warunek').map((e) => e.name.en)).toEqual(['Condition']);
    expect(filterSectionEntries('logic', 'slack')).toEqual([]);
    expect(filterSectionEntries('data', 'order').map((e) => e.name.en)).toEqual(['Get order data', 'Get draft order data']);
    expect(filterSectionEntries('data', 'klientów').map((e) => e.name.en)).toEqual(['Get customer data']);
    expect(filterSectionEntries('data', 'slack')).toEqual([]);
  });
});
