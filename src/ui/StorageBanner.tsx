/**
 * A banner for storage failures: what happened and what to do. It also
 * covers a failed save of the open workflow, which stays in memory.
 */
import { useSaveStatus } from '../state/editor/session';
import { useStorageHealth } from '../state/storageHealth';

export function StorageBanner() {
  const problem = useStorageHealth((s) => s.problem);
  const saveStatus = useSaveStatus((s) => s.status);
  const saveError = useSaveStatus((s) => s.error);
  if (!problem && saveStatus !== 'failed') return null;
  return (
    <div role="alert" className="storage-banner">
      {problem ? (
        <>
          <strong>{problem.title}.</strong> {problem.detail}
          {problem.reload && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </>
      ) : (
        <>
          <strong>Your last change was not saved.</strong> {saveError} Your work is still open in this tab; keep the tab
          open and export the workflow to keep a copy.
        </>
      )}
    </div>
  );
}
