/**
 * The connector catalog: every app manifest under ./apps, parsed with the
 * manifest schema and frozen. A manifest that does not parse stops the build
 * and the tests with the file name and the JSON path of each problem.
 *
 * `builtInCatalog` never changes. The *effective* catalog, the built-in
 * apps plus the custom apps the user imported, is composed by
 * `composeCatalog` (customApps.ts) and kept by the app's state
 * (src/state/catalog.ts); the domain holds no mutable catalog and every
 * function that needs one is handed it.
 */
import { AppManifest, type ActionDef, type TriggerDef } from './manifest';
import { formatIssues } from '../zodIssues';

export interface Catalog {
  readonly apps: readonly AppManifest[];
  readonly byId: ReadonlyMap<string, AppManifest>;
  /** Ids of the apps the user imported (custom apps); absent or empty for the built-in catalog. */
  readonly customIds?: ReadonlySet<string>;
}

/** The id of the built-in Shopify app: always installed, never a connector. */
export const SHOPIFY_APP_ID = 'shopify';

/**
 * Builds a catalog from raw manifests (file name → parsed JSON).
 * Throws one error listing every problem, each with its file and JSON path.
 */
export function buildCatalog(raw: Record<string, unknown>): Catalog {
  const problems: string[] = [];
  const apps: AppManifest[] = [];
  for (const [file, json] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = AppManifest.safeParse(json);
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error.issues).map((p) => `${file}: ${p}`));
      continue;
    }
    const expectedFile = `${parsed.data.id}.json`;
    if (!file.endsWith(expectedFile)) {
      problems.push(`${file}: the file of app "${parsed.data.id}" must be named ${expectedFile}`);
    }
    apps.push(parsed.data);
  }
  const byId = new Map<string, AppManifest>();
  for (const app of apps) {
    if (byId.has(app.id)) problems.push(`app id "${app.id}" is used by two manifests`);
    byId.set(app.id, app);
  }
  for (const app of apps) {
    app.actions.forEach((action, i) => {
      const only = action.onlyWithTrigger;
      if (only && !byId.get(only.app)?.triggers.some((t) => t.id === only.trigger)) {
        problems.push(
          `${app.id}.json: $.actions[${i}].onlyWithTrigger names "${only.app}/${only.trigger}", which is not in the catalog`,
        );
      }
    });
  }
  if (problems.length > 0) {
    throw new Error(`The connector catalog has problems:\n${problems.join('\n')}`);
  }
  return deepFreeze({ apps: apps.sort(byEnglishName), byId });
}

/** Catalog order: built-in Shopify first, then apps by English name. */
export function byEnglishName(a: AppManifest, b: AppManifest): number {
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

const manifestFiles = import.meta.glob<unknown>('./apps/*.json', { eager: true, import: 'default' });

/** The built-in catalog, sorted: Shopify first, then apps by English name. Never changes. */
export const builtInCatalog: Catalog = buildCatalog(manifestFiles);

/** Looks up an app; undefined when the catalog has no such app. */
export function findApp(catalog: Catalog, appId: string): AppManifest | undefined {
  return catalog.byId.get(appId);
}

export function findTrigger(catalog: Catalog, appId: string, triggerId: string): TriggerDef | undefined {
  return findApp(catalog, appId)?.triggers.find((t) => t.id === triggerId);
}

export function findAction(catalog: Catalog, appId: string, actionId: string): ActionDef | undefined {
  return findApp(catalog, appId)?.actions.find((a) => a.id === actionId);
}

/** True for an app the user imported rather than one of the built-in catalog. */
export function isCustomApp(catalog: Catalog, appId: string): boolean {
  return catalog.customIds?.has(appId) ?? false;
}

/** True for apps that bring a connector (every app but the built-in Shopify app). */
export function isConnector(app: AppManifest): boolean {
  return !app.builtIn;
}
