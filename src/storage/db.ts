/**
 * The Flowbench IndexedDB database (Dexie). Schema-versioned from day one:
 * each `version(n)` is a numbered migration, never edited once released; a
 * new table or index is a new version. Records are parsed with zod when read
 * (see the repositories), so this module only declares shapes and indexes.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { AppManifest } from '../domain/catalog/manifest';
import type { Installation, Organization, Store } from '../domain/org/organization';
import type { ParsedRunRecord, ParsedSandboxRow } from '../domain/runs/records';
import type { SettingKey } from '../domain/settings/settings';
import type { Workflow } from '../domain/workflow/document';
import { syncWorkflowIndex } from './workflowSummaries';

export const DB_NAME = 'flowbench';

// Record types are the domain's schemas (z.infer) plus what only storage
// keeps: `schemaVersion`, write times and the fields indexes need. A payload
// parsed as a whole on read (a document, a run, a manifest, a fault) is
// `unknown` here, so nothing reads it without its schema.

/** Every record carries the version of its own shape, independent of the database version. */
interface Versioned {
  schemaVersion: 1;
}

/** Keys of the settings table holding the storage's own notes rather than a user's setting (commonWords.ts). */
export type StorageNoteKey = 'workflowCommonWords';

export interface SettingRecord extends Versioned {
  key: SettingKey | StorageNoteKey;
  value: unknown;
  updatedAt: string;
}

/** The single organization row; its presence means the first-start demo was created. */
export interface OrganizationRecord extends Versioned, Pick<Organization, 'name'> {
  id: 'org';
}

export type StoreRecord = Versioned & Store;

export type InstallationRecord = Versioned & Installation;

/** Secret setup values live apart from installations so nothing built from the organization carries them. */
export interface SecretRecord extends Versioned, Pick<Installation, 'storeId' | 'appId'> {
  key: string;
  value: string;
}

/**
 * What the Workflows page reads of a workflow (v9; v6–v8 kept it in a
 * `workflowIndex` table of its own, one more record per workflow): written
 * on the workflow's record by every write of it (storage/workflowSummaryWrite.ts),
 * so the list is read a window at a time from the `[rank+search]` index and
 * its rows never parse a document. `rank` and `search` are absent from a
 * record whose document cannot be read (it has `problem` instead), which
 * keeps it out of the list's index; a record with none of the four (written
 * by something other than this app, or before v6) is summarized when the
 * database opens (workflowSummaries.ts syncWorkflowIndex).
 */
export interface WorkflowListFields {
  /** -Date.parse(updatedAt): the `[rank+search]` index lists newest first, ties by name. */
  rank?: number;
  /** The name and description, lower-cased without diacritics (domain/text/searchKey.ts). */
  search?: string;
  /** The distinct words of `search` (a multi-entry index: a query's rarest word is looked up, not scanned for). */
  words?: string[];
  /** Trigger, activation and apps, parsed with WorkflowSummary on read (storage/workflowSummaries.ts). */
  summary?: unknown;
  /** Why the stored document cannot be read (indexed: the page lists these apart). */
  problem?: string;
}

export interface WorkflowRecord extends Versioned, Pick<Workflow, 'id' | 'name'>, WorkflowListFields {
  updatedAt: string;
  /** Counts saves; a save names the revision it started from, so two tabs never overwrite each other silently (v2). */
  revision: number;
  /** The workflow document (parsed with the Workflow schema on read). */
  doc: unknown;
  /**
   * Set by an import: this record's document is also the workflow's
   * "Imported" version, not yet copied to workflowVersions. The copy is
   * written by the first write that replaces or deletes the record (in its
   * transaction, workflowRepo.ts); until then the history lists it from
   * here (versionRepo.ts listVersions). An import so writes one record per
   * workflow instead of two.
   */
  importVersion?: { createdAt: string };
}

/** One saved version of a workflow (v2). */
export interface WorkflowVersionRecord extends Versioned {
  seq?: number;
  workflowId: Workflow['id'];
  createdAt: string;
  /** Last time a coalesced burst of edits updated this version. */
  updatedAt: string;
  /** Why the version exists: an edit session, turning on/off, an import, a restore. */
  reason: 'edit' | 'on' | 'off' | 'import' | 'restore' | 'create';
  summary: string;
  doc: unknown;
}

/**
 * A run of a workflow in a store (v2): the run record's indexed fields
 * beside the record itself, which is parsed with RunRecordSchema on read.
 */
export interface RunRow extends Pick<ParsedRunRecord, 'id' | 'workflowId' | 'storeId' | 'status' | 'startedAt'> {
  /** 1: the record holds everything; 2 (v7): it references its workflow version and trigger objects. */
  schemaVersion: 1 | 2;
  /** ISO time a waiting run resumes; '' when not waiting (indexed). */
  resumeAt: string;
  /**
   * Write order: breaks ties between runs that started at the same simulated
   * instant (a bulk fire), so "newest first" is stable. Part of the v5 list
   * indexes; optional only in records written before v5 (the migration sets 0).
   */
  seq?: number;
  /**
   * The run record: since v7 stored split (domain/runs/storedRun.ts: its workflow version
   * and the objects its trigger read are rows of `runWorkflows` and `runObjects`, referenced
   * by key); records written before, or not split, hold everything inline. Read through
   * runRepo, which joins them.
   */
  record: unknown;
}

/** A workflow version some run used (v7), content-addressed (storedRun.ts contentKey); never changed once written. */
export interface RunWorkflowRow extends Versioned {
  key: string;
  workflowId: string;
  /** The workflow as the run had it (parsed with StoredWorkflowDocument as part of the run). */
  doc: unknown;
}

/** An object a run's trigger read from the store (v7: an order, a customer, a product...), content-addressed. */
export interface RunObjectRow extends Versioned {
  key: string;
  value: unknown;
}

/** One record of a store's simulated app state (v2), with the time it was last written. */
export type SandboxRow = Versioned & ParsedSandboxRow & { updatedAt: string };

/** Injected failures for one app in one store (v2), installed or not; `config` is parsed with FaultConfig on read. */
export interface FaultRow extends Versioned {
  storeId: string;
  appId: string;
  config: unknown;
}

/** A custom app the user imported (v3); `manifest` is parsed with CustomAppManifest on read. */
export interface CustomAppRecord extends Versioned {
  id: AppManifest['id'];
  importedAt: string;
  manifest: unknown;
}

/** An upgrade module (src/storage/upgrades/vN.ts): the body of version N's `.upgrade`. */
export interface UpgradeModule {
  upgrade(tx: Transaction): unknown;
}

/**
 * Version N's upgrade, its body loaded only when it runs: when a database older
 * than N opens. A current database never runs it, so the first page does not
 * carry it (docs/architecture.md, "Storage versions and their upgrades"). A new version with an
 * upgrade is one line: `.upgrade(lazyUpgrade(() => import('./upgrades/vN')))`.
 * `Dexie.waitFor` keeps the upgrade transaction alive while the module loads
 * (an IndexedDB transaction commits as soon as no request is pending);
 * if the module cannot load, the upgrade fails, the whole upgrade transaction
 * aborts, and the database stays as it was, at its old version.
 */
export function lazyUpgrade(load: () => Promise<UpgradeModule>): (tx: Transaction) => Promise<unknown> {
  return async (tx) => (await Dexie.waitFor(load())).upgrade(tx);
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
  runWorkflows!: Table<RunWorkflowRow, string>;
  runObjects!: Table<RunObjectRow, string>;

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
      .upgrade(lazyUpgrade(() => import('./upgrades/v2')));
    // v3: manifests of the user's own apps (custom apps). A new table only: nothing to migrate.
    this.version(3).stores({ customApps: 'id' });
    // v4: every store has a time zone. Stores made before ran their schedules in UTC, so they get
    // UTC and nothing they do changes. (Workflow documents are migrated when read, not here:
    // see domain/workflow/migrations.ts.)
    this.version(4)
      .stores({})
      .upgrade(lazyUpgrade(() => import('./upgrades/v4')));
    // v5: the run history is read a page at a time, newest first, from indexes that hold the
    // whole order (start time, then write order, then id) with or without one equality filter,
    // so a page costs the same with 1,000 runs stored as with 100,000. Every run gets a `seq`
    // (runs written before had none: 0, i.e. older than any tie written since), because a
    // compound index leaves out records that lack one of its fields.
    this.version(5)
      .stores({
        runs: 'id, workflowId, storeId, status, startedAt, resumeAt, [startedAt+seq], [workflowId+startedAt+seq], [storeId+startedAt+seq], [status+startedAt+seq]',
      })
      .upgrade(lazyUpgrade(() => import('./upgrades/v5')));
    // v6: the Workflows page reads a summary of each workflow (name, search key and words, save
    // time, trigger, activation, apps), a window at a time newest first, never the documents. Every
    // write of a workflow writes its summary in the same transaction. It is filled, here for the
    // workflows stored before v6, by syncWorkflowIndex when the database opens (the summaries
    // are built by parsing each document, which needs the workflow schema: loaded only then).
    this.version(6).stores({ workflowIndex: 'id, [rank+search], *words, problem' });
    // v7: a run record no longer
    // carries its workflow version and the store objects its trigger read; each is stored once
    // (content-addressed) in `runWorkflows` / `runObjects` and referenced (domain/runs/storedRun.ts),
    // so a record is about a third of its size and a batch of runs writes a third of the bytes.
    // The single-field run indexes the v5 compound ones begin with (workflowId, storeId, status,
    // startedAt) go: a query on one field uses the compound index's first part, and every run
    // written updated four indexes fewer. Existing records are split here.
    this.version(7)
      .stores({
        runs: 'id, resumeAt, [startedAt+seq], [workflowId+startedAt+seq], [storeId+startedAt+seq], [status+startedAt+seq]',
        runWorkflows: 'key',
        runObjects: 'key',
      })
      .upgrade(lazyUpgrade(() => import('./upgrades/v7')));
    // v9: one record per workflow. The list's summary (rank, search key, trigger, activation, apps, or
    // the problem of an unreadable document) is on the workflow's record, with the list's indexes on
    // `workflows`, and `workflowIndex` goes: an import of 10,000 workflows writes 10,000 records, not
    // 20,000 (each costs about the same whatever it holds: docs/benchmarks.md, "import-10k, third pass").
    // The `updatedAt` index goes (rank orders the list; an index is an entry per workflow written);
    // `name` stays (the Runs page's workflow filter and new workflows' default names read it alone),
    // and `*words` (a search without it scans every workflow's list key). The upgrade
    // (upgrades/v9.ts) copies each summary onto its workflow's record.
    this.version(9)
      .stores({ workflows: 'id, name, [rank+search], *words, problem', workflowIndex: null })
      .upgrade(lazyUpgrade(() => import('./upgrades/v9')));
    // v10: the sandbox's `[storeId+appId]` and `storeId` indexes and the faults' `storeId` index go:
    // each is a prefix of its table's primary key, so a store's (or a store and app's) rows are a
    // range of the key (keyPrefix.ts), and every sandbox row a run writes (a Slack message, a tag)
    // updated two index entries for nothing. Rows are unchanged: nothing to migrate.
    this.version(10).stores({ sandbox: '[storeId+appId+collection+id]', faults: '[storeId+appId]' });
    // Kept last: runs when the database is open, whatever version it was upgraded from.
    this.on('ready', (vipDb) => syncWorkflowIndex(vipDb as FlowbenchDb));
  }
}

let shared: FlowbenchDb | undefined;

/** The app's database, opened on first use. */
export function getDb(): FlowbenchDb {
  shared ??= new FlowbenchDb();
  return shared;
}
