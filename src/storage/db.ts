/**
 * The Flowbench IndexedDB database (Dexie). Schema-versioned from day one:
 * each `version(n)` is a numbered migration, never edited once released; a
 * new table or index is a new version. Records are parsed with zod when read
 * (see the repositories), so this module only declares shapes and indexes.
 */
import Dexie, { type Table } from 'dexie';

export const DB_NAME = 'flowbench';

/** A stored record carries the version of its own shape, independent of the database version. */
export interface SettingRecord {
  key: string;
  value: unknown;
  schemaVersion: 1;
  updatedAt: string;
}

export class FlowbenchDb extends Dexie {
  settings!: Table<SettingRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: app settings.
    this.version(1).stores({
      settings: 'key',
    });
  }
}

let shared: FlowbenchDb | undefined;

/** The app's database, opened on first use. */
export function getDb(): FlowbenchDb {
  shared ??= new FlowbenchDb();
  return shared;
}
