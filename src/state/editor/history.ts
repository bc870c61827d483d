/**
 * Version history of the open workflow: the stored versions (live, so a
 * save in any tab shows up) and restoring one as a new edit, which is itself
 * undoable and saved as a new version.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../storage/db';
import { listVersions, type WorkflowVersion } from '../../storage/versionRepo';
import { useDocumentStore, type DispatchResult } from './documentStore';

export type { WorkflowVersion };

/** Versions of a workflow, newest first; undefined while loading. */
export function useVersions(workflowId: string | undefined): WorkflowVersion[] | undefined {
  return useLiveQuery(() => (workflowId ? listVersions(getDb(), workflowId) : []), [workflowId]);
}

/** Restores a version's content into the open document (one undo entry). */
export function restoreVersion(version: WorkflowVersion): DispatchResult {
  const { name, description, steps, links } = version.doc;
  return useDocumentStore.getState().dispatch({ type: 'restoreContent', name, description, steps, links });
}
