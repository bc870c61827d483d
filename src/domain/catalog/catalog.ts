/**
 * The connector catalog: its types and the look-ups every layer uses (how
 * manifests become a catalog is `buildCatalog.ts`, apart so that a look-up
 * never brings the manifest's schema along).
 *
 * The built-in apps come in two parts (docs/architecture.md, "The connector
 * catalog"): `builtIn.ts`, every manifest under ./apps (`builtInCatalog`,
 * loaded on demand by the app), and `catalogIndex.ts`, their ids and names
 * only (`builtInIndex`, what the first page needs). This module holds
 * neither, so importing a look-up never brings the manifests along.
 *
 * Neither changes. The *effective* catalog, the built-in apps plus the
 * custom apps the user imported, is composed by `composeCatalog`
 * (customApps.ts) and kept by the app's state (src/state/catalog.ts); the
 * domain holds no mutable catalog and every function that needs one is
 * handed it.
 */
import type { AppManifest } from './manifest';
import type { AppSummary } from './catalogIndex';

/**
 * An app as the catalog's index knows it: its id, names, whether it is built
 * in, and its triggers' ids and names. Its actions only where known: custom
 * apps are in the index whole, the built-in apps' actions come with their
 * manifests (the first page has no use for them), so what names an action
 * reads a `Catalog` (ensureFullCatalog in the app).
 */
export type IndexApp = Omit<AppSummary, 'actions'> & { readonly actions?: AppSummary['actions'] };

/** A catalog of apps of one shape: whole manifests (`Catalog`) or what the index knows of them (`CatalogIndex`). */
export interface CatalogOf<A extends IndexApp> {
  readonly apps: readonly A[];
  readonly byId: ReadonlyMap<string, A>;
  /** Ids of the apps the user imported (custom apps); absent or empty for the built-in catalog. */
  readonly customIds?: ReadonlySet<string>;
}

/** The catalog with every app's whole manifest: what fields, setup and sample payloads are read from. */
export type Catalog = CatalogOf<AppManifest>;

/**
 * The catalog's index: each app's id, names, and its triggers' ids and names
 * (`IndexApp`: actions only where known). A `Catalog` is also a `CatalogIndex`, so code that needs
 * only those takes this type and works before the manifests are loaded.
 */
export type CatalogIndex = CatalogOf<IndexApp>;

/** The id of the built-in Shopify app: always installed, never a connector. */
export const SHOPIFY_APP_ID = 'shopify';

/** Catalog order: built-in Shopify first, then apps by English name. */
export function byEnglishName(a: IndexApp, b: IndexApp): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
  return a.name.en.localeCompare(b.name.en, 'en');
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) {
      for (const v of value.values()) deepFreeze(v);
    } else {
      for (const v of Object.values(value)) deepFreeze(v);
    }
  }
  return value;
}

/** Looks up an app (its manifest in a Catalog, its summary in an index); undefined when there is no such app. */
export function findApp<A extends IndexApp>(catalog: CatalogOf<A>, appId: string): A | undefined {
  return catalog.byId.get(appId);
}

/** A trigger's definition (a Catalog) or its id and name (an index). */
export function findTrigger<A extends IndexApp>(catalog: CatalogOf<A>, appId: string, triggerId: string): A['triggers'][number] | undefined {
  return findApp(catalog, appId)?.triggers.find((t) => t.id === triggerId);
}

/** An action's definition (a Catalog) or its id and name (an index). */
export function findAction<A extends AppSummary>(catalog: CatalogOf<A>, appId: string, actionId: string): A['actions'][number] | undefined {
  return findApp(catalog, appId)?.actions.find((a) => a.id === actionId);
}

/** True for an app the user imported rather than one of the built-in catalog. */
export function isCustomApp(catalog: CatalogIndex, appId: string): boolean {
  return catalog.customIds?.has(appId) ?? false;
}

/** True for apps that bring a connector (every app but the built-in Shopify app). */
export function isConnector(app: IndexApp): boolean {
  return !app.builtIn;
}
