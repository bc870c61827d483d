/**
 * Run repository: run records on IndexedDB (table `runs`), parsed with the
 * domain's RunRecordSchema on every read; a corrupt record is reported and
 * skipped, never overwritten on read.
 *
 * Writes come in batches: {@link writeRunBatch} puts many finished runs and
 * the sandbox rows they changed in ONE transaction (the runtime buffers the
 * engine's replies and flushes every 100 runs or 200 ms), so a bulk fire of
 * thousands of events costs tens of transactions, not thousands.
 *
 * Row fields mirror the record for the indexes: `resumeAt` is the time a
 * waiting run resumes and '' otherwise, so "waiting runs due by T" is an
 * index range. `seq` orders runs that started at the same simulated instant.
 *
 * The run history is read a window at a time ({@link readRunWindow}): the
 * v5 compound indexes `[startedAt+seq]` and `[<field>+startedAt+seq]` hold
 * the list's whole order, so a window is one index range skipped to its
 * offset (from whichever end is nearer) and only its rows are read and
 * parsed; the total is the range's count. Nothing reads the whole history.
 */
import Dexie, { type Collection } from 'dexie';
import { RunRecordSchema, type ParsedRunRecord, type ParsedSandboxRow } from '../domain/runs/records';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, RunRow } from './db';
import type { CorruptRecordReporter } from './settingsRepo';
import { readListWindow } from './listWindow';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/** Which runs to list; every given criterion must hold. Times are ISO, inclusive. */
export interface RunFilter {
  workflowId?: string;
  storeId?: string;
  status?: ParsedRunRecord['status'];
  /** Started at or after (simulated time). */
  from?: string;
  /** Started at or before (simulated time). */
  to?: string;
}

/** Most runs one list returns when no limit is given. */
export const DEFAULT_RUN_LIMIT = 200;

let lastSeq = 0;
/** Increasing write order, unique within this page (real milliseconds × 1000 + a counter). */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

function toRow(run: ParsedRunRecord): RunRow {
  return {
    id: run.id,
    workflowId: run.workflowId,
    storeId: run.storeId,
    status: run.status,
    startedAt: run.startedAt,
    resumeAt: run.status === 'waiting' ? (run.resumeAt ?? '') : '',
    seq: nextSeq(),
    record: run,
    schemaVersion: 1,
  };
}

function sandboxRow(row: ParsedSandboxRow, updatedAt: string) {
  return { ...row, updatedAt, schemaVersion: 1 as const };
}

/**
 * Writes finished (or waiting) runs and the sandbox rows they changed in one
 * transaction: either all of it is stored or none. A run with an id already
 * stored replaces it (a waiting run that resumed).
 */
export async function writeRunBatch(
  db: FlowbenchDb,
  runs: readonly ParsedRunRecord[],
  sandboxRows: readonly ParsedSandboxRow[] = [],
  now = new Date().toISOString(),
): Promise<void> {
  if (runs.length === 0 && sandboxRows.length === 0) return;
  await db.transaction('rw', [db.runs, db.sandbox], async () => {
    if (runs.length > 0) await db.runs.bulkPut(runs.map(toRow));
    if (sandboxRows.length > 0) await db.sandbox.bulkPut(sandboxRows.map((r) => sandboxRow(r, now)));
  });
}

function parseRow(row: RunRow, onCorrupt: CorruptRecordReporter): ParsedRunRecord | undefined {
  const parsed = RunRecordSchema.safeParse(row.record);
  if (parsed.success) return parsed.data;
  onCorrupt(`run ${JSON.stringify(row.id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  return undefined;
}

/** One run; undefined when it is not stored or cannot be read. */
export async function readRun(db: FlowbenchDb, id: string, onCorrupt: CorruptRecordReporter = warn): Promise<ParsedRunRecord | undefined> {
  const row = await db.runs.get(id);
  return row && parseRow(row, onCorrupt);
}

const newestFirst = (a: RunRow, b: RunRow) => b.startedAt.localeCompare(a.startedAt) || (b.seq ?? 0) - (a.seq ?? 0) || b.id.localeCompare(a.id);

/**
 * Runs matching the filter, newest first (by simulated start, then by write
 * order), at most `limit`. Only the rows returned are parsed.
 */
export async function queryRuns(
  db: FlowbenchDb,
  filter: RunFilter = {},
  limit = DEFAULT_RUN_LIMIT,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<ParsedRunRecord[]> {
  const from = filter.from ?? '';
  const to = filter.to ?? '\uffff';
  const matches = (r: RunRow) =>
    (filter.workflowId === undefined || r.workflowId === filter.workflowId) &&
    (filter.storeId === undefined || r.storeId === filter.storeId) &&
    (filter.status === undefined || r.status === filter.status) &&
    r.startedAt >= from &&
    r.startedAt <= to;
  let rows: RunRow[];
  const equality = (['workflowId', 'storeId', 'status'] as const).find((k) => filter[k] !== undefined);
  if (equality) {
    rows = await db.runs.where(equality).equals(filter[equality]!).filter(matches).toArray();
  } else {
    // Walk the startedAt index from the newest; then take every run tied with
    // the last one, as ties are ordered by `seq`, which is not indexed.
    rows = await db.runs.where('startedAt').between(from, to, true, true).reverse().limit(limit).toArray();
    const last = rows.at(-1);
    if (rows.length === limit && last) {
      const seen = new Set(rows.map((r) => r.id));
      for (const tie of await db.runs.where('startedAt').equals(last.startedAt).toArray()) if (!seen.has(tie.id)) rows.push(tie);
    }
  }
  rows.sort(newestFirst);
  const out: ParsedRunRecord[] = [];
  for (const row of rows) {
    if (out.length >= limit) break;
    const run = parseRow(row, onCorrupt);
    if (run) out.push(run);
  }
  return out;
}

/** Waiting runs that resume at or before `until`, earliest first. */
export async function readDueRuns(db: FlowbenchDb, until: string, onCorrupt: CorruptRecordReporter = warn): Promise<ParsedRunRecord[]> {
  const rows = await db.runs.where('resumeAt').between('', until, false, true).toArray();
  return rows
    .map((row) => parseRow(row, onCorrupt))
    .filter((r): r is ParsedRunRecord => r !== undefined && r.status === 'waiting')
    .sort((a, b) => (a.resumeAt ?? '').localeCompare(b.resumeAt ?? '') || a.id.localeCompare(b.id));
}

/**
 * The waiting run that resumes first, after `after` (exclusive), leaving out
 * the runs `skip` names: its id and resume time (read from the index, not
 * parsed); undefined when none waits.
 */
export async function nextWaiting(
  db: FlowbenchDb,
  after = '',
  skip: (row: { id: string; resumeAt: string }) => boolean = () => false,
): Promise<{ id: string; resumeAt: string } | undefined> {
  const row = await db.runs
    .where('resumeAt')
    .above(after)
    .filter((r) => !skip(r))
    .first();
  return row && row.resumeAt ? { id: row.id, resumeAt: row.resumeAt } : undefined;
}

/** A window of the run history: the runs at `offset`, `offset + 1`, ... of the filtered list, newest first, and its length. */
export interface RunWindow {
  offset: number;
  /** The window's runs in order; null where a stored run cannot be read (it keeps its place, reported). */
  runs: (ParsedRunRecord | null)[];
  /** How many runs match the filter. */
  total: number;
}

const EQUALITIES = ['workflowId', 'storeId', 'status'] as const;

/**
 * The runs matching `filter` at positions `offset` to `offset + limit - 1`
 * of the newest-first list, with the number of matching runs, read in one
 * transaction (so the window and the total agree).
 *
 * With at most one of workflow, store and status, the window is a range of
 * one compound index walked from the nearer end and skipped natively to the
 * offset: its cost depends on the window, not on the history (the skip and
 * the count are done by IndexedDB over index keys, no record is read).
 * With two or more, the ordered primary keys of the first one's range are
 * kept where the others' ranges hold them too (keys only), then the window's
 * records are read by key.
 */
export async function readRunWindow(
  db: FlowbenchDb,
  filter: RunFilter,
  offset: number,
  limit: number,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<RunWindow> {
  const from = filter.from ?? '';
  const to = filter.to ?? '\uffff';
  const given = EQUALITIES.filter((k) => filter[k] !== undefined);
  const range = (key?: (typeof EQUALITIES)[number]): Collection<RunRow, string> =>
    key === undefined
      ? db.runs.where('[startedAt+seq]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true)
      : db.runs.where(`[${key}+startedAt+seq]`).between([filter[key]!, from, Dexie.minKey], [filter[key]!, to, Dexie.maxKey], true, true);
  return db.transaction('r', db.runs, async () => {
    let total: number;
    let rows: (RunRow | undefined)[];
    if (given.length <= 1) {
      total = await range(given[0]).count();
      rows = await readListWindow(() => range(given[0]).reverse(), () => range(given[0]), total, offset, limit);
    } else {
      const [first, ...rest] = given;
      const others = await Promise.all(rest.map(async (key) => new Set(await range(key).primaryKeys())));
      const keys = (await range(first).reverse().primaryKeys()).filter((id) => others.every((set) => set.has(id)));
      total = keys.length;
      rows = await db.runs.bulkGet(keys.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit)));
    }
    // A run deleted between the keys and the records is left out; an unreadable one keeps its place.
    const runs = rows.flatMap((row) => (row ? [parseRow(row, onCorrupt) ?? null] : []));
    return { offset, runs, total };
  });
}
