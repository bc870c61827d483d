/**
 * Workflow repository: workflow documents on IndexedDB, parsed with the
 * Workflow schema on every read (positions from before they were bounded
 * are clamped, storedWorkflow.ts). A corrupt record is reported and skipped,
 * never overwritten.
 */
import { Workflow } from '../domain/workflow/document';
import { StoredWorkflowDocument } from '../domain/workflow/storedWorkflow';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, WorkflowRecord } from './db';
import { recordVersion, settleImportVersions, type VersionReason } from './versionRepo';
import { workflowRecord } from './workflowSummaryWrite';
import { type CorruptRecordReporter, storedName } from './settingsRepo';

export { readWorkflowNames } from './workflowNames';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/**
 * Every record, newest first (then by id, last first: the order of the
 * `updatedAt` index read backwards, which v9 dropped: the list orders by its
 * `rank`, and an index is an entry per workflow written).
 */
async function newestFirst(db: FlowbenchDb): Promise<WorkflowRecord[]> {
  const records = await db.workflows.toArray();
  const key = (r: WorkflowRecord) => String(r.updatedAt);
  return records.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Every readable workflow, newest first. */
export async function readWorkflows(db: FlowbenchDb, onCorrupt: CorruptRecordReporter = warn): Promise<Workflow[]> {
  const records = await newestFirst(db);
  const out: Workflow[] = [];
  for (const record of records) {
    const parsed = StoredWorkflowDocument.safeParse(record.doc);
    if (parsed.success) out.push(parsed.data);
    else onCorrupt(`workflow ${JSON.stringify(record.id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  }
  return out;
}

/** Reads one workflow; undefined when it does not exist or cannot be read. */
export async function readWorkflow(
  db: FlowbenchDb,
  id: string,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<Workflow | undefined> {
  const record = await db.workflows.get(id);
  if (!record) return undefined;
  const parsed = StoredWorkflowDocument.safeParse(record.doc);
  if (parsed.success) return parsed.data;
  onCorrupt(`workflow ${JSON.stringify(id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  return undefined;
}

/**
 * Reads one workflow and its stored revision from one read of the record (a
 * large document costs a structured clone and a parse per read); the
 * workflow is undefined when it does not exist or cannot be read.
 */
export async function readWorkflowWithRevision(
  db: FlowbenchDb,
  id: string,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<{ doc: Workflow | undefined; revision: number }> {
  const record = await db.workflows.get(id);
  if (!record) return { doc: undefined, revision: 0 };
  const parsed = StoredWorkflowDocument.safeParse(record.doc);
  if (!parsed.success) onCorrupt(`workflow ${JSON.stringify(id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  return { doc: parsed.success ? parsed.data : undefined, revision: record.revision };
}

/**
 * Validates and writes workflow documents in one transaction, each one
 * revision after the stored one. Throws (writing nothing) if one is invalid.
 */
export async function writeWorkflowDocs(db: FlowbenchDb, docs: readonly Workflow[], now = new Date().toISOString()) {
  const parsed = docs.map((doc) => toRecord(doc, now, 0));
  await db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    const stored = await db.workflows.bulkGet(parsed.map((r) => r.id));
    await settleImportVersions(db, stored);
    await db.workflows.bulkPut(parsed.map((r, i) => ({ ...r, revision: (stored[i]?.revision ?? 0) + 1 })));
  });
}

/** Deletes a workflow (its versions stay, as before, an imported one's "Imported" written first). */
export async function deleteWorkflow(db: FlowbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    await settleImportVersions(db, [await db.workflows.get(id)]);
    await db.workflows.delete(id);
  });
}

/** A stored workflow with the time it was last saved (for "Last edited" and the list's order). */
export interface StoredWorkflow {
  workflow: Workflow;
  updatedAt: string;
}

/** Every readable workflow with its save time, newest first. Corrupt records are reported and skipped. */
export async function readWorkflowList(
  db: FlowbenchDb,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<StoredWorkflow[]> {
  const records = await newestFirst(db);
  const out: StoredWorkflow[] = [];
  for (const record of records) {
    const parsed = StoredWorkflowDocument.safeParse(record.doc);
    if (parsed.success) out.push({ workflow: parsed.data, updatedAt: record.updatedAt });
    else onCorrupt(`workflow ${JSON.stringify(record.id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '), { id: record.id, name: storedName(record.name) });
  }
  return out;
}

function toRecord(doc: Workflow, updatedAt: string, revision: number): WorkflowRecord & { doc: Workflow } {
  const parsed = Workflow.safeParse(doc);
  if (!parsed.success) {
    throw new Error(`Workflow "${doc.name}" not saved: ${formatIssues(parsed.error.issues).join('; ')}`);
  }
  return workflowRecord(parsed.data, updatedAt, revision);
}

/**
 * Writes one workflow (replacing one with the same id), stamped with
 * `updatedAt` (now by default; a restore passes the original time back).
 * Throws, writing nothing, when the document does not parse.
 */
export async function putWorkflow(db: FlowbenchDb, doc: Workflow, updatedAt = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    const stored = await db.workflows.get(doc.id);
    await settleImportVersions(db, [stored]);
    await db.workflows.put(toRecord(doc, updatedAt, (stored?.revision ?? 0) + 1));
  });
}

/**
 * Adds a new workflow built from the names already taken (read in the same
 * transaction, corrupt records included, so a default name never collides).
 * Throws, writing nothing, when the id exists or the document does not parse.
 */
export async function addWorkflow(
  db: FlowbenchDb,
  build: (takenNames: ReadonlySet<string>) => Workflow,
  now = new Date().toISOString(),
): Promise<Workflow> {
  return db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    // Names from the name index alone (no document read), corrupt records included.
    const taken = new Set((await db.workflows.orderBy('name').keys()).map(String));
    const record = toRecord(build(taken), now, 1);
    await db.workflows.add(record);
    await recordVersion(db, record.doc, 'create', now);
    return record.doc;
  });
}

/** Thrown when the workflow to change is not stored (deleted meanwhile, or unreadable). */
export class WorkflowNotFound extends Error {
  constructor(readonly id: string) {
    super('This workflow no longer exists.');
    this.name = 'WorkflowNotFound';
  }
}

/**
 * Reads, changes and writes one workflow in one transaction. `change` gets
 * the stored document and may throw to refuse: nothing is written then.
 * With `touch: false` the save time is kept (switching a workflow on or off
 * is not an edit and should not reorder the list). Returns the saved document.
 */
export async function updateWorkflow(
  db: FlowbenchDb,
  id: string,
  change: (workflow: Workflow) => Workflow,
  {
    touch = true,
    now = new Date().toISOString(),
    version = 'edit',
  }: { touch?: boolean; now?: string; version?: VersionReason } = {},
): Promise<Workflow> {
  return db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    const record = await db.workflows.get(id);
    const parsed = record && StoredWorkflowDocument.safeParse(record.doc);
    if (!record || !parsed?.success) throw new WorkflowNotFound(id);
    const next = toRecord(change(parsed.data), touch ? now : record.updatedAt, record.revision + 1);
    if (next.id !== id) throw new Error('A workflow change cannot change its id.');
    await settleImportVersions(db, [record]);
    await db.workflows.put(next);
    await recordVersion(db, next.doc, version, now);
    return next.doc;
  });
}

/** The outcome of a revision-checked save. */
export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; conflict: { theirs: Workflow | undefined; revision: number } };

/**
 * Saves an edited workflow only if the stored one is still at `baseRevision`
 * (the revision the editor started from). Otherwise nothing is written and
 * the stored version is returned, so the user can choose: keep theirs, keep
 * mine as a copy, or overwrite (save again with their revision as base).
 * A successful save records an 'edit' version in the same transaction.
 */
export async function saveWorkflow(
  db: FlowbenchDb,
  doc: Workflow,
  baseRevision: number,
  now = new Date().toISOString(),
  reason: 'edit' | 'restore' = 'edit',
): Promise<SaveResult> {
  const record = toRecord(doc, now, baseRevision + 1);
  return db.transaction('rw', [db.workflows, db.workflowVersions], async () => {
    const stored = await db.workflows.get(doc.id);
    const storedRevision = stored?.revision ?? 0;
    if (!stored || storedRevision !== baseRevision) {
      const theirs = stored ? StoredWorkflowDocument.safeParse(stored.doc) : undefined;
      return { ok: false as const, conflict: { theirs: theirs?.success ? theirs.data : undefined, revision: storedRevision } };
    }
    await settleImportVersions(db, [stored]);
    await db.workflows.put(record);
    await recordVersion(db, record.doc, reason, now);
    return { ok: true as const, revision: record.revision };
  });
}

/** The stored revision of a workflow (0 when it does not exist). */
export async function readRevision(db: FlowbenchDb, id: string): Promise<number> {
  return (await db.workflows.get(id))?.revision ?? 0;
}
