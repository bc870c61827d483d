/**
 * Watches IndexedDB for the failures a user must hear about: the database
 * can't be opened (private mode, disabled storage), another tab holds an old
 * version open and blocks an upgrade, or a newer Flowbench in another tab
 * needs this one to step aside. Work in memory stays and can be exported.
 * Problems are codes (with the browser's own error text where there is one);
 * the banner puts them into words in the UI's language.
 */
import { create } from 'zustand';
import { getDb } from '../storage/db';

export type StorageProblem =
  /** No IndexedDB at all (turned off, or a private window). */
  | { kind: 'unavailable' }
  /** An older Flowbench in another tab blocks the upgrade. */
  | { kind: 'blocked' }
  /** A newer Flowbench in another tab took over; reloading is the fix. */
  | { kind: 'newer'; reload: true }
  /** The database would not open: out of space, or refused with the browser's reason. */
  | { kind: 'openFailed'; quota: boolean; error: string; reload: true };

export const useStorageHealth = create<{ problem: StorageProblem | undefined }>()(() => ({ problem: undefined }));

const report = (problem: StorageProblem) => useStorageHealth.setState({ problem });

let started = false;

/** Starts watching once per page. */
export function watchStorage(): void {
  if (started) return;
  started = true;
  if (typeof indexedDB === 'undefined') {
    report({ kind: 'unavailable' });
    return;
  }
  const db = getDb();
  db.on('blocked', () => report({ kind: 'blocked' }));
  db.on('versionchange', () => {
    db.close();
    report({ kind: 'newer', reload: true });
    return false;
  });
  db.open().catch((error: unknown) => {
    const name = error instanceof Error ? ((error as { inner?: Error }).inner?.name ?? error.name) : '';
    report({
      kind: 'openFailed',
      quota: name === 'QuotaExceededError',
      error: error instanceof Error ? error.message : String(error),
      reload: true,
    });
  });
}
