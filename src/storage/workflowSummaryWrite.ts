/**
 * Writing the workflow list's fields (db.ts WorkflowListFields, on each
 * workflow's record since v9): built from a parsed document by the code
 * that writes the document, into the same record, so the list never
 * disagrees with what is stored. Kept apart from workflowSummaries.ts
 * because building them needs the step kinds (the trigger, the apps of the
 * steps), which the page that only reads the list does not load.
 */
import { foldForSearch, foldedWords, searchWords } from '../domain/text/searchKey';
import type { Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';
import { triggerOf } from '../domain/workflow/kinds/trigger';
import { StoredWorkflowDocument } from '../domain/workflow/storedWorkflow';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, WorkflowListFields, WorkflowRecord } from './db';
import type { WorkflowSummary } from './workflowSummaries';

/**
 * The list's fields of a workflow saved at `updatedAt` (spread into its record). `leaveOut`: words
 * kept out of `words` because the stored list of common words holds them (commonWords.ts; an import).
 */
export function listFields(doc: Workflow, updatedAt: string, leaveOut?: ReadonlySet<string>): Required<Omit<WorkflowListFields, 'problem'>> {
  const trigger = triggerOf(doc.steps);
  const summary: WorkflowSummary = {
    trigger: trigger ? { app: trigger.app, trigger: trigger.trigger } : null,
    activation: doc.activation,
    appIds: appsOfSteps(doc.steps),
  };
  const at = Date.parse(updatedAt);
  const search = foldForSearch(`${doc.name}\n${doc.description}`);
  const words = foldedWords(search);
  return { rank: Number.isFinite(at) ? -at : 0, search, words: leaveOut && leaveOut.size > 0 ? words.filter((w) => !leaveOut.has(w)) : words, summary };
}

/** The search words of a workflow's name and description, as its record's `words` holds them (before any is left out). */
export function workflowWords(name: string, description: string): string[] {
  return searchWords(`${name}\n${description}`);
}

/** A workflow's record as every write stores it: the document with the list's fields. */
export function workflowRecord(doc: Workflow, updatedAt: string, revision: number, leaveOut?: ReadonlySet<string>): WorkflowRecord & { doc: Workflow } {
  return { id: doc.id, name: doc.name, updatedAt, revision, doc, schemaVersion: 1, ...listFields(doc, updatedAt, leaveOut) };
}

/** Workflows read in one request while repairing. */
const REPAIR_CHUNK = 500;

/**
 * Gives the stored workflows `ids` their list fields (a document that cannot
 * be read gets its `problem` instead, which lists it apart), in one
 * transaction. Records are rewritten as they are, with those fields added:
 * their revision, save time and any pending "Imported" version stay.
 */
export async function repairWorkflowIndex(db: FlowbenchDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.workflows, async () => {
    for (let start = 0; start < ids.length; start += REPAIR_CHUNK) {
      const records = await db.workflows.bulkGet(ids.slice(start, start + REPAIR_CHUNK));
      const repaired: WorkflowRecord[] = [];
      for (const record of records) {
        if (!record) continue;
        const { rank: _rank, search: _search, words: _words, summary: _summary, problem: _problem, ...rest } = record;
        const parsed = StoredWorkflowDocument.safeParse(record.doc);
        if (parsed.success) {
          repaired.push({ ...rest, ...listFields(parsed.data, typeof record.updatedAt === 'string' ? record.updatedAt : '') });
        } else {
          repaired.push({ ...rest, problem: formatIssues(parsed.error.issues).slice(0, 3).join('; ') });
        }
      }
      await db.workflows.bulkPut(repaired);
    }
  });
}
