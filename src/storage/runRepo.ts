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
 * Records are stored split (v7, domain/runs/storedRun.ts): the workflow
 * version a run used and the store objects its trigger read are rows of
 * `runWorkflows` and `runObjects`, written once per content and referenced;
 * every read joins them back in the same transaction, so readers get the
 * record the engine made. Records stored whole (before v7) read as they are.
 *
 * The run history is read a window at a time ({@link readRunWindow}): the
 * v5 compound indexes `[startedAt+seq]` and `[<field>+startedAt+seq]` hold
 * the list's whole order, so a window is one index range skipped to its
 * offset (from whichever end is nearer) and only its rows are read and
 * parsed; the total is the range's count. Nothing reads the whole history.
 */
import Dexie, { type Collection } from 'dexie';
import { RunRecordSchema, type ParsedRunRecord, type ParsedSandboxRow } from '../domain/runs/records';
import { joinRun, refsOf, splitRun } from '../domain/runs/storedRun';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, RunObjectRow, RunRow, RunWorkflowRow } from './db';
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

function toRow(run: ParsedRunRecord, record: unknown): RunRow {
  return {
    id: run.id,
    workflowId: run.workflowId,
    storeId: run.storeId,
    status: run.status,
    startedAt: run.startedAt,
    resumeAt: run.status === 'waiting' ? (run.resumeAt ?? '') : '',
    seq: nextSeq(),
    record,
    schemaVersion: 2,
  };
}

/** The tables a run record is read from (the runs and the parts they reference). */
const runTables = (db: FlowbenchDb) => [db.runs, db.runWorkflows, db.runObjects];

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
  const rows: RunRow[] = [];
  const workflows = new Map<string, RunWorkflowRow>();
  const objects = new Map<string, RunObjectRow>();
  for (const run of runs) {
    const split = splitRun(run);
    rows.push(toRow(run, split.record));
    if (split.workflow && !workflows.has(split.workflow.key)) {
      workflows.set(split.workflow.key, { key: split.workflow.key, workflowId: split.workflow.workflowId, doc: split.workflow.value, schemaVersion: 1 });
    }
    for (const o of split.objects) if (!objects.has(o.key)) objects.set(o.key, { key: o.key, value: o.value, schemaVersion: 1 });
  }
  const written = await db.transaction('rw', [...runTables(db), db.sandbox], async () => {
    const known = await knownParts(db);
    const newWorkflows = [...workflows.values()].filter((w) => !known.keys.has(w.key));
    const newObjects = [...objects.values()].filter((o) => !known.keys.has(o.key));
    if (newWorkflows.length > 0) await db.runWorkflows.bulkPut(newWorkflows);
    if (newObjects.length > 0) await db.runObjects.bulkPut(newObjects);
    if (rows.length > 0) await db.runs.bulkPut(rows);
    if (sandboxRows.length > 0) await db.sandbox.bulkPut(sandboxRows.map((r) => sandboxRow(r, now)));
    return { known, parts: [...newWorkflows, ...newObjects] };
  });
  // Remembered once the transaction committed (a failed one stored none of them).
  for (const part of written.parts) written.known.keys.add(part.key);
}

/** The key of the row marking the parts tables' generation (content keys always have a name before their '#'). */
const GENERATION_KEY = '#generation';
/** Most part keys remembered per database before the memory starts again. */
const KNOWN_MAX = 100_000;

interface KnownParts {
  generation: string;
  keys: Set<string>;
}
const knownByDb = new WeakMap<FlowbenchDb, KnownParts>();

/**
 * The part keys this page knows are stored, so a batch writes only new parts (a store's
 * customers and products recur in run after run). Call inside a rw transaction over
 * {@link runTables}. The memory is only trusted while the parts have not been cleared since
 * (a demo reset, in any tab): a clear removes the generation row, and the first batch after
 * it finds none, writes a new one and forgets what it knew; a different generation than the
 * one remembered means the same. One small read per batch.
 */
async function knownParts(db: FlowbenchDb): Promise<KnownParts> {
  const marker = await db.runObjects.get(GENERATION_KEY);
  let known = knownByDb.get(db);
  const generation = typeof marker?.value === 'string' ? marker.value : undefined;
  if (!known || generation === undefined || known.generation !== generation || known.keys.size > KNOWN_MAX) {
    const fresh = generation ?? `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
    if (generation === undefined) await db.runObjects.put({ key: GENERATION_KEY, value: fresh, schemaVersion: 1 });
    known = { generation: fresh, keys: new Set() };
    knownByDb.set(db, known);
  }
  return known;
}

/**
 * The rows' records joined with the parts they reference and parsed, in order; undefined for
 * one that cannot be read (reported). Call inside a transaction over {@link runTables}.
 */
async function parseRows(db: FlowbenchDb, rows: readonly RunRow[], onCorrupt: CorruptRecordReporter): Promise<(ParsedRunRecord | undefined)[]> {
  const workflowKeys = new Set<string>();
  const objectKeys = new Set<string>();
  for (const row of rows) {
    const refs = refsOf(row.record);
    if (refs.workflow !== undefined) workflowKeys.add(refs.workflow);
    for (const key of refs.objects) objectKeys.add(key);
  }
  const [workflowRows, objectRows] = await Promise.all([
    workflowKeys.size > 0 ? db.runWorkflows.bulkGet([...workflowKeys]) : [],
    objectKeys.size > 0 ? db.runObjects.bulkGet([...objectKeys]) : [],
  ]);
  const workflows = new Map<string, unknown>();
  for (const w of workflowRows) if (w) workflows.set(w.key, w.doc);
  const objects = new Map<string, unknown>();
  for (const o of objectRows) if (o) objects.set(o.key, o.value);
  return rows.map((row) => {
    const joined = joinRun(row.record, workflows, objects);
    if ('problem' in joined) {
      onCorrupt(`run ${JSON.stringify(row.id)}`, joined.problem);
      return undefined;
    }
    const parsed = RunRecordSchema.safeParse(joined.record);
    if (parsed.success) return parsed.data;
    onCorrupt(`run ${JSON.stringify(row.id)}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
    return undefined;
  });
}

/** One run; undefined when it is not stored or cannot be read. */
export async function readRun(db: FlowbenchDb, id: string, onCorrupt: CorruptRecordReporter = warn): Promise<ParsedRunRecord | undefined> {
  return db.transaction('r', runTables(db), async () => {
    const row = await db.runs.get(id);
    return row && (await parseRows(db, [row], onCorrupt))[0];
  });
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
  return db.transaction('r', runTables(db), async () => {
    // The v5 compound indexes hold the whole order (start, then write order): the equality
    // filter's own index when there is one (the other criteria checked on its rows), else
    // [startedAt+seq] walked from the newest for `limit` rows.
    let rows: RunRow[];
    const equality = (['workflowId', 'storeId', 'status'] as const).find((k) => filter[k] !== undefined);
    if (equality) {
      rows = await db.runs
        .where(`[${equality}+startedAt+seq]`)
        .between([filter[equality]!, from, Dexie.minKey], [filter[equality]!, to, Dexie.maxKey], true, true)
        .filter(matches)
        .toArray();
    } else {
      rows = await db.runs.where('[startedAt+seq]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true).reverse().limit(limit).toArray();
    }
    rows.sort(newestFirst);
    const out: ParsedRunRecord[] = [];
    // Parsed a limit's worth at a time: only the rows returned (and the unreadable ones before them).
    for (let i = 0; i < rows.length && out.length < limit; ) {
      const chunk = rows.slice(i, i + limit - out.length);
      i += chunk.length;
      for (const run of await parseRows(db, chunk, onCorrupt)) if (run) out.push(run);
    }
    return out;
  });
}

/** Waiting runs that resume at or before `until`, earliest first. */
export async function readDueRuns(db: FlowbenchDb, until: string, onCorrupt: CorruptRecordReporter = warn): Promise<ParsedRunRecord[]> {
  const runs = await db.transaction('r', runTables(db), async () =>
    parseRows(db, await db.runs.where('resumeAt').between('', until, false, true).toArray(), onCorrupt),
  );
  return runs
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
  return db.transaction('r', runTables(db), async () => {
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
    const present = rows.filter((row): row is RunRow => row !== undefined);
    const runs = (await parseRows(db, present, onCorrupt)).map((run) => run ?? null);
    return { offset, runs, total };
  });
}
