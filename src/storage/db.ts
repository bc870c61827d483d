/**
 * The Flowbench IndexedDB database (Dexie). Schema-versioned from day one:
 * each `version(n)` is a numbered migration, never edited once released; a
 * new table or index is a new version. Records are parsed with zod when read
 * (see the repositories), so this module only declares shapes and indexes.
 */
import Dexie, { type Table } from 'dexie';

export const DB_NAME = 'flowbench';

/** Every record carries the version of its own shape, independent of the database version. */
interface Versioned {
  schemaVersion: 1;
}

export interface SettingRecord extends Versioned {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** The single organization row; its presence means the first-start demo was created. */
export interface OrganizationRecord extends Versioned {
  id: 'org';
  name: string;
}

export interface StoreRecord extends Versioned {
  id: string;
  name: string;
  flowInstalled: boolean;
  createdAt: string;
}

export interface InstallationRecord extends Versioned {
  storeId: string;
  appId: string;
  installedAt: string;
  settings: Record<string, string>;
  secretsSet: string[];
}

/** Secret setup values live apart from installations so nothing built from the organization carries them. */
export interface SecretRecord extends Versioned {
  storeId: string;
  appId: string;
  key: string;
  value: string;
}

export interface WorkflowRecord extends Versioned {
  id: string;
  name: string;
  updatedAt: string;
  /** The workflow document (parsed with the Workflow schema on read). */
  doc: unknown;
}

export class FlowbenchDb extends Dexie {
  settings!: Table<SettingRecord, string>;
  organization!: Table<OrganizationRecord, string>;
  stores!: Table<StoreRecord, string>;
  installations!: Table<InstallationRecord, [string, string]>;
  secrets!: Table<SecretRecord, [string, string, string]>;
  workflows!: Table<WorkflowRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: settings, the organization (stores, installations, secrets) and workflows.
    this.version(1).stores({
      settings: 'key',
      organization: 'id',
      stores: 'id, name',
      installations: '[storeId+appId], storeId, appId',
      secrets: '[storeId+appId+key], [storeId+appId]',
      workflows: 'id, updatedAt, name',
    });
  }
}

let shared: FlowbenchDb | undefined;

/** The app's database, opened on first use. */
export function getDb(): FlowbenchDb {
  shared ??= new FlowbenchDb();
  return shared;
}
