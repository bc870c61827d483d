/**
 * Version history of the open workflow: the stored versions (live, so a
 * save in any tab shows up) and restoring one as a new edit, which is itself
 * undoable and saved as a new version.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../storage/db';
import { listVersions, type WorkflowVersion } from '../../storage/versionRepo';
import type { DispatchResult } from './documentStore';
import type { EditorSession } from './session';

export type { WorkflowVersion };

/** Versions of a workflow, newest first; undefined while loading. */
export function useVersions(workflowId: string | undefined): WorkflowVersion[] | undefined {
  return useLiveQuery(() => (workflowId ? listVersions(getDb(), workflowId) : []), [workflowId]);
}

/** Restores a version's content into the open document (one undo entry). */
export function restoreVersion(session: EditorSession, version: WorkflowVersion): DispatchResult {
  const { name, description, steps, links, notes } = version.doc;
  return session.document.getState().dispatch({ type: 'restoreContent', name, description, steps, links, notes });
}
