/**
 * Workflow repository: workflow documents on IndexedDB, parsed with the
 * Workflow schema on every read. A corrupt record is reported and skipped,
 * never overwritten.
 */
import { Workflow } from '../domain/workflow/document';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb } from './db';
import type { CorruptRecordReporter } from './settingsRepo';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/** Every readable workflow, newest first. */
export async function readWorkflows(db: FlowbenchDb, onCorrupt: CorruptRecordReporter = warn): Promise<Workflow[]> {
  const records = await db.workflows.orderBy('updatedAt').reverse().toArray();
  const out: Workflow[] = [];
  for (const record of records) {
    const parsed = Workflow.safeParse(record.doc);
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
  const parsed = Workflow.safeParse(record.doc);
  if (parsed.success) return parsed.data;
  onCorrupt(`workflow ${JSON.stringify(id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  return undefined;
}

/** Validates and writes workflow documents in one transaction. Throws (writing nothing) if one is invalid. */
export async function writeWorkflowDocs(db: FlowbenchDb, docs: readonly Workflow[], now = new Date().toISOString()) {
  const records = docs.map((doc) => {
    const parsed = Workflow.safeParse(doc);
    if (!parsed.success) {
      throw new Error(`Workflow "${doc.name}" not saved: ${formatIssues(parsed.error.issues).join('; ')}`);
    }
    return { id: doc.id, name: doc.name, updatedAt: now, doc: parsed.data, schemaVersion: 1 as const };
  });
  await db.workflows.bulkPut(records);
}

export async function deleteWorkflow(db: FlowbenchDb, id: string): Promise<void> {
  await db.workflows.delete(id);
}
