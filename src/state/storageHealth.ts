/**
 * Watches IndexedDB for the failures a user must hear about: the database
 * can't be opened (private mode, disabled storage), another tab holds an old
 * version open and blocks an upgrade, or a newer Flowbench in another tab
 * needs this one to step aside. Work in memory stays and can be exported.
 */
import { create } from 'zustand';
import { getDb } from '../storage/db';

export interface StorageProblem {
  title: string;
  detail: string;
  /** Reloading is the fix. */
  reload?: boolean;
}

export const useStorageHealth = create<{ problem: StorageProblem | undefined }>()(() => ({ problem: undefined }));

const report = (problem: StorageProblem) => useStorageHealth.setState({ problem });

let started = false;

/** Starts watching once per page. */
export function watchStorage(): void {
  if (started) return;
  started = true;
  if (typeof indexedDB === 'undefined') {
    report({
      title: 'This browser does not let Flowbench store anything',
      detail: 'IndexedDB is not available (it may be turned off, or this is a private window). Nothing you do here will be kept: export your work before closing the tab.',
    });
    return;
  }
  const db = getDb();
  db.on('blocked', () =>
    report({
      title: 'Another Flowbench tab is blocking an update',
      detail: 'An older Flowbench is open in another tab and keeps the database from being upgraded. Close the other Flowbench tabs; this one continues by itself once they are closed.',
    }),
  );
  db.on('versionchange', () => {
    db.close();
    report({
      title: 'A newer Flowbench was opened in another tab',
      detail: 'This tab stepped aside so the newer one could upgrade your data. Export anything unsaved, then reload this tab.',
      reload: true,
    });
    return false;
  });
  db.open().catch((error: unknown) => {
    const name = error instanceof Error ? ((error as { inner?: Error }).inner?.name ?? error.name) : '';
    report({
      title: 'Flowbench could not open its storage',
      detail:
        name === 'QuotaExceededError'
          ? 'The browser has no room left for Flowbench. Free some space, then reload.'
          : `The browser refused to open the database (${error instanceof Error ? error.message : String(error)}). Export your work, then reload; if this keeps happening, check that this site may store data.`,
      reload: true,
    });
  });
}
