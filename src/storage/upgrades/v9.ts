/**
 * Database version 9's upgrade (db.ts declares the version): the Workflows
 * page's summary of each workflow moves from the v6 `workflowIndex` table
 * onto the workflow's own record (`rank`, `search`, `words`, `summary`, `problem`;
 * db.ts WorkflowListFields), so every workflow write, an import's above all,
 * writes one IndexedDB record instead of two. A workflow without a summary (none was
 * written yet) is summarized when the database opens
 * (workflowSummaries.ts syncWorkflowIndex), as before. The `workflowIndex`
 * table is deleted by the version once this has run.
 */
import type { Transaction } from 'dexie';

/** The fields a v6–v8 summary record gives the workflow's record in v9. */
const LIST_FIELDS = ['rank', 'search', 'words', 'summary', 'problem'] as const;

export async function upgrade(tx: Transaction): Promise<void> {
  const summaries = new Map<unknown, Record<string, unknown>>();
  await tx
    .table('workflowIndex')
    .toCollection()
    .each((summary: Record<string, unknown>) => {
      summaries.set(summary.id, summary);
    });
  if (summaries.size === 0) return;
  await tx
    .table('workflows')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const summary = summaries.get(record.id);
      // A summary of another save than the record's (written by something else) is left out: the record is summarized again on open.
      if (!summary || summary.updatedAt !== record.updatedAt) return;
      for (const field of LIST_FIELDS) {
        if (summary[field] !== undefined) record[field] = summary[field];
      }
    });
}
