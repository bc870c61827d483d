/**
 * Custom app repository (table `customApps`, v3): the manifests of the
 * user's own apps. Every read is parsed with CustomAppManifest; a corrupt
 * record is reported and skipped (left as it is). Adding refuses a
 * manifest whose id is taken by a different one; removing an app also
 * removes its installations and secrets, while workflows that use it are
 * never changed (they show the "unknown app" problem).
 */
import { CustomAppManifest } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { loadSvgIconCheck, svgIconCheckLoaded } from '../domain/catalog/svgIconCheck';
import { sameManifest } from '../domain/catalog/customApps';
import { formatIssues } from '../domain/zodIssues';
import type { CustomAppRecord, FlowbenchDb } from './db';
import { RefusedChange } from './orgRepo';
import { type CorruptRecordReporter, storedName } from './settingsRepo';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/** Every readable custom manifest, by id. */
export async function readCustomApps(db: FlowbenchDb, onCorrupt: CorruptRecordReporter = warn): Promise<AppManifest[]> {
  return parseCustomApps(await db.customApps.toArray(), onCorrupt);
}

/**
 * The readable manifests of stored custom-app records, by id; the others are
 * reported. No Dexie call is made: the first page reads the records itself
 * and loads this module only when there are some (state/customAppsStart.ts).
 */
export async function parseCustomApps(records: readonly CustomAppRecord[], onCorrupt: CorruptRecordReporter = warn): Promise<AppManifest[]> {
  const out: AppManifest[] = [];
  // Icons are checked with an XML parser loaded on demand (svgIconCheck.ts).
  if (!svgIconCheckLoaded() && records.some((r) => typeof (r.manifest as { icon?: unknown } | undefined)?.icon === 'string')) {
    // Should the chunk fail to load, the apps with an icon are reported unreadable (refused unchecked), the others load.
    await loadSvgIconCheck().catch((error: unknown) => console.warn('Could not load the icon check', error));
  }
  for (const record of records) {
    const parsed = CustomAppManifest.safeParse(record.manifest);
    if (parsed.success && parsed.data.id === record.id) out.push(parsed.data);
    else if (parsed.success) onCorrupt(`custom app record "${record.id}"`, `it holds the manifest of "${parsed.data.id}"`, { id: record.id, name: parsed.data.name.en });
    else onCorrupt(`custom app record "${record.id}"`, formatIssues(parsed.error.issues).slice(0, 3).join('; '), { id: record.id, name: storedName((record.manifest as { name?: { en?: unknown } } | undefined)?.name?.en) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Puts custom manifests (already checked against the catalog) inside the
 * caller's transaction or its own. An id already stored with an equal
 * manifest is left as it is; with a different one the whole call is refused
 * and nothing is written. Returns the ids actually added.
 */
export async function addCustomApps(db: FlowbenchDb, manifests: readonly AppManifest[], now = new Date().toISOString()): Promise<string[]> {
  return db.transaction('rw', db.customApps, async () => {
    const added: string[] = [];
    for (const manifest of manifests) {
      const parsed = CustomAppManifest.safeParse(manifest);
      if (!parsed.success) throw new RefusedChange(`The app "${manifest.id}" was not saved: ${formatIssues(parsed.error.issues).join('; ')}`);
      const stored = await db.customApps.get(manifest.id);
      const storedParsed = stored && CustomAppManifest.safeParse(stored.manifest);
      if (storedParsed?.success && sameManifest(storedParsed.data, parsed.data)) continue;
      if (stored) {
        const name = storedParsed?.success ? storedParsed.data.name.en : manifest.id;
        throw new RefusedChange(`A different app with the id "${manifest.id}" (${name}) is already imported. Remove it first or give the new app another id.`);
      }
      await db.customApps.add({ id: manifest.id, manifest: parsed.data, importedAt: now, schemaVersion: 1 });
      added.push(manifest.id);
    }
    return added;
  });
}

/** Removes a custom app with its installations and secrets in every store. Workflows are not changed. */
export async function removeCustomApp(db: FlowbenchDb, appId: string): Promise<void> {
  await db.transaction('rw', [db.customApps, db.installations, db.secrets], async () => {
    if (!(await db.customApps.get(appId))) throw new RefusedChange(`There is no custom app "${appId}".`);
    await db.installations.where('appId').equals(appId).delete();
    await db.secrets.filter((s) => s.appId === appId).delete();
    await db.customApps.delete(appId);
  });
}
