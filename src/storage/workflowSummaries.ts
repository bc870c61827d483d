/**
 * The workflow list as the Workflows page reads it: the list's fields of
 * each workflow's record (db.ts WorkflowListFields, v9), a window at a time
 * from the `[rank+search]` index, newest first, with an optional search. No
 * workflow document is parsed here, and this module does not load the
 * workflow schema, so the page that lists workflows stays light. The fields
 * are written by every workflow write (workflowSummaryWrite.ts);
 * {@link syncWorkflowIndex} fills them for workflows stored without them
 * (before v6, or by something other than this app).
 */
import { z } from 'zod';
import { Activation } from '../domain/workflow/activation';
import { matchesTerms, searchTerms, searchWords } from '../domain/text/searchKey';
import type { FlowbenchDb, WorkflowRecord } from './db';
import { LOOKUP_LIMIT, readCommonWords } from './commonWords';
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

/** A stored summary the list cannot read: where, and why (zod's issues, worded once the read is done). */
interface Unread {
  where: string;
  problem: string | z.core.$ZodIssue[];
}

function toRow(record: WorkflowRecord, unread: Unread[]): WorkflowListRow | null {
  const parsed = WorkflowSummary.safeParse(record.summary);
  if (parsed.success && typeof record.name === 'string' && typeof record.updatedAt === 'string') {
    return { id: record.id, name: record.name, updatedAt: record.updatedAt, ...parsed.data };
  }
  unread.push({ where: `summary of workflow ${JSON.stringify(record.id)}`, problem: parsed.success ? 'no name or save time' : parsed.error.issues });
  return null;
}

/**
 * Reports the summaries the read could not use. The words of zod's issues
 * (domain/zodIssues.ts) load only then: the list's usual read never needs
 * them, so the first page goes without. Called after the read's transaction
 * (awaiting a module inside it would end it), before the window is returned.
 */
async function reportUnread(unread: readonly Unread[], onCorrupt: CorruptRecordReporter): Promise<void> {
  if (unread.length === 0) return;
  const { formatIssues } = await import('../domain/zodIssues');
  for (const { where, problem } of unread) onCorrupt(where, typeof problem === 'string' ? problem : formatIssues(problem).slice(0, 3).join('; '));
}

/**
 * The workflows at positions `offset` to `offset + limit - 1` of the
 * newest-first list, and how many there are, in one read transaction.
 * Without a query the window is a range of the `[rank+search]` index
 * skipped natively to the offset (no record but the window's is read).
 * With one, the matching ids are found from the `words` index (see
 * matchingIds), then the window's records are read by key.
 */
export async function readWorkflowWindow(
  db: FlowbenchDb,
  query: string,
  offset: number,
  limit: number,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<WorkflowListWindow> {
  const terms = searchTerms(query);
  const unread: Unread[] = [];
  const read = await db.transaction('r', [db.workflows, db.settings], async () => {
    const list = () => db.workflows.orderBy(LIST_INDEX);
    let total: number;
    let all: number;
    let records: (WorkflowRecord | undefined)[];
    if (terms.length === 0) {
      total = all = await list().count();
      records = await readListWindow(list, () => list().reverse(), total, offset, limit);
    } else {
      const { matching, stored } = await matchingIds(db, terms);
      all = stored;
      total = matching.length;
      records = await db.workflows.bulkGet(matching.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit)));
    }
    // One deleted between the keys and the records is left out; an unreadable one keeps its place.
    const rows = records.flatMap((r) => (r ? [toRow(r, unread)] : []));
    return { offset, rows, total, all };
  });
  await reportUnread(unread, onCorrupt);
  return read;
}

/** The ids of every workflow matching the query (all of them without one), newest first: keys only. */
export async function readWorkflowIds(db: FlowbenchDb, query: string): Promise<string[]> {
  const terms = searchTerms(query);
  return db.transaction('r', [db.workflows, db.settings], async () => {
    if (terms.length === 0) return db.workflows.orderBy(LIST_INDEX).primaryKeys();
    return (await matchingIds(db, terms)).matching;
  });
}


/**
 * The ids of the workflows matching every term, in list order (inside the
 * caller's transaction). The `words` index counts, for each term, the
 * workflows with a word it begins (counting is done by IndexedDB over
 * index keys); the rarest term's records are read and checked for the
 * others, so a search for something specific costs what it finds, not
 * what is stored. A term too common for that scans the list index's keys
 * (save time and search key, no record) and checks each; so does a term
 * that begins a word an import left out of the words index because more
 * than LOOKUP_LIMIT workflows of its file held it (commonWords.ts): its
 * count there is incomplete. (Without the
 * words index, v9's first try, every search scanned: workflows-scale 1.97,
 * docs/benchmarks.md "import-10k, third pass".)
 */
async function matchingIds(db: FlowbenchDb, terms: readonly string[]): Promise<{ matching: string[]; stored: number }> {
  const list = () => db.workflows.orderBy(LIST_INDEX);
  const [stored, common, ...counts] = await Promise.all([
    list().count(),
    readCommonWords(db),
    ...terms.map((term) => db.workflows.where('words').startsWith(term).count()),
  ]);
  const tooCommon = (term: string) => common === undefined || common.some((word) => word.startsWith(term));
  // A term counted by an incomplete index is counted as too common: it never picks the records to read.
  const usable = counts.map((count, i) => (tooCommon(terms[i]!) ? Infinity : count));
  const fewest = Math.min(...usable);
  if (fewest === 0) return { matching: [], stored };
  if (fewest <= LOOKUP_LIMIT) {
    const rarest = terms[usable.indexOf(fewest)]!;
    const ids = [...new Set(await db.workflows.where('words').startsWith(rarest).primaryKeys())];
    const hits = (await db.workflows.bulkGet(ids)).filter(
      (r): r is WorkflowRecord & { rank: number; search: string } =>
        r !== undefined && typeof r.rank === 'number' && typeof r.search === 'string' && matchesTerms(searchWords(r.search), terms),
    );
    // The list index's order: save time (rank), then search key, then id.
    hits.sort((a, b) => a.rank - b.rank || compare(a.search, b.search) || compare(a.id, b.id));
    return { matching: hits.map((r) => r.id), stored };
  }
  const [keys, ids] = await Promise.all([list().keys(), list().primaryKeys()]);
  const matching = ids.filter((_, i) => matchesTerms(searchWords(String((keys[i] as unknown as [number, string])[1])), terms));
  return { matching, stored };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


/** Stored workflows whose document cannot be read, with why (from the `problem` index). */
export async function readUnreadableWorkflows(db: FlowbenchDb): Promise<UnreadableRecord[]> {
  const records = await db.workflows.orderBy('problem').toArray();
  return records.map((r) => ({ id: r.id, name: storedName(r.name), problem: String(r.problem) }));
}

/**
 * Gives the list's fields to the stored workflows without them when the
 * database opens (db.ts registers it): compares how many workflows are
 * stored with how many the list's two indexes hold (`[rank+search]` and
 * `problem`; IndexedDB counts without reading), and when they differ finds
 * the others by their keys (keys only) and loads the writer (and the
 * workflow schema with it) to summarize them. That is the migration of
 * workflows stored before v6 (and of any whose summary v9's upgrade could
 * not take over), and the repair after a record written by something other
 * than this app. A failure is logged and the app goes on (the list then
 * lacks those workflows until the next start).
 */
export async function syncWorkflowIndex(db: FlowbenchDb): Promise<void> {
  try {
    const [storedCount, listedCount, problemCount] = await Promise.all([db.workflows.count(), db.workflows.orderBy(LIST_INDEX).count(), db.workflows.orderBy('problem').count()]);
    if (storedCount === listedCount + problemCount) return;
    const [stored, listed, unreadable] = await Promise.all([
      db.workflows.toCollection().primaryKeys(),
      db.workflows.orderBy(LIST_INDEX).primaryKeys(),
      db.workflows.orderBy('problem').primaryKeys(),
    ]);
    const indexed = new Set([...listed, ...unreadable]);
    const missing = stored.filter((id) => !indexed.has(id));
    if (missing.length === 0) return;
    const { repairWorkflowIndex } = await import('./workflowSummaryWrite');
    await repairWorkflowIndex(db, missing);
  } catch (error) {
    console.error('Could not bring the workflow list in step with the stored workflows', error);
  }
}
