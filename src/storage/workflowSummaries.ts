/**
 * The workflow list as the Workflows page reads it: summaries from the v6
 * `workflowIndex` table (db.ts), a window at a time, newest first, with an
 * optional search. No workflow document is read or parsed here, and this
 * module does not load the workflow schema, so the page that lists
 * workflows stays light. The summaries are written beside every workflow
 * write (workflowSummaryWrite.ts); {@link syncWorkflowIndex} fills them for
 * workflows stored before v6, or written by something other than this app.
 */
import { z } from 'zod';
import { Activation } from '../domain/workflow/activation';
import { matchesTerms, searchTerms } from '../domain/text/searchKey';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, WorkflowSummaryRecord } from './db';
import { readListWindow } from './listWindow';
import { type CorruptRecordReporter, type UnreadableRecord, storedName } from './settingsRepo';

/** What the list shows of a workflow besides its name and save time (the record's `summary`). */
export const WorkflowSummary = z.object({
  /** The trigger step's app and trigger ids; null when the workflow has no trigger yet. */
  trigger: z.object({ app: z.string(), trigger: z.string() }).nullable(),
  activation: Activation,
  /** The apps its steps use, for the run gate ("On in 3 of 4 stores"). */
  appIds: z.array(z.string()),
});
export type WorkflowSummary = z.infer<typeof WorkflowSummary>;

/** One row of the workflow list. */
export interface WorkflowListRow extends WorkflowSummary {
  id: string;
  name: string;
  updatedAt: string;
}

/** Positions `offset` … of the (searched) list, newest first, and how many there are. */
export interface WorkflowListWindow {
  offset: number;
  /** The window's rows in order; null where a stored summary cannot be read (it keeps its place). */
  rows: (WorkflowListRow | null)[];
  /** How many workflows match the search (all of them without one). */
  total: number;
  /** How many readable workflows are stored. */
  all: number;
}

const LIST_INDEX = '[rank+search]';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

function toRow(record: WorkflowSummaryRecord, onCorrupt: CorruptRecordReporter): WorkflowListRow | null {
  const parsed = WorkflowSummary.safeParse(record.summary);
  if (parsed.success && typeof record.name === 'string' && typeof record.updatedAt === 'string') {
    return { id: record.id, name: record.name, updatedAt: record.updatedAt, ...parsed.data };
  }
  onCorrupt(`summary of workflow ${JSON.stringify(record.id)}`, parsed.success ? 'no name or save time' : formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  return null;
}

/**
 * The workflows at positions `offset` to `offset + limit - 1` of the
 * newest-first list, and how many there are, in one read transaction.
 * Without a query the window is a range of the `[rank+search]` index
 * skipped natively to the offset (no record but the window's is read).
 * With one, the index's keys alone (save time and folded name and
 * description) are scanned for every word of the query, then the window's
 * records are read by key: the scan reads no record.
 */
export async function readWorkflowWindow(
  db: FlowbenchDb,
  query: string,
  offset: number,
  limit: number,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<WorkflowListWindow> {
  const terms = searchTerms(query);
  return db.transaction('r', db.workflowIndex, async () => {
    const list = () => db.workflowIndex.orderBy(LIST_INDEX);
    let total: number;
    let all: number;
    let records: (WorkflowSummaryRecord | undefined)[];
    if (terms.length === 0) {
      total = all = await list().count();
      records = await readListWindow(list, () => list().reverse(), total, offset, limit);
    } else {
      const { matching, stored } = await matchingIds(db, terms);
      all = stored;
      total = matching.length;
      records = await db.workflowIndex.bulkGet(matching.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit)));
    }
    // One deleted between the keys and the records is left out; an unreadable one keeps its place.
    const rows = records.flatMap((r) => (r ? [toRow(r, onCorrupt)] : []));
    return { offset, rows, total, all };
  });
}

/** The ids of every workflow matching the query (all of them without one), newest first: keys only. */
export async function readWorkflowIds(db: FlowbenchDb, query: string): Promise<string[]> {
  const terms = searchTerms(query);
  return db.transaction('r', db.workflowIndex, async () => {
    if (terms.length === 0) return db.workflowIndex.orderBy(LIST_INDEX).primaryKeys();
    return (await matchingIds(db, terms)).matching;
  });
}

/** Scans the list index's keys (inside the caller's transaction): the ids whose search key holds every term, in list order. */
async function matchingIds(db: FlowbenchDb, terms: readonly string[]): Promise<{ matching: string[]; stored: number }> {
  const list = () => db.workflowIndex.orderBy(LIST_INDEX);
  const [keys, ids] = await Promise.all([list().keys(), list().primaryKeys()]);
  return { matching: ids.filter((_, i) => matchesTerms(String((keys[i] as unknown as [number, string])[1]), terms)), stored: ids.length };
}

/** Stored workflows whose document cannot be read, with why (from the `problem` index). */
export async function readUnreadableWorkflows(db: FlowbenchDb): Promise<UnreadableRecord[]> {
  const records = await db.workflowIndex.orderBy('problem').toArray();
  return records.map((r) => ({ id: r.id, name: storedName(r.name), problem: String(r.problem) }));
}

/**
 * Brings the summaries in step with the stored workflows when the database
 * opens (db.ts registers it): compares the two tables' keys (keys only: a
 * few milliseconds with thousands stored) and, only when they differ, loads
 * the writer (and the workflow schema with it) to summarize the workflows
 * without a summary and drop summaries without a workflow. That is the
 * v5 → v6 migration, and the repair after a record written by something
 * other than this app. A failure is logged and the app goes on (the list
 * then lacks those workflows until the next start).
 */
export async function syncWorkflowIndex(db: FlowbenchDb): Promise<void> {
  try {
    const [stored, indexed] = await Promise.all([db.workflows.toCollection().primaryKeys(), db.workflowIndex.toCollection().primaryKeys()]);
    const summarized = new Set(indexed);
    const present = new Set(stored);
    const missing = stored.filter((id) => !summarized.has(id));
    const stale = indexed.filter((id) => !present.has(id));
    if (missing.length === 0 && stale.length === 0) return;
    const { repairWorkflowIndex } = await import('./workflowSummaryWrite');
    await repairWorkflowIndex(db, missing, stale);
  } catch (error) {
    console.error('Could not bring the workflow list in step with the stored workflows', error);
  }
}
