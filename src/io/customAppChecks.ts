/**
 * The custom apps an import file brings (`customApps`): each is checked
 * against the catalog it would join, and the file's workflows and
 * installations are then checked against the catalog *with* them, so a
 * workflow of an app that comes in the same file is not "unknown".
 *
 * Refused (with the place and the reason): an id of a built-in app, a
 * different manifest under the id of an app already imported here (the
 * file must not silently replace it), the same id twice in the file, and an
 * `onlyWithTrigger` naming a trigger that is nowhere. A manifest equal to
 * one already imported is fine: it is simply already there.
 */
import { type Catalog } from '../domain/catalog/catalog';
import { NotBuiltInManifest, composeCatalog, sameManifest } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { jsonPath, type PathProblem } from '../domain/zodIssues';
// Imports check custom apps' icons: loading the checker provides it to the manifest schema.
import '../domain/catalog/svgIcon';

export interface FileCustomApps {
  /** The catalog the rest of the file is checked against. */
  catalog: Catalog;
  problems: PathProblem[];
}

/** Checks the raw document's `customApps` against `catalog`; never throws. */
export function fileCustomApps(doc: Record<string, unknown>, catalog: Catalog): FileCustomApps {
  const problems: PathProblem[] = [];
  if (!Array.isArray(doc.customApps)) return { catalog, problems };
  const fresh: { app: AppManifest; index: number }[] = [];
  const seen = new Set<string>();
  doc.customApps.forEach((raw: unknown, i) => {
    const parsed = NotBuiltInManifest.safeParse(raw);
    if (!parsed.success) return; // the export schema lists its problems
    const app = parsed.data;
    const at = (path: (string | number)[], message: string) => problems.push({ path: jsonPath(['customApps', i, ...path]), message });
    if (seen.has(app.id)) return void at(['id'], `the app id "${app.id}" is used twice in this file`);
    seen.add(app.id);
    const existing = catalog.byId.get(app.id);
    if (existing && !catalog.customIds?.has(app.id)) {
      return void at(['id'], `"${app.id}" is the id of the built-in app ${existing.name.en}; a custom app needs another id`);
    }
    if (existing) {
      if (!sameManifest(existing, app)) {
        at([], `a different app with the id "${app.id}" (${existing.name.en}) is already imported here; remove it on the Organization page or change the id in the file`);
      }
      return;
    }
    fresh.push({ app, index: i });
  });
  const composed = composeCatalog(
    fresh.map((f) => f.app),
    catalog,
  );
  for (const { id, reason } of composed.skipped) {
    const index = fresh.find((f) => f.app.id === id)?.index ?? 0;
    problems.push({ path: jsonPath(['customApps', index]), message: `the app "${id}" cannot be added: ${reason}` });
  }
  // The existing custom apps stay custom in the combined catalog.
  const customIds = new Set([...(catalog.customIds ?? []), ...(composed.catalog.customIds ?? [])]);
  return { catalog: { apps: composed.catalog.apps, byId: composed.catalog.byId, customIds }, problems };
}
