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
  /** Counts saves; a save names the revision it started from, so two tabs never overwrite each other silently (v2). */
  revision: number;
  /** The workflow document (parsed with the Workflow schema on read). */
  doc: unknown;
}

/** One saved version of a workflow (v2). */
export interface WorkflowVersionRecord extends Versioned {
  seq?: number;
  workflowId: string;
  createdAt: string;
  /** Last time a coalesced burst of edits updated this version. */
  updatedAt: string;
  /** Why the version exists: an edit session, turning on/off, an import, a restore. */
  reason: 'edit' | 'on' | 'off' | 'import' | 'restore' | 'create';
  summary: string;
  doc: unknown;
}

/** A run of a workflow in a store (v2); `record` is an engine RunRecord parsed on read. */
export interface RunRow extends Versioned {
  id: string;
  workflowId: string;
  storeId: string;
  status: string;
  startedAt: string;
  /** ISO time a waiting run resumes; '' when not waiting (indexed). */
  resumeAt: string;
  /**
   * Write order (not indexed): breaks ties between runs that started at the
   * same simulated instant (a bulk fire), so "newest first" is stable.
   */
  seq?: number;
  record: unknown;
}

/** One record of a store's simulated app state (v2). */
export interface SandboxRow extends Versioned {
  storeId: string;
  appId: string;
  collection: string;
  id: string;
  record: Record<string, unknown>;
  updatedAt: string;
}

/** Injected failures for one app in one store (v2). */
export interface FaultRow extends Versioned {
  storeId: string;
  appId: string;
  config: unknown;
}

/** A custom app the user imported (v3); `manifest` is parsed with CustomAppManifest on read. */
export interface CustomAppRecord extends Versioned {
  id: string;
  importedAt: string;
  manifest: unknown;
}

export class FlowbenchDb extends Dexie {
  settings!: Table<SettingRecord, string>;
  organization!: Table<OrganizationRecord, string>;
  stores!: Table<StoreRecord, string>;
  installations!: Table<InstallationRecord, [string, string]>;
  secrets!: Table<SecretRecord, [string, string, string]>;
  workflows!: Table<WorkflowRecord, string>;
  workflowVersions!: Table<WorkflowVersionRecord, number>;
  runs!: Table<RunRow, string>;
  sandbox!: Table<SandboxRow, [string, string, string, string]>;
  faults!: Table<FaultRow, [string, string]>;
  customApps!: Table<CustomAppRecord, string>;

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
    // v2: workflow revisions, version history, runs, the connector sandbox and injected faults.
    this.version(2)
      .stores({
        workflowVersions: '++seq, workflowId, [workflowId+seq]',
        runs: 'id, workflowId, storeId, status, startedAt, resumeAt',
        sandbox: '[storeId+appId+collection+id], [storeId+appId], storeId',
        faults: '[storeId+appId], storeId',
      })
      .upgrade((tx) =>
        tx
          .table('workflows')
          .toCollection()
          .modify((record: { revision?: number }) => {
            record.revision ??= 1;
          }),
      );
    // v3: manifests of the user's own apps (custom apps). A new table only: nothing to migrate.
    this.version(3).stores({ customApps: 'id' });
  }
}

let shared: FlowbenchDb | undefined;

/** The app's database, opened on first use. */
export function getDb(): FlowbenchDb {
  shared ??= new FlowbenchDb();
  return shared;
}
