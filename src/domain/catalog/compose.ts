/**
 * The effective catalog: the built-in apps (their manifests, or their index)
 * plus the custom apps the user imported. Reads only ids, names and trigger
 * ids, so the first page composes its index without the manifest's schema
 * (customApps.ts, which checks a custom app, re-exports these).
 */
import { type CatalogOf, type IndexApp, byEnglishName, deepFreeze } from './catalog';
import type { AppManifest } from './manifest';

export interface ComposedCatalog<A extends IndexApp> {
  catalog: CatalogOf<A | AppManifest>;
  /** Custom manifests left out, with the reason in words. */
  skipped: { id: string; reason: string }[];
}

/**
 * The built-in catalog (`base`: the manifests, or their index) plus custom
 * apps, frozen and in catalog order. A custom app that is built in, clashes
 * with a built-in id or another custom app, or names a missing
 * `onlyWithTrigger` is left out and reported (a stored app may clash with a
 * built-in app added in a later release). Only ids, names and trigger ids of
 * `base` are read, so the index and the manifests leave out the same apps.
 */
export function composeCatalog<A extends IndexApp>(custom: readonly AppManifest[], base: CatalogOf<A>): ComposedCatalog<A> {
  const byId = new Map<string, A | AppManifest>(base.byId);
  const customIds = new Set<string>();
  const skipped: ComposedCatalog<A>['skipped'] = [];
  const accepted: AppManifest[] = [];
  for (const app of custom) {
    if (app.builtIn) skipped.push({ id: app.id, reason: 'a custom app cannot be built in' });
    else if (base.byId.has(app.id)) skipped.push({ id: app.id, reason: `its id is the id of the built-in app ${base.byId.get(app.id)!.name.en}` });
    else if (customIds.has(app.id)) skipped.push({ id: app.id, reason: 'two custom apps have this id' });
    else {
      customIds.add(app.id);
      byId.set(app.id, app);
      accepted.push(app);
    }
  }
  // onlyWithTrigger is checked once every custom app is known (one custom app may name another's trigger).
  const kept = accepted.filter((app) => {
    const missing = app.actions.find((a) => a.onlyWithTrigger && !byId.get(a.onlyWithTrigger.app)?.triggers.some((t) => t.id === a.onlyWithTrigger!.trigger));
    if (missing) {
      skipped.push({ id: app.id, reason: `its action "${missing.id}" names a trigger that is not in the catalog` });
      byId.delete(app.id);
      customIds.delete(app.id);
    }
    return !missing;
  });
  const apps = [...base.apps, ...kept].sort(byEnglishName);
  return { catalog: deepFreeze({ apps, byId: new Map(apps.map((a) => [a.id, a])), customIds }), skipped };
}

/** The custom apps of a catalog (or of its index: custom apps are in it whole), in catalog order. */
export function customAppsOf(catalog: CatalogOf<IndexApp>): AppManifest[] {
  return catalog.apps.filter((a): a is AppManifest => catalog.customIds?.has(a.id) ?? false);
}
