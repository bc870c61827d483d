/**
 * Version history of workflows. Every save that changes a workflow records a
 * version; a burst of edits (saves less than EDIT_BURST_MS apart) updates one
 * 'edit' version instead of piling up hundreds. Turning on or off, imports,
 * creation and restores are versions of their own. Call these inside the
 * transaction that writes the workflow, so a version never exists without
 * its save (and the other way round).
 */
import { builtInIndex } from '../domain/catalog/builtInIndex';
import { diffWorkflows, summarizeDiff } from '../domain/workflow/diff';
import type { Workflow } from '../domain/workflow/document';
import { StoredWorkflowDocument } from '../domain/workflow/storedWorkflow';
import type { FlowbenchDb, WorkflowRecord, WorkflowVersionRecord } from './db';
import type { CorruptRecordReporter } from './settingsRepo';

export const EDIT_BURST_MS = 60_000;

export type VersionReason = WorkflowVersionRecord['reason'];

export interface WorkflowVersion {
  seq: number;
  workflowId: string;
  createdAt: string;
  updatedAt: string;
  reason: VersionReason;
  summary: string;
  doc: Workflow;
}

const REASON_SUMMARY: Partial<Record<VersionReason, string>> = {
  create: 'Created',
  on: 'Turned on',
  off: 'Turned off',
  import: 'Imported',
  restore: 'Restored an earlier version',
};

async function latest(db: FlowbenchDb, workflowId: string) {
  return db.workflowVersions.where('[workflowId+seq]').between([workflowId, -Infinity], [workflowId, Infinity]).last();
}

/**
 * Records a version of `doc`. For 'edit', joins the latest version when it is
 * an edit touched less than EDIT_BURST_MS ago; the summary always compares
 * with the version before the burst.
 */
export async function recordVersion(
  db: FlowbenchDb,
  doc: Workflow,
  reason: VersionReason,
  now: string,
  summary?: string,
): Promise<void> {
  const last = await latest(db, doc.id);
  const joinBurst =
    reason === 'edit' && last?.reason === 'edit' && Date.parse(now) - Date.parse(last.updatedAt) < EDIT_BURST_MS;
  const base = joinBurst ? await previous(db, doc.id, last!.seq!) : last;
  const baseDoc = base ? StoredWorkflowDocument.safeParse(base.doc) : undefined;
  const text =
    summary ??
    REASON_SUMMARY[reason] ??
    // The summary counts steps and links and names workflow changes, never an app: the built-in catalog will do.
    (baseDoc?.success ? summarizeDiff(diffWorkflows(builtInIndex, baseDoc.data, doc)) : 'Saved');
  if (joinBurst) {
    await db.workflowVersions.update(last!.seq!, { doc, updatedAt: now, summary: text });
  } else {
    await db.workflowVersions.add({ workflowId: doc.id, createdAt: now, updatedAt: now, reason, summary: text, doc, schemaVersion: 1 });
  }
}

async function previous(db: FlowbenchDb, workflowId: string, seq: number) {
  return db.workflowVersions.where('[workflowId+seq]').between([workflowId, -Infinity], [workflowId, seq]).last();
}

/**
 * Writes the "Imported" version an import left on the workflow's record
 * (importVersion, db.ts), before a write replaces or deletes the record.
 * Call inside that write's transaction (with workflowVersions in it).
 */
export async function settleImportVersions(db: FlowbenchDb, stored: readonly (WorkflowRecord | undefined)[]): Promise<void> {
  const pending = stored.filter((r): r is WorkflowRecord & { importVersion: { createdAt: string } } => r?.importVersion !== undefined);
  if (pending.length === 0) return;
  await db.workflowVersions.bulkAdd(
    pending.map((r) => {
      const { createdAt } = r.importVersion;
      return { workflowId: r.id, createdAt, updatedAt: createdAt, reason: 'import' as const, summary: REASON_SUMMARY.import!, doc: r.doc, schemaVersion: 1 as const };
    }),
  );
}

/** The versions of a workflow, newest first (an imported one unchanged since: its record); corrupt ones are reported and left out. */
export async function listVersions(
  db: FlowbenchDb,
  workflowId: string,
  onCorrupt: CorruptRecordReporter = (w, p) => console.warn(`Ignored ${w}: ${p}`),
): Promise<WorkflowVersion[]> {
  const rows = await db.workflowVersions.where('[workflowId+seq]').between([workflowId, -Infinity], [workflowId, Infinity]).reverse().toArray();
  const out: WorkflowVersion[] = [];
  // An imported workflow not changed since: its record is its "Imported" version (the oldest).
  const record = await db.workflows.get(workflowId);
  if (record?.importVersion) {
    const { createdAt } = record.importVersion;
    rows.push({ seq: 0, workflowId, createdAt, updatedAt: createdAt, reason: 'import', summary: REASON_SUMMARY.import!, doc: record.doc, schemaVersion: 1 });
  }
  for (const row of rows) {
    const parsed = StoredWorkflowDocument.safeParse(row.doc);
    if (parsed.success) {
      out.push({ seq: row.seq!, workflowId, createdAt: row.createdAt, updatedAt: row.updatedAt ?? row.createdAt, reason: row.reason, summary: row.summary, doc: parsed.data });
    } else {
      onCorrupt(`version ${row.seq} of workflow ${JSON.stringify(workflowId)}`, parsed.error.issues[0]?.message ?? 'invalid');
    }
  }
  return out;
}
