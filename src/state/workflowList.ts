/**
 * The workflow list as the Workflows page reads it: a live window of
 * summaries (storage/workflowSummaries.ts), never whole documents, so
 * opening the page and searching cost about the same with a hundred
 * workflows or ten thousand. This module loads neither the workflow schema
 * nor the step kinds.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../storage/db';
import type { UnreadableRecord } from '../storage/settingsRepo';
import { type WorkflowListWindow, readUnreadableWorkflows, readWorkflowIds, readWorkflowWindow } from '../storage/workflowSummaries';

export type { WorkflowListRow, WorkflowListWindow } from '../storage/workflowSummaries';

/** Live: the rows at `offset` … `offset + limit - 1` of the list searched for `query` (newest first), with the counts; undefined while loading. */
export function useWorkflowWindow(query: string, offset: number, limit: number): WorkflowListWindow | undefined {
  return useLiveQuery(() => readWorkflowWindow(getDb(), query, offset, limit), [query, offset, limit]);
}

/** Live: the ids of every stored workflow and of those matching `query` (keys only), while `active`; else undefined. */
export function useWorkflowIds(query: string, active: boolean): { all: string[]; matching: string[] } | undefined {
  return useLiveQuery(async () => {
    if (!active) return undefined;
    const db = getDb();
    const [all, matching] = await Promise.all([readWorkflowIds(db, ''), query.trim() === '' ? undefined : readWorkflowIds(db, query)]);
    return { all, matching: matching ?? all };
  }, [query, active]);
}

/** The ids of the workflows matching `query` (all without one), newest first. */
export function readMatchingWorkflowIds(query: string): Promise<string[]> {
  return readWorkflowIds(getDb(), query);
}

/** Live: a stored workflow's name from its record (the document is not parsed); null when there is none, undefined while loading. */
export function useWorkflowName(id: string | undefined): string | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : ((await getDb().workflows.get(id))?.name ?? null)), [id]);
}

/** Live: stored workflows whose document cannot be read, with why. */
export function useUnreadableWorkflows(): UnreadableRecord[] | undefined {
  return useLiveQuery(() => readUnreadableWorkflows(getDb()));
}
