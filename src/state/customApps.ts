/**
 * Custom apps as the UI sees them: the stored manifests in the effective
 * catalog (customAppsStart.ts, from the start and whenever the table
 * changes), a hook that re-renders on catalog changes, and the commands to
 * import and remove a custom app.
 * Imports are all-or-nothing: a manifest with any problem changes nothing.
 * A stored app left out of the catalog (its record cannot be read, or it
 * clashes with a built-in app) is listed with why, so it can be removed.
 */
import { checkCustomApp, customAppsOf } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { loadSvgIconCheck } from '../domain/catalog/svgIconCheck';
import type { PathProblem } from '../domain/zodIssues';
import * as repo from '../storage/customAppRepo';
import { getDb } from '../storage/db';
import { RefusedChange } from '../storage/orgRepo';
import { currentIndex, useCatalogIndex } from './catalog';
import { refreshCustomApps } from './customAppsStart';

export { refreshCustomApps, startCustomApps, useStoredAppProblems } from './customAppsStart';

/** Largest manifest accepted: far above any real app (the biggest built-in one is ~20 kB). */
export const MAX_MANIFEST_BYTES = 1_000_000;

export { useCatalog, useCatalogIndex } from './catalog';

/** The custom apps, in catalog order; re-renders the caller when they change. */
export function useCustomApps(): AppManifest[] {
  return customAppsOf(useCatalogIndex());
}

export type CustomAppImport = { ok: true; app: AppManifest } | { ok: false; problems: PathProblem[] };

/** Imports a manifest's JSON text: checked whole, then stored; nothing changes on any problem. Never throws. */
export async function importCustomAppText(text: string): Promise<CustomAppImport> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_MANIFEST_BYTES) {
    return fail('$', `the manifest is ${bytes.toLocaleString('en')} bytes; at most ${MAX_MANIFEST_BYTES.toLocaleString('en')} are accepted`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return fail('$', 'the text is empty; paste an app manifest (JSON)');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return fail('$', `this is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The icon check (an XML parser) is a chunk of its own, loaded before the first icon is checked.
  if (typeof (json as { icon?: unknown } | null)?.icon === 'string') {
    try {
      await loadSvgIconCheck();
    } catch (error) {
      return fail('$.icon', `the icon could not be checked: its checker did not load (${String(error)}); try again`);
    }
  }
  const checked = checkCustomApp(json, currentIndex());
  if (!checked.ok) return checked;
  try {
    await repo.addCustomApps(getDb(), [checked.manifest]);
  } catch (error) {
    return fail('$.id', error instanceof RefusedChange ? error.message : `the browser refused to store the app (${String(error)})`);
  }
  await refreshCustomApps();
  return { ok: true, app: checked.manifest };
}

/** Imports a manifest file the user picked. A file over the limit is refused without reading it. */
export async function importCustomAppFile(file: Blob): Promise<CustomAppImport> {
  if (file.size > MAX_MANIFEST_BYTES) return fail('$', `the file is ${file.size.toLocaleString('en')} bytes; at most ${MAX_MANIFEST_BYTES.toLocaleString('en')} are accepted`);
  try {
    return await importCustomAppText(await file.text());
  } catch (error) {
    return fail('$', `the file could not be read (${String(error)})`);
  }
}

/** Removes a custom app, its installations and secrets. Workflows using it are left as they are. */
export async function removeCustomApp(appId: string): Promise<void> {
  await repo.removeCustomApp(getDb(), appId);
  await refreshCustomApps();
}

/** Names of the workflows with a step of the app, sorted (what removing the app would affect). */
export async function workflowsUsingApp(appId: string): Promise<string[]> {
  // Loaded here, not with the first page: reading documents brings their schema and every step kind.
  const [{ readWorkflows }, { appsOfStep }] = await Promise.all([import('../storage/workflowRepo'), import('../domain/workflow/kinds/registry')]);
  const workflows = await readWorkflows(getDb());
  return workflows
    .filter((w) => w.steps.some((s) => appsOfStep(s).includes(appId)))
    .map((w) => w.name)
    .sort((a, b) => a.localeCompare(b));
}

function fail(path: string, message: string): CustomAppImport {
  return { ok: false, problems: [{ path, message }] };
}
