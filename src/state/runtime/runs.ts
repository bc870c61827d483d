/**
 * Run history for the UI: live lists and single runs from IndexedDB (table
 * `runs`), newest first. The reads are plain async functions (tested
 * directly) wrapped in Dexie live queries.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RunRecord } from '../../engine/types';
import { getDb } from '../../storage/db';
import { DEFAULT_RUN_LIMIT, type RunFilter, type RunWindow, queryRuns, readRun, readRunWindow } from '../../storage/runRepo';

export type { RunFilter, RunWindow } from '../../storage/runRepo';

/** A filter time as canonical ISO (so "2026-03-02" and other forms compare right with stored times). */
function canonical(time: string | undefined): string | undefined {
  if (time === undefined || time === '') return undefined;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The filter as storage takes it: empty values left out, times canonical. */
function cleanFilter(filter: RunFilter): RunFilter {
  const clean: RunFilter = {
    ...(filter.workflowId ? { workflowId: filter.workflowId } : {}),
    ...(filter.storeId ? { storeId: filter.storeId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const from = canonical(filter.from);
  const to = canonical(filter.to);
  if (from) clean.from = from;
  if (to) clean.to = to;
  return clean;
}

/** Runs matching the filter, newest first, at most `limit`. */
export function readRuns(filter: RunFilter, limit = DEFAULT_RUN_LIMIT): Promise<RunRecord[]> {
  return queryRuns(getDb(), cleanFilter(filter), limit);
}

/**
 * Live: the runs at positions `offset` … `offset + limit - 1` of the filtered
 * history (newest first) and how many match; undefined while loading. Only
 * the window is read (storage/runRepo.ts readRunWindow), so its cost does not
 * grow with the history.
 */
export function useRunWindow(filter: RunFilter, offset: number, limit: number): RunWindow | undefined {
  const { workflowId, storeId, status, from, to } = filter;
  return useLiveQuery(
    () => readRunWindow(getDb(), cleanFilter({ workflowId, storeId, status, from, to }), offset, limit),
    [workflowId, storeId, status, from, to, offset, limit],
  );
}

/** Live: runs matching the filter, newest first; undefined while loading. */
export function useRuns(filter: RunFilter, limit = DEFAULT_RUN_LIMIT): RunRecord[] | undefined {
  const { workflowId, storeId, status, from, to } = filter;
  return useLiveQuery(() => readRuns({ workflowId, storeId, status, from, to }, limit), [workflowId, storeId, status, from, to, limit]);
}

/** Live: one run; null when there is no such run (or it cannot be read), undefined while loading. */
export function useRun(id: string): RunRecord | null | undefined {
  return useLiveQuery(async () => (await readRun(getDb(), id)) ?? null, [id]);
}
