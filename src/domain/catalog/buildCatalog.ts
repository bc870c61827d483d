/**
 * How manifests become a catalog: parsed with the manifest schema, checked
 * across apps, frozen. A manifest that does not parse stops the build and
 * the tests with the file name and the JSON path of each problem.
 */
import { type Catalog, byEnglishName, deepFreeze } from './catalog';
import { AppManifest } from './manifest';
import { formatIssues } from '../zodIssues';

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
