/**
 * Writing an import, and reading what an export is built from. An import is
 * all or nothing: every record is parsed before it is written (a workflow
 * source may check its workflows chunk by chunk inside the transaction,
 * aborting it on a refusal), and
 * everything is written in ONE Dexie transaction with `add` (never `put`),
 * so an id that appeared meanwhile, or any other failure, aborts the
 * transaction and leaves the stored data exactly as it was.
 */
import type { z } from 'zod';
import type { AppManifest } from '../domain/catalog/manifest';
import { Installation, type Organization, Store } from '../domain/org/organization';
import { Workflow } from '../domain/workflow/document';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb } from './db';
import { addCustomApps } from './customAppRepo';
import { RefusedChange, loadOrganization } from './orgRepo';
import type { CorruptRecordReporter } from './settingsRepo';
import { readWorkflows } from './workflowRepo';
import { LOOKUP_LIMIT, addCommonWords, wordsHeldByMany } from './commonWords';
import { workflowRecord, workflowWords } from './workflowSummaryWrite';
import { ImportCancelled, ImportRefused } from './importErrors';

export { ImportCancelled, ImportRefused } from './importErrors';

/** What an import writes; src/io/importPlan.ts plans it (an ImportPlan is one). */
export interface ImportBatch {
  /** Custom app manifests; an equal one already stored is kept, a different one refuses the whole import. */
  customApps?: readonly AppManifest[];
  /** The workflows, or a source that checks and plans them a chunk at a time while earlier chunks are written. */
  workflows: readonly Workflow[] | WorkflowSource;
  stores: readonly Store[];
  installations: readonly Installation[];
  /** Becomes the organization's name only when the database has no organization yet. */
  organizationName?: string;
}

/**
 * An import's workflows handed over a chunk at a time inside the import's transaction: the next chunk
 * is asked for while IndexedDB writes the one before, so checking the file's workflows overlaps
 * writing them instead of coming before it (docs/benchmarks.md, "import-10k, fifth pass").
 */
export interface WorkflowSource {
  /** How many workflows there are. */
  readonly count: number;
  /**
   * Each workflow's search words (searchWords of its name and description), asked for once before
   * any is written, to find the words held by more than LOOKUP_LIMIT of them (commonWords.ts).
   * Only which words are left out depends on them: a record's own words come from its document.
   */
  words(): Iterable<readonly string[]>;
  /**
   * The workflows at `start` … `end - 1`, checked (the Workflow schema's output) and planned. Throwing
   * refuses the import: the transaction aborts, nothing is written, and the error is rethrown.
   */
  chunk(start: number, end: number): readonly Workflow[];
}

/** The ids already stored, which decide what an import adds as a copy or skips. */
export async function readImportTargets(db: FlowbenchDb): Promise<{ workflowIds: string[]; storeIds: string[] }> {
  return db.transaction('r', [db.workflows, db.stores], async () => ({
    workflowIds: (await db.workflows.toCollection().primaryKeys()) as string[],
    storeIds: (await db.stores.toCollection().primaryKeys()) as string[],
  }));
}

/** Options of {@link commitImport}. */
export interface CommitOptions {
  /**
   * The batch's workflows are the output of the Workflow schema already (an
   * import planned from a checked file, io/importDocument.ts), so they are
   * not parsed a second time. Stores and installations are parsed anyway.
   */
  validated?: boolean;
  /** Called after each chunk of workflows written (inside the transaction), with how many of how many. */
  onProgress?: (written: number, total: number) => void;
  /** Aborts the transaction at the next chunk: nothing is written, and the promise rejects with ImportCancelled. */
  signal?: AbortSignal;
}


/**
 * Workflows written per bulk request inside the import's transaction (one request per task). 250
 * rather than 500 since 8 December: the same CPU, a task half as long (input p95 during import-10k
 * ~50 instead of ~80 ms) and a shorter import at load 11-14 (docs/benchmarks.md, "import-10k,
 * fourth pass").
 */
export const WRITE_CHUNK = 250;

/** Records of a chunk written first: once they are, the page queues the next chunk behind the rest. */
const PIPELINE_HEAD = 16;

/**
 * Writes an import in one transaction: custom apps, the organization's name (if there is
 * none), stores, installations (without secrets), workflows (one record
 * each, with the list's fields: v9), each workflow's record standing as its "Imported" version
 * until it is first changed (importVersion, db.ts). Workflows go in chunks of WRITE_CHUNK (bulk requests, so the page can
 * handle input and show progress between them). If anything fails, or the
 * signal aborts, nothing is written and the error is rethrown.
 */
export async function commitImport(
  db: FlowbenchDb,
  batch: ImportBatch,
  now = new Date().toISOString(),
  { validated = false, onProgress, signal }: CommitOptions = {},
): Promise<void> {
  const problems: string[] = [];
  const source = isSource(batch.workflows)
    ? batch.workflows
    : listSource(validated ? batch.workflows : parseAll(Workflow, batch.workflows, (w) => `workflow "${w.id}"`, problems));
  const stores = parseAll(Store, batch.stores, (s) => `store "${s.id}"`, problems);
  // No secret is ever imported, whatever the batch claims.
  const installations = parseAll(
    Installation,
    batch.installations.map((i) => ({ ...i, secretsSet: [] })),
    (i) => `installation of ${i.appId} in ${i.storeId}`,
    problems,
  );
  if (problems.length > 0) throw new ImportRefused(problems);
  if (signal?.aborted) throw new ImportCancelled();

  // Words most of a large file's workflows hold are left out of their `words` entries (commonWords.ts).
  const common = source.count > LOOKUP_LIMIT ? wordsHeldByMany(source.words()) : [];
  await db.transaction(
    'rw',
    [db.organization, db.stores, db.installations, db.workflows, db.workflowVersions, db.customApps, db.settings],
    async () => {
      try {
        await addCustomApps(db, batch.customApps ?? [], now);
      } catch (error) {
        throw error instanceof RefusedChange ? new ImportRefused([error.message]) : error;
      }
      if (batch.organizationName !== undefined && !(await db.organization.get('org'))) {
        await db.organization.add({ id: 'org', name: batch.organizationName, schemaVersion: 1 });
      }
      await db.stores.bulkAdd(stores.map((s) => ({ ...s, schemaVersion: 1 as const })));
      await db.installations.bulkAdd(installations.map((i) => ({ ...i, schemaVersion: 1 as const })));
      const leaveOut = common.length > 0 ? await addCommonWords(db, common, now) : undefined;
      const total = source.count;
      // One record per workflow, with the list's fields (v9); its "Imported" version is the record
      // until the workflow is first changed (importVersion, db.ts).
      const records = (start: number) =>
        source.chunk(start, Math.min(total, start + WRITE_CHUNK)).map((doc) => ({ ...workflowRecord(doc, now, 1, leaveOut), importVersion: { createdAt: now } }));
      let next = total > 0 ? records(0) : [];
      let queued: Promise<unknown> | undefined;
      for (let start = 0; start < total; start += WRITE_CHUNK) {
        if (signal?.aborted) throw new ImportCancelled();
        // One chunk per task: IndexedDB copies each record synchronously when it is put, so a larger
        // request makes a longer task. Its requests are queued before bulkAdd returns, in two parts:
        // once the browser has written the few of the head, it is still writing the rest while this
        // page queues the next chunk behind it, so the browser never waits for the page.
        const head = db.workflows.bulkAdd(next.slice(0, PIPELINE_HEAD));
        const rest = next.length > PIPELINE_HEAD ? db.workflows.bulkAdd(next.slice(PIPELINE_HEAD)) : undefined;
        // Awaited below, one chunk later; a failure aborts the transaction then (never unhandled meanwhile).
        rest?.catch(() => undefined);
        const written = start + next.length;
        // While the browser writes this chunk, the page checks and builds the next one (it would
        // otherwise only wait). A refusal is rethrown once this chunk's head is written, which aborts.
        let refusal: { error: unknown } | undefined;
        try {
          next = written < total ? records(written) : [];
        } catch (error) {
          refusal = { error };
        }
        await head;
        // Requests are done in order: the chunk before is written by now.
        await queued;
        if (refusal) throw refusal.error;
        queued = rest;
        if (start > 0) onProgress?.(start, total);
      }
      await queued;
      if (total > 0) onProgress?.(total, total);
      if (signal?.aborted) throw new ImportCancelled();
    },
  );
}

function isSource(workflows: ImportBatch['workflows']): workflows is WorkflowSource {
  return !Array.isArray(workflows);
}

/** A list of checked workflows as a source. */
function listSource(workflows: readonly Workflow[]): WorkflowSource {
  return {
    count: workflows.length,
    words: () => workflows.map((doc) => workflowWords(doc.name, doc.description)),
    chunk: (start, end) => workflows.slice(start, end),
  };
}

function parseAll<T, I>(schema: z.ZodType<T>, items: readonly I[], name: (item: I) => string, problems: string[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else problems.push(...formatIssues(parsed.error.issues).map((p) => `${name(item)}: ${p}`));
  }
  return out;
}

/** Everything an export of "everything" is built from; corrupt records are reported and left out. */
export async function readExportSource(
  db: FlowbenchDb,
  onCorrupt?: CorruptRecordReporter,
): Promise<{ workflows: Workflow[]; org: Organization }> {
  return db.transaction('r', [db.workflows, db.organization, db.stores, db.installations], async () => ({
    workflows: await readWorkflows(db, onCorrupt),
    org: await loadOrganization(db, onCorrupt),
  }));
}
