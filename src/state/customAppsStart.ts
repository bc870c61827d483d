/**
 * The stored custom apps in the effective catalog: read at start (and again
 * whenever the table changes, in this tab or another, through Dexie's
 * liveQuery), before the first render, so a workflow using one never
 * flashes "unknown app". Most users have none: the records are read here
 * and the manifest's schema that parses them (storage/customAppRepo.ts,
 * with every field type) and what composes them with the built-in apps
 * (state/catalog.ts `loadComposer`) are loaded only when there are some. The commands
 * (import, remove) are state/customApps.ts, which re-exports these.
 */
import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { AppManifest } from '../domain/catalog/manifest';
import { type CustomAppRecord, getDb } from '../storage/db';
import type { UnreadableRecord } from '../storage/settingsRepo';
import { loadComposer, setCustomApps } from './catalog';

/** Stored custom apps left out of the catalog, by id, with why. */
export const useStoredAppProblems = create<{ problems: UnreadableRecord[] }>()(() => ({ problems: [] }));

interface StoredApps {
  manifests: AppManifest[];
  unreadable: UnreadableRecord[];
}

/** Parses stored records (none: nothing to load). */
async function parseStoredApps(records: readonly CustomAppRecord[]): Promise<StoredApps> {
  const unreadable: UnreadableRecord[] = [];
  if (records.length === 0) return { manifests: [], unreadable };
  const [{ parseCustomApps }] = await Promise.all([import('../storage/customAppRepo'), loadComposer()]);
  const manifests = await parseCustomApps(records, (where, problem, record) => {
    console.warn(`Ignored ${where}: ${problem}`);
    unreadable.push({ id: record?.id ?? where, name: record?.name, problem });
  });
  return { manifests, unreadable };
}

/** Reads and parses the stored custom apps (the Dexie read comes first: liveQuery follows what it read). */
async function readStoredApps(): Promise<StoredApps> {
  return parseStoredApps(await getDb().customApps.toArray());
}

function apply({ manifests, unreadable }: StoredApps): void {
  const skipped = setCustomApps(manifests);
  for (const { id, reason } of skipped) console.warn(`Ignored custom app "${id}": ${reason}`);
  const named = new Map(manifests.map((m) => [m.id, m.name.en]));
  useStoredAppProblems.setState({ problems: [...unreadable, ...skipped.map(({ id, reason }) => ({ id, name: named.get(id), problem: reason }))] });
}

let started: Promise<void> | undefined;

/**
 * Loads the stored custom apps into the catalog (its index at once, its
 * manifests once loaded: state/catalog.ts) and keeps following the table.
 * Resolves after the first load (also when it fails: the built-in catalog
 * is then used and the failure logged), so the first render already knows
 * the user's apps.
 */
export function startCustomApps(): Promise<void> {
  started ??= new Promise<void>((resolve) => {
    liveQuery(readStoredApps).subscribe({
      next: (stored) => {
        apply(stored);
        resolve();
      },
      error: (error: unknown) => {
        console.error('Could not read the custom apps', error);
        resolve();
      },
    });
  });
  return started;
}

/** Reads the stored custom apps into the catalog now (after a write elsewhere, such as an import). */
export async function refreshCustomApps(): Promise<void> {
  apply(await readStoredApps());
}
