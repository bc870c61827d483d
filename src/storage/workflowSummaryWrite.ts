/**
 * Writing the workflow list's summaries (the v6 `workflowIndex` table,
 * db.ts): built from a parsed document by the code that writes the
 * document, in the same transaction, so the list never disagrees with what
 * is stored. Kept apart from workflowSummaries.ts because building one needs
 * the step kinds (the trigger, the apps of the steps), which the page that
 * only reads the list does not load.
 */
import { foldForSearch, searchWords } from '../domain/text/searchKey';
import type { Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';
import { triggerOf } from '../domain/workflow/kinds/trigger';
import { StoredWorkflowDocument } from '../domain/workflow/storedWorkflow';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, WorkflowSummaryRecord } from './db';
import { storedName } from './settingsRepo';
import type { WorkflowSummary } from './workflowSummaries';

/** The list's record of a workflow saved at `updatedAt`. */
export function summaryRecord(doc: Workflow, updatedAt: string): WorkflowSummaryRecord {
  const trigger = triggerOf(doc.steps);
  const summary: WorkflowSummary = {
    trigger: trigger ? { app: trigger.app, trigger: trigger.trigger } : null,
    activation: doc.activation,
    appIds: appsOfSteps(doc.steps),
  };
  const at = Date.parse(updatedAt);
  const search = foldForSearch(`${doc.name}\n${doc.description}`);
  return {
    id: doc.id,
    name: doc.name,
    updatedAt,
    rank: Number.isFinite(at) ? -at : 0,
    search,
    words: searchWords(search),
    summary,
    schemaVersion: 1,
  };
}

/** Writes the summaries of documents just written (call inside the transaction that writes them). */
export async function putSummaries(db: FlowbenchDb, written: readonly { doc: Workflow; updatedAt: string }[]): Promise<void> {
  await db.workflowIndex.bulkPut(written.map((w) => summaryRecord(w.doc, w.updatedAt)));
}

/** Workflows read in one request while repairing. */
const REPAIR_CHUNK = 500;

/**
 * Summarizes the stored workflows `missing` (a document that cannot be read
 * gets a record with the problem, which lists it apart) and deletes the
 * summaries `stale` (their workflow is gone), in one transaction.
 */
export async function repairWorkflowIndex(db: FlowbenchDb, missing: readonly string[], stale: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.workflows, db.workflowIndex], async () => {
    await db.workflowIndex.bulkDelete([...stale]);
    for (let start = 0; start < missing.length; start += REPAIR_CHUNK) {
      const records = await db.workflows.bulkGet(missing.slice(start, start + REPAIR_CHUNK));
      const summaries: WorkflowSummaryRecord[] = [];
      for (const record of records) {
        if (!record) continue;
        const parsed = StoredWorkflowDocument.safeParse(record.doc);
        if (parsed.success) {
          summaries.push({ ...summaryRecord(parsed.data, typeof record.updatedAt === 'string' ? record.updatedAt : ''), id: record.id });
        } else {
          const problem = formatIssues(parsed.error.issues).slice(0, 3).join('; ');
          summaries.push({ id: record.id, name: storedName(record.name) ?? '', updatedAt: String(record.updatedAt), problem, schemaVersion: 1 });
        }
      }
      await db.workflowIndex.bulkPut(summaries);
    }
  });
}
