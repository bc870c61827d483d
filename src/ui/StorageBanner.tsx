/**
 * A banner for storage failures: what happened and what to do. It also
 * covers a failed save of the open workflow, which stays in memory: "Export
 * this workflow" downloads the document as it is in memory, so the work can
 * be kept (and imported again later) even when nothing can be written.
 */
import { useDocumentStore } from '../state/editor/documentStore';
import { useSaveStatus } from '../state/editor/session';
import { useStorageHealth } from '../state/storageHealth';
import { downloadText, exportDocument } from '../state/transfer';

export function StorageBanner() {
  const problem = useStorageHealth((s) => s.problem);
  const saveStatus = useSaveStatus((s) => s.status);
  const saveError = useSaveStatus((s) => s.error);
  const workflowOpen = useDocumentStore((s) => s.doc !== undefined);
  if (!problem && saveStatus !== 'failed') return null;

  const exportOpen = () => {
    // Read at click time: the newest in-memory edits, not the ones of the last render.
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    const { fileName, text } = exportDocument(doc);
    downloadText(fileName, text);
  };
  const exportButton = workflowOpen && (
    <button type="button" onClick={exportOpen}>
      Export this workflow
    </button>
  );

  return (
    <div role="alert" className="storage-banner">
      {problem ? (
        <>
          <strong>{problem.title}.</strong> {problem.detail}
          {exportButton}
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
          {exportButton}
        </>
      )}
    </div>
  );
}
